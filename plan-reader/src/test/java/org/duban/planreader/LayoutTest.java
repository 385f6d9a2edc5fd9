package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the reader chooses wrong, a person says which table and columns, or which level, and the tasks follow. */
class LayoutTest {

    /** Two bodies carry out the checks, so the reader takes 检查主体 for the lead; the coordinator knows better. */
    private static final String SPOT_CHECKS = """
            2023年“双随机、一公开”抽查工作计划
            序号 | 检查主体 | 检查内容 | 股室 | 计划开展时间 |
            1 | 上高县市场监督管理局 | 对特种设备作业人员的行政检查 | 特种设备股 | 1月—12月 |
            2 | 宜春市市场监督管理局 | 对经营者价格活动的行政检查 | 价监股 | 3月—6月 |
            """;

    private static final String SECTIONS = """
            2024年全县质量工作要点
            一、工作任务
            （一）开展质量宣传
            1.举办质量月启动仪式（牵头单位：质量股；完成时限：9月1日）
            2.发放宣传资料（牵头单位：各市场监管所；完成时限：9月底前）
            （二）加强质量监管
            1.开展产品质量抽查（牵头单位：质量股；配合单位：各市场监管所；完成时限：10月底前）
            """;

    @Test
    void listsTheTablesAndLevelsThereAreToChooseFrom() {
        PlanDraft d = new PlanReader().readText(SPOT_CHECKS);

        assertThat(d.reading().tables()).singleElement().satisfies(t -> {
            assertThat(t.header()).contains("检查主体", "股室");
            assertThat(t.roles()).hasSize(5).startsWith("NO");
        });
        PlanDraft outline = new PlanReader().readText(SECTIONS);
        assertThat(outline.reading().levels()).extracting(PlanDraft.Level::rank).containsExactly(1, 2, 3);
        assertThat(outline.reading().levels()).filteredOn(l -> l.rank() == 2).singleElement()
                .satisfies(l -> assertThat(l.items()).isEqualTo(2));
        assertThat(outline.reading().layout()).isNull();
    }

    @Test
    void namedColumnsDecideWhoLeads() {
        PlanDraft auto = new PlanReader().readText(SPOT_CHECKS);
        PlanDraft laidOut = new PlanReader(PlanReader.Options.defaults()
                .withLayout(Layout.table(0, List.of("NO", "OTHER", "CONTENT", "LEAD", "TIME")))).readText(SPOT_CHECKS);

        assertThat(auto.tasks().get(0).lead()).as("the reader's own guess").contains("上高县市场监督管理局");
        assertThat(laidOut.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("特种设备股"), List.of("价监股"));
        assertThat(laidOut.tasks().get(1).start()).hasMonthValue(3);
        assertThat(laidOut.reading().layout()).isEqualTo(Layout.table(0, List.of("NO", "OTHER", "CONTENT", "LEAD", "TIME")));
    }

    @Test
    void aChosenLevelMakesItsItemsTheTasksWithWhatTheirSubItemsSay() {
        PlanDraft auto = new PlanReader().readText(SECTIONS);
        PlanDraft sections = new PlanReader(PlanReader.Options.defaults().withLayout(Layout.outline(2)))
                .readText(SECTIONS);

        assertThat(auto.tasks()).hasSize(3);
        assertThat(sections.tasks()).extracting(TaskDraft::content).containsExactly("开展质量宣传", "加强质量监管");
        assertThat(sections.tasks().get(0).lead()).containsExactly("质量股", "各市场监管所");
        assertThat(sections.tasks().get(1).assist()).containsExactly("各市场监管所");
    }

    @Test
    void everyLevelOfferedCanBeChosen() {
        // the days over a festival's lists stand a level above 一、 (level 0), the points 一是/二是 below all others
        // (level 6): the preview offers them, so a layout may name them
        String days = """
                2月24日9:00 县文化广场 活动一
                一、民俗展演：舞龙舞狮、秧歌等。
                二、猜灯谜：设灯谜三百条。
                2月25日19:00 滨河公园 活动二
                一、元宵灯展：花灯二百组。
                """;
        PlanReader reader = new PlanReader();
        assertThat(reader.readText(days).reading().levels()).extracting(l -> l.rank()).containsExactly(0, 1);
        PlanDraft byDay = new PlanReader(PlanReader.Options.defaults().withLayout(Layout.outline(0))).readText(days);
        assertThat(byDay.tasks()).extracting(TaskDraft::timeText).containsExactly("2月24日9:00", "2月25日19:00");
        assertThat(Layout.outline(6).level()).isEqualTo(6);
    }

    @Test
    void aLayoutThatCannotBeIsRefused() {
        assertThatThrownBy(() -> new Layout("guess", null, List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Layout.table(0, List.of("BOSS"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Layout.outline(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Layout.outline(-1)).isInstanceOf(IllegalArgumentException.class);
        PlanDraft noSuchTable = new PlanReader(PlanReader.Options.defaults().withLayout(Layout.table(3, List.of())))
                .readText(SPOT_CHECKS);
        assertThat(noSuchTable.tasks()).isEmpty();
        assertThat(noSuchTable.hasWarning(Warning.NO_TABLE)).isTrue();
    }
}
