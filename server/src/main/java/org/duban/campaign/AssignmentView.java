package org.duban.campaign;

import java.time.LocalDate;

/**
 * One unit's share of one activity, with what a task list needs to show about the activity and its campaign.
 *
 * @param archived  its campaign is archived (归档)
 * @param cancelled its activity was cancelled (取消) after confirmation
 */
public record AssignmentView(long id, long organisationId, long campaignId, String campaignTitle, long activityId,
        String activityNo, String content, String timeText, LocalDate start, LocalDate end, long unitId,
        String unitName, UnitRole role, LocalDate summaryDeadline, boolean archived, boolean cancelled) {

    /** Whether the unit may still report on it: not once its campaign is archived or its activity cancelled. */
    public boolean takesReports() {
        return !archived && !cancelled;
    }
}
