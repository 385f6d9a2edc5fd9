package org.duban.campaign;

import java.time.LocalDate;

/** One unit's share of one activity, with what a task list needs to show about the activity and its campaign. */
public record AssignmentView(long id, long organisationId, long campaignId, String campaignTitle, long activityId,
        String activityNo, String content, String timeText, LocalDate start, LocalDate end, long unitId,
        String unitName, UnitRole role, LocalDate summaryDeadline) {
}
