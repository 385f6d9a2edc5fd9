package org.duban.planimport;

import java.util.List;
import java.util.Map;
import org.duban.planreader.PlanDraft;

/** A draft as the preview shows it: the draft, and what is wrong with it as a whole and row by row. */
public record DraftReview(long id, String sourceName, PlanDraft draft, List<DraftIssue> noticeIssues,
        Map<Integer, List<DraftIssue>> taskIssues, List<String> unitChoices, Long confirmedCampaignId) {

    public boolean confirmable() {
        return noticeIssues.stream().noneMatch(DraftIssue::blocking)
                && taskIssues.values().stream().flatMap(List::stream).noneMatch(DraftIssue::blocking);
    }

    public List<DraftIssue> issuesOf(int task) {
        return taskIssues.getOrDefault(task, List.of());
    }

    public long blockingCount() {
        return noticeIssues.stream().filter(DraftIssue::blocking).count()
                + taskIssues.values().stream().flatMap(List::stream).filter(DraftIssue::blocking).count();
    }

    /** The unit names to offer for a task: the directory's, plus whatever the task names that it does not have. */
    public List<String> choicesFor(List<String> names) {
        List<String> choices = new java.util.ArrayList<>(unitChoices);
        names.stream().filter(n -> !choices.contains(n)).forEach(choices::add);
        return choices;
    }
}
