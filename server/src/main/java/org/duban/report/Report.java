package org.duban.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.metric.ReportCounts;
import org.duban.photo.Photo;

/**
 * A report with its photos, its history and its counts. {@code jointWithUnitId} names the unit whose report carries
 * the numbers of an event both held: these counts are this unit's credit, not added to the totals again.
 */
public record Report(long id, long assignmentId, long unitId, String authorName, String body, LocalDate happenedOn,
        ReportState state, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<Photo> photos,
        List<Event> history, List<ReportCounts.Count> counts, Long jointWithUnitId, String jointWithUnitName) {

    public Report {
        photos = List.copyOf(photos);
        history = List.copyOf(history);
        counts = List.copyOf(counts);
    }

    /** The amount given for a count, as the form shows it; empty when none was given. */
    public String amountOf(long metricId) {
        return counts.stream().filter(c -> c.metricId() == metricId).findFirst()
                .map(c -> c.amount().toPlainString()).orElse("");
    }

    /** A step in the report's life: CREATED, SAVED, SUBMITTED, RETURNED (with the comment), RESUBMITTED, ACCEPTED. */
    public record Event(String action, String actorName, String comment, OffsetDateTime at) {

        public String messageKey() {
            return "report.action." + action;
        }
    }

    /** The coordinator's last comment when the report was returned, for the unit to answer. */
    public String lastReturnComment() {
        return lastReturnComment(history);
    }

    /** The last return's comment in a history (a report's or a summary's). */
    public static String lastReturnComment(List<Event> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action().equals("RETURNED")) {
                return history.get(i).comment();
            }
        }
        return null;
    }
}
