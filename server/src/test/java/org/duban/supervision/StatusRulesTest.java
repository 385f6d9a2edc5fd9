package org.duban.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Activity 6 of the seed, 9月-10月 (2020-09-01..10-31), with DUE_SOON three days before its end. */
class StatusRulesTest {

    private static final LocalDate START = LocalDate.of(2020, 9, 1);
    private static final LocalDate END = LocalDate.of(2020, 10, 31);
    private final StatusRules rules = new StatusRules(3);

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource(textBlock = """
            2020-08-31, NOTHING,   PLANNED
            2020-09-01, NOTHING,   OPEN
            2020-10-27, NOTHING,   OPEN
            2020-10-28, NOTHING,   DUE_SOON
            2020-10-31, NOTHING,   DUE_SOON
            2020-11-01, NOTHING,   OVERDUE
            2020-08-31, SUBMITTED, REPORTED
            2020-10-30, SUBMITTED, REPORTED
            2020-11-05, SUBMITTED, REPORTED
            2020-10-30, ACCEPTED,  DONE
            2020-12-31, ACCEPTED,  DONE
            """)
    void statusFollowsTheWindowTheReportsAndTheDay(LocalDate today, Progress progress, AssignmentStatus expected) {
        assertThat(rules.statusOf(START, END, progress, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "start {0}, end {1} on {2} → {3}")
    @CsvSource(nullValues = "open", textBlock = """
            open,       2020-06-30, 2020-01-01, OPEN
            open,       2020-06-30, 2020-06-28, DUE_SOON
            open,       2020-06-30, 2020-07-01, OVERDUE
            2020-09-01, open,       2020-08-01, PLANNED
            2020-09-01, open,       2030-01-01, OPEN
            open,       open,       2020-09-15, OPEN
            2020-09-03, 2020-09-03, 2020-09-03, DUE_SOON
            2020-09-03, 2020-09-03, 2020-09-04, OVERDUE
            """)
    void openEndsAndStandingWorkNeverInventADeadline(LocalDate start, LocalDate end, LocalDate today,
            AssignmentStatus expected) {
        assertThat(rules.statusOf(start, end, Progress.NOTHING, today)).isEqualTo(expected);
    }
}
