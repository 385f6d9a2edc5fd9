package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.TaskDraft;
import org.duban.planreader.time.TimeKind;
import org.junit.jupiter.api.Test;

/** The corpus measure itself: a perfect reading scores 1, each wrong, missing or invented thing costs. */
class ScoreTest {

    private static final LocalDate D1 = LocalDate.of(2024, 9, 1);
    private static final LocalDate D30 = LocalDate.of(2024, 9, 30);

    private final Truth truth = new Truth("t", null, "county", "质量月", "table", false, "2024年“质量月”活动方案",
            "福鼎市市场监督管理局", LocalDate.of(2024, 8, 26), 2024, List.of(
                    new Truth.Task("1", "组织企业参加首席质量官公益培训", "9月", Truth.Day.of(D1), Truth.Day.of(D30),
                            List.of("质量安全监督管理股"), List.of()),
                    new Truth.Task("2", "食品安全“你送我快检”活动", "9月", Truth.Day.of(D1), Truth.Day.of(D30),
                            List.of("食品流通安全监督管理股"),
                            List.of("各市场监管所"))));

    @Test
    void aPerfectReadingScoresOne() {
        Score s = Score.of(truth, draft(task("1", "组织企业参加首席质量官公益培训", D1, List.of("质量安全监督管理股"), List.of()),
                task("2", "食品安全\"你送我快检\"活动", D1, List.of("食品流通安全监督管理股"), List.of("各市场监管所"))));

        assertThat(s.accuracy()).isEqualTo(1.0);
        assertThat(s.total()).isEqualTo(3 + 2 * Score.TASK_FIELDS);
    }

    @Test
    void wrongMissingAndInventedTasksCost() {
        Score s = Score.of(truth, draft(task("1", "组织企业参加首席质量官公益培训", null, List.of("质量安全监督管理股"), List.of()),
                task("9", "一、活动主题", null, List.of(), List.of())));

        // task 1: start wrong; task 2 missing (5); one invented task (5 more in the total)
        assertThat(s.correct()).isEqualTo(3 + 4);
        assertThat(s.total()).isEqualTo(3 + 2 * Score.TASK_FIELDS + Score.TASK_FIELDS);
        assertThat(s.misses()).anyMatch(m -> m.contains("task 2: not found"));
    }

    @Test
    void aNoticeWithNoYearIsJudgedOnItsMonthsAndDays() {
        Truth yearless = new Truth("t", null, "county", "质量月", "table", false, "2024年“质量月”活动方案",
                "福鼎市市场监督管理局", LocalDate.of(2024, 8, 26), null, List.of(
                        new Truth.Task("1", "组织企业参加首席质量官公益培训", "9月", Truth.Day.parse("--09-01"),
                                Truth.Day.parse("--09-30"), List.of("质量安全监督管理股"), List.of())));

        Score assumedYear = Score.of(yearless, draft(task("1", "组织企业参加首席质量官公益培训",
                LocalDate.of(2099, 9, 1), List.of("质量安全监督管理股"), List.of())));
        Score wrongDay = Score.of(yearless, draft(task("1", "组织企业参加首席质量官公益培训",
                LocalDate.of(2099, 9, 2), List.of("质量安全监督管理股"), List.of())));
        Score noDay = Score.of(yearless, draft(task("1", "组织企业参加首席质量官公益培训", null,
                List.of("质量安全监督管理股"), List.of())));

        assertThat(assumedYear.accuracy()).isEqualTo(1.0);
        assertThat(wrongDay.misses()).containsExactly("task 1.start: want --09-01, got 2099-09-02");
        assertThat(noDay.misses()).containsExactly("task 1.start: want --09-01, got null");
    }

    @Test
    void unitsCompareAsSetsOfNamesIgnoringWidthAndSpaces() {
        assertThat(Score.sameUnits(List.of("办公室", "质量股（计量）"), List.of("质量股(计量)", " 办公室"))).isTrue();
        assertThat(Score.sameUnits(List.of("办公室"), List.of("办公室", "各所"))).isFalse();
    }

    private PlanDraft draft(TaskDraft... tasks) {
        return new PlanDraft("2024年“质量月”活动方案", "福鼎市市场监督管理局", null, LocalDate.of(2024, 8, 26), 2024, List.of(),
                List.of(), null, null, null, null, null, List.of(), null, List.of(tasks), List.of(), null);
    }

    private static TaskDraft task(String no, String content, LocalDate start, List<String> lead, List<String> assist) {
        return new TaskDraft(no, content, "9月", start, D30, TimeKind.WINDOW, lead, assist, List.of(), null);
    }
}
