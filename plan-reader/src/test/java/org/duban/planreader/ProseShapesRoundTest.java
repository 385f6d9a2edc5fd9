package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Notices whose tasks are numbered items, not tables: shapes met in two or more of the corpus's notices. */
class ProseShapesRoundTest {

    @Test
    void pointsCountedOffAParagraphEachAreTheItemsOfTheList() {
        // z05, y06: 一是… / 二是… open a paragraph each, dated items of a list read whole
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                民法典学习宣传活动方案

                为深入学习宣传民法典,现就有关工作安排如下。

                组织开展学习宣传活动

                一是组织召开一次学习宣传民法典的新闻发布会。邀请法院、检察院领导面向社会发布有关内容。

                二是组织召开一次学习宣传民法典座谈会。在7月份组织召开一次座谈会,邀请专家共同学习。

                三是组织开展一系列民法典访谈活动。从8月起邀请律师走进电视台讲解民法典。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("一是", "二是", "三是");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织召开一次学习宣传民法典的新闻发布会",
                "组织召开一次学习宣传民法典座谈会", "组织开展一系列民法典访谈活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aFirstPointUnderADatedItemIsWhatThatDayDoes() {
        // u17: 2、5月20日 / 一是在城区…: the day's work, not a point below it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                世界计量日活动方案

                一、活动内容
                1、5月15日—5月20日
                组织集贸市场经营单位座谈,签订《诚信计量承诺书》(责任部门:标准计量科);
                2、5月20日
                一是在城区繁华地段设立宣传咨询点,发放宣传资料(责任部门:标准计量科);
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 5, 20));
    }
}
