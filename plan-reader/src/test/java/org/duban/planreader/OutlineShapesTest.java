package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.planreader.Notices.task;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Shapes of numbered outlines that freshly collected notices (batch k) showed the reader. */
class OutlineShapesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText(text);
    }

    @Test
    void aSubItemHoldingOnlyWhoTakesPartIsAFieldOfItsItem() {
        PlanDraft d = read("""
                三、活动形式
                （一）媒体宣传。县融媒体中心开设专栏，宣传环保知识。
                （二）集中宣传。6月5日上午，在人民广场开展集中宣传活动。
                1.参加单位：县环保局、县教育局、县林业局。
                2.活动要求：
                ①各单位组织2名工作人员布置展台；
                ②县融媒体中心开设专栏报道活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("媒体宣传", "集中宣传",
                "各单位组织2名工作人员布置展台", "县融媒体中心开设专栏报道活动");
        TaskDraft together = d.tasks().get(1);
        assertThat(together.lead()).isEmpty();
        assertThat(together.assist()).containsExactly("县环保局", "县教育局", "县林业局");
    }

    @Test
    void unitFieldsUnderAHeadingThatIntroducesThemBelongToTheItemAbove() {
        PlanDraft d = read("""
                二、重点活动
                （一）全县科普宣传活动。
                （1）主办、承办、协办单位：
                ①主办单位：县科协
                ②承办单位：城关镇人民政府
                ③协办单位：县教育局、县卫健局
                """);

        assertThat(d.tasks()).hasSize(1);
        assertThat(task(d, "（一）").content()).isEqualTo("全县科普宣传活动");
        assertThat(task(d, "（一）").lead()).containsExactly("县科协");
        assertThat(task(d, "（一）").assist()).containsExactly("城关镇人民政府", "县教育局", "县卫健局");
    }

    @Test
    void stepsWithATimeFieldOfTheirOwnAreTasks() {
        PlanDraft d = read("""
                三、工作步骤
                （一）组织发动阶段。时间：5月30日—6月4日。召开全镇动员会议，部署禁烧工作。
                （二）全面禁烧阶段。时间：6月5日—6月30日。镇政府、各行政村要进入实战状态，坚持巡回检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织发动阶段", "全面禁烧阶段");
        assertThat(task(d, "（一）").start()).isEqualTo(LocalDate.of(2023, 5, 30));
        assertThat(task(d, "（一）").end()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(task(d, "（二）").lead()).containsExactly("镇政府", "各行政村");
        assertThat(task(d, "（二）").end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void theUnitNamedFirstLeadsWhenTheNoticeSaysSo() {
        PlanDraft d = read("""
                一、落实粮食安全责任
                （一）增强粮食安全意识。把保障粮食安全放在突出位置。（市发改委、市农委、中储粮某某直属库。排名第一的为牵头单位，下同）
                （二）稳定粮食播种面积。落实耕地保护制度。（市农委、市自然资源局）
                """);

        assertThat(task(d, "（一）").content()).isEqualTo("增强粮食安全意识");
        assertThat(task(d, "（一）").lead()).containsExactly("市发改委");
        assertThat(task(d, "（一）").assist()).containsExactly("市农委", "中储粮某某直属库");
        assertThat(task(d, "（二）").lead()).containsExactly("市农委");
        assertThat(task(d, "（二）").assist()).containsExactly("市自然资源局");
    }

    @Test
    void theUnitsThatActAfterTheLeadIsNamedAssistIt() {
        PlanDraft d = read("""
                二、活动内容
                （一）集中宣传活动。县减灾办牵头，县民政局、气象局、科协等部门单位于5月12日在中心广场摆放展板。
                （二）媒体宣传。县融媒体中心开设专栏。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("县减灾办");
        assertThat(task(d, "（一）").assist()).containsExactly("县民政局", "气象局", "科协等部门单位");
    }

    @Test
    void aDatedActivityAmongActivitiesThatNameTheirUnitsIsATask() {
        PlanDraft d = read("""
                五、活动形式
                1.知识竞赛
                9月10日至21日，在政务平台开展网络安全知识竞赛。
                2.专题展示
                省政协办公厅开设网络安全专题展示。
                3.宣传氛围
                营造浓厚的宣传氛围。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("知识竞赛", "专题展示");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 9, 10));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 9, 21));
    }

    @Test
    void unitsThatReportSeeToOrMayDoSomethingAreItsSubject() {
        PlanDraft d = read("""
                二、活动要求
                ①县广播电视台、县融媒体中心对宣传日活动进行宣传报道；
                ②城市管理局做好集中宣传活动场地布置工作；
                ③各乡镇政府可根据实际开展其他形式的宣传活动。
                """);

        assertThat(task(d, "①").lead()).containsExactly("县广播电视台", "县融媒体中心");
        assertThat(task(d, "②").lead()).containsExactly("城市管理局");
        assertThat(task(d, "③").lead()).containsExactly("各乡镇政府");
    }
}
