package org.duban.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days between two dates, counted Monday to Friday. Duban has no holiday calendar yet (no Maven artifact
 * carries current 国务院 holiday data, see DEPENDENCIES.md), so a public holiday counts as a working day and a
 * make-up Saturday does not; the cover sheet says so.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    static int after(LocalDate from, LocalDate to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        int count = (int) (days / 7) * 5;
        for (LocalDate d = from.plusDays(days / 7 * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
