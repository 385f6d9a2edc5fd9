package org.duban.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Campaign campaign = campaign(
            activity(1, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30)),
            activity(2, null, LocalDate.of(2020, 10, 31)),
            activity(3, LocalDate.of(2020, 8, 1), null),
            activity(4, null, null));

    @Test
    void laysTheWindowsOutOnOneAxisFromTheFirstMonthToTheLast() {
        Timeline t = Timeline.of(campaign, LocalDate.of(2020, 9, 15));

        assertThat(t.first()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(t.last()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(t.months()).extracting(Timeline.Tick::month)
                .containsExactly(LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 1));
        Timeline.Bar september = t.bars().get(0);
        assertThat(september.left()).isEqualTo(33.7, org.assertj.core.data.Offset.offset(0.1)); // 31 of 92 days
        assertThat(september.width()).isEqualTo(32.6, org.assertj.core.data.Offset.offset(0.1)); // 30 of 92 days
    }

    @Test
    void drawsOpenEndsToTheEdgeAndMarksThem() {
        Timeline t = Timeline.of(campaign, LocalDate.of(2020, 9, 15));

        assertThat(t.bars().get(1).openStart()).isTrue();
        assertThat(t.bars().get(1).left()).isZero();
        assertThat(t.bars().get(2).openEnd()).isTrue();
        assertThat(t.bars().get(2).left() + t.bars().get(2).width()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(t.bars().get(3).drawn()).as("standing work has no bar").isFalse();
    }

    @Test
    void drawsTodayOnlyWhenItFallsOnTheAxis() {
        assertThat(Timeline.of(campaign, LocalDate.of(2020, 9, 15)).todayAt()).isBetween(48.0, 50.0);
        assertThat(Timeline.of(campaign, LocalDate.of(2026, 11, 24)).todayAt()).isNull();
        assertThat(Timeline.of(campaign, LocalDate.of(2020, 7, 31)).todayAt()).isNull();
    }

    private static Campaign.Activity activity(long id, LocalDate start, LocalDate end) {
        return new Campaign.Activity(id, String.valueOf(id), "活动" + id, "9月", start == null && end == null ? "ONGOING" : "WINDOW",
                start, end, "办公室", "", List.of());
    }

    private static Campaign campaign(Campaign.Activity... activities) {
        return new Campaign(1, new CampaignNotice("方案", "局", null, null, 2020, List.of(), List.of(), null, null, null,
                null, null, null, null, null, null, List.of()), null, List.of(activities));
    }
}
