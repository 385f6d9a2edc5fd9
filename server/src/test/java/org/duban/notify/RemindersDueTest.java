package org.duban.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.Progress;
import org.duban.supervision.StatusRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's activity 6 (2020-09-01..10-31), reminders three days before the end, chased for seven days after. */
class RemindersDueTest {

    private static final LocalDate START = LocalDate.of(2020, 9, 1);
    private static final LocalDate END = LocalDate.of(2020, 10, 31);
    private final StatusRules rules = new StatusRules(3);

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource(nullValues = "none", textBlock = """
            2020-08-31, NOTHING,   none
            2020-09-01, NOTHING,   WINDOW_OPENING
            2020-09-02, NOTHING,   none
            2020-10-27, NOTHING,   none
            2020-10-28, NOTHING,   DUE_SOON
            2020-10-31, NOTHING,   DUE_SOON
            2020-11-01, NOTHING,   OVERDUE
            2020-11-07, NOTHING,   OVERDUE
            2020-11-08, NOTHING,   none
            2020-10-29, SUBMITTED, none
            2020-11-02, SUBMITTED, none
            2020-11-02, ACCEPTED,  none
            """)
    void remindsOnTheDaysThatCallForIt(LocalDate today, Progress progress, ReminderKind expected) {
        AssignmentStatus status = rules.statusOf(START, END, progress, today);

        assertThat(RemindersDue.on(today, START, END, status, 7)).isEqualTo(Optional.ofNullable(expected));
    }
}
