package org.duban.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.duban.campaign.UnitRole;
import org.duban.supervision.AssignmentStatus;

/**
 * One unit's share of one activity as it stood at the cut-off: a row of 活动台账.
 *
 * @param firstReportAt  when a report on it was first submitted (or the lead closed the activity), by the cut-off
 * @param lateDays       working days between the window's end and the first report (or the cut-off, if none)
 * @param figures        further numbers about the assignment by column header (counts from the metric catalog)
 */
public record LedgerLine(long assignmentId, long activityId, String activityNo, String content, LocalDate start,
        LocalDate end, String timeText, long unitId, String unitName, int unitOrder, UnitRole role,
        AssignmentStatus status, LocalDate happenedOn, String place, int photos, LocalDateTime firstReportAt,
        LocalDateTime acceptedAt, int returns, int urged, boolean reported, boolean onTime, boolean due, boolean late,
        int lateDays, Map<String, Number> figures) {

    public LedgerLine {
        figures = Map.copyOf(figures);
    }

    public boolean accepted() {
        return status == AssignmentStatus.DONE;
    }

    public Number figure(String header) {
        return figures.get(header);
    }
}
