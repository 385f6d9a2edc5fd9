package org.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Late by how many working days: Monday to Friday, counted after the window's last day. */
class WorkingDaysTest {

    @Test
    void countsWeekdaysAfterTheLastDayUpToTheReport() {
        LocalDate thursday = LocalDate.of(2020, 9, 3);
        assertThat(WorkingDays.after(thursday, thursday)).as("on the last day: not late").isZero();
        assertThat(WorkingDays.after(thursday, LocalDate.of(2020, 9, 4))).as("Friday").isEqualTo(1);
        assertThat(WorkingDays.after(thursday, LocalDate.of(2020, 9, 6))).as("the weekend does not count").isEqualTo(1);
        assertThat(WorkingDays.after(thursday, LocalDate.of(2020, 9, 10))).isEqualTo(5);
        assertThat(WorkingDays.after(thursday, LocalDate.of(2020, 10, 1))).as("four weeks on").isEqualTo(20);
        assertThat(WorkingDays.after(LocalDate.of(2020, 9, 5), LocalDate.of(2020, 9, 7))).as("Saturday to Monday")
                .isEqualTo(1);
        assertThat(WorkingDays.after(thursday, LocalDate.of(2020, 9, 1))).as("reported early").isZero();
    }
}
