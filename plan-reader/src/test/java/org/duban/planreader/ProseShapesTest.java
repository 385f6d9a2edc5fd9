package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items whose doers are named in their sentences: shapes met in two or more of the corpus's notices. */
class ProseShapesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(text);
    }

    @Test
    void aPurposeClauseBeforeTheDoerNamesNoBody() {
        // ac18, ac17: 为…，增强工会组织的活力，县总工会初定于…: the body is the one that plans, after what it is for
        PlanDraft d = read("""
                关于开展庆祝“五一”系列活动的通知

                各基层工会:

                一、举办职工气排球赛

                为丰富职工业余文化生活,增强工会组织的活力,县总工会初定于4月20—22日开展气排球比赛。

                二、开展关爱劳模慰问活动

                为了充分体现党和政府对劳模的关心和关爱,县总工会拟定于4月24日—4月26日对全县劳模进行走访慰问。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县总工会"),
                List.of("县总工会"));
    }
}
