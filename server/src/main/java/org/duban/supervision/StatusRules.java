package org.duban.supervision;

import java.time.LocalDate;

/**
 * The one place status is decided. Pure: the same window, progress and day always give the same status.
 *
 * @param dueSoonDays an assignment is DUE_SOON from this many days before its last day
 */
public record StatusRules(int dueSoonDays) {

    public StatusRules {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative");
        }
    }

    /**
     * @param start first day of the window, null when open ("6月底前") or none
     * @param end   last day of the window, null when open ("9月起") or none (standing work)
     */
    public AssignmentStatus statusOf(LocalDate start, LocalDate end, Progress progress, LocalDate today) {
        return switch (progress) {
            case ACCEPTED -> AssignmentStatus.DONE;
            case SUBMITTED -> AssignmentStatus.REPORTED;
            case NOTHING -> byDates(start, end, today);
        };
    }

    private AssignmentStatus byDates(LocalDate start, LocalDate end, LocalDate today) {
        if (start != null && today.isBefore(start)) {
            return AssignmentStatus.PLANNED;
        }
        if (end == null) {
            return AssignmentStatus.OPEN;
        }
        if (today.isAfter(end)) {
            return AssignmentStatus.OVERDUE;
        }
        return today.isBefore(end.minusDays(dueSoonDays)) ? AssignmentStatus.OPEN : AssignmentStatus.DUE_SOON;
    }
}
