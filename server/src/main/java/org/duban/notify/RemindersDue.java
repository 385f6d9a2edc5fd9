package org.duban.notify;

import java.time.LocalDate;
import java.util.Optional;
import org.duban.supervision.AssignmentStatus;

/**
 * Which automatic reminder an assignment calls for on a day, if any: its window opens today, it is due soon, or it
 * became overdue lately. Nothing once reported or done. Pure, so it can be tested on any day.
 */
final class RemindersDue {

    private RemindersDue() {
    }

    static Optional<ReminderKind> on(LocalDate today, LocalDate start, LocalDate end, AssignmentStatus status,
            int overdueChaseDays) {
        return switch (status) {
            case DUE_SOON -> Optional.of(ReminderKind.DUE_SOON);
            case OPEN -> today.equals(start) ? Optional.of(ReminderKind.WINDOW_OPENING) : Optional.empty();
            case OVERDUE -> end != null && !end.isBefore(today.minusDays(overdueChaseDays))
                    ? Optional.of(ReminderKind.OVERDUE) : Optional.empty();
            case PLANNED, REPORTED, DONE -> Optional.empty();
        };
    }
}
