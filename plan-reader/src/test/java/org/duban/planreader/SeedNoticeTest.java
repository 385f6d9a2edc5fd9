package org.duban.planreader;

import org.duban.planreader.time.TimeKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.planreader.Notices.task;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reference notice: the 2020 质量月 plan, scraped from a defaced site. */
class SeedNoticeTest {

    private final PlanDraft seed = Notices.read(Notices.SEED);

    @Test
    void readsTheSeedIntoTwentyThreeActivities() {
        assertThat(seed.tasks()).hasSize(23);
        assertThat(seed.tasks()).extracting(TaskDraft::no)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                        "16", "17", "18", "19", "20", "21", "22", "23");
        assertThat(seed.tasks()).allSatisfy(t -> assertThat(t.lead()).isNotEmpty());
    }

    @Test
    void resolvesEveryTimeTextOfTheSeedInto2020() {
        assertWindow("1", "9月1日-3日", "2020-09-01", "2020-09-03");
        assertWindow("2", "9月", "2020-09-01", "2020-09-30");
        assertWindow("6", "9月-10月", "2020-09-01", "2020-10-31");
        assertWindow("13", "8-9月", "2020-08-01", "2020-09-30");
        assertWindow("14", "8-11月", "2020-08-01", "2020-11-30");
        assertWindow("19", "9—12月", "2020-09-01", "2020-12-31");
        assertWindow("21", "9月3日", "2020-09-03", "2020-09-03");
    }

    @Test
    void readsLeadAndAssistingUnitsAsWritten() {
        assertThat(task(seed, "1").lead()).containsExactly("质量安全监督管理股");
        assertThat(task(seed, "1").assist()).containsExactly("办公室", "各市场监督管理所");
        assertThat(task(seed, "1").groups()).containsExactly("各市场监督管理所");
        assertThat(task(seed, "4").assist()).containsExactly("前岐市场监督管理所", "沙埕市场监督管理所");
        assertThat(task(seed, "4").groups()).isEmpty();
        assertThat(task(seed, "7").lead()).containsExactly("质量安全监督管理股", "消费者权益保护股");
        assertThat(task(seed, "8").lead()).containsExactly("反不正当竞争与价格监管检查股");
        assertThat(task(seed, "14").lead()).containsExactly("计量与标准化股", "质量计量检测所");
        assertThat(task(seed, "15").assist()).isEmpty();
        assertThat(task(seed, "20").lead()).containsExactly("综合执法大队");
        assertThat(task(seed, "23").lead()).containsExactly("药品化妆品医疗器械监督管理股");
        assertThat(task(seed, "23").assist()).containsExactly("各市场监督管理所");
    }

    @Test
    void keepsTheContentOfEachActivity() {
        assertThat(task(seed, "1").content()).isEqualTo("制作、群发“质量月”公益宣传手机短信,制作悬挂宣传横幅");
        assertThat(task(seed, "7").content()).isEqualTo("开展重点商品的质量抽查(生产·流通)");
        assertThat(task(seed, "16").content()).isEqualTo("参加2020全省(压力表和膜式燃气表等2项)计量比对工作");
    }

    @Test
    void neverTakesTheDefacedSignatureForTheIssuerAndSaysWhy() {
        assertThat(seed.issuer()).as("a spam name is never the issuer").isNull();
        assertThat(seed.warnings()).filteredOn(w -> w.code().equals(Warning.SUSPECT_SPAM))
                .extracting(Warning::where).contains("issuer", "title");
        assertThat(seed.warnings()).filteredOn(w -> w.where().equals("issuer")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("beat365网页登录_365bet官网备用网站_365betvip市场监督管理局",
                        "填写真实的发文单位"));
    }

    @Test
    void readsTheNoticesMetadata() {
        assertThat(seed.date()).isEqualTo(LocalDate.of(2020, 9, 8));
        assertThat(seed.year()).isEqualTo(2020);
        assertThat(seed.title()).endsWith("市场监督管理局2020年“质量月”活动方案");
        assertThat(seed.recipients()).containsExactly("各市场监督管理所", "机关各股(室)", "直属单位", "事业单位", "社团组织");
        assertThat(seed.references()).containsExactly("国市监质〔2020〕133号", "闽质强省办〔2020〕5号", "宁市监〔2020〕184号");
        assertThat(seed.disclosure()).isEqualTo("主动公开");
        assertThat(seed.theme()).isEqualTo("建设质量强市 决胜全面小康");
        assertThat(seed.period().start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(seed.period().end()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(seed.contact()).isEqualTo(new PlanDraft.Contact("陈馨", "7898656"));
        assertThat(seed.summaryDeadline()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(seed.reportTo()).containsExactly("办公室", "质量监督管理股");
        assertThat(seed.requirements()).startsWith("(一)加强活动组织领导").contains("一体化平台");
        assertThat(seed.hasWarning(Warning.NO_TABLE)).isFalse();
        assertThat(seed.hasWarning(Warning.UNPARSED_TIME)).isFalse();
    }

    @Test
    void readsTheSameWhenPastedAsText() {
        String text = new String(Notices.bytes(Notices.SEED), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new PlanReader().readText(text).tasks()).isEqualTo(seed.tasks());
    }

    @Test
    void readsTheSameFromGb18030() {
        String text = new String(Notices.bytes(Notices.SEED), java.nio.charset.StandardCharsets.UTF_8);
        PlanDraft fromGbk = new PlanReader().read(text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(fromGbk.tasks()).isEqualTo(seed.tasks());
        assertThat(fromGbk.issuer()).isEqualTo(seed.issuer());
    }

    @Test
    void flagsUnitsMissingFromTheDirectoryWithTheClosestMatch() {
        UnitDirectory directory = UnitDirectory.of(java.util.List.of("办公室", "质量安全监督管理股", "消费者权益保护股",
                "反不正当竞争与价格监管检查股", "食品流通安全监督管理股", "餐饮服务食品安全监督管理股", "特种设备安全监察股",
                "计量与标准化股", "质量计量检测所", "信用与网络交易监督管理股", "综合执法大队", "食品生产安全监督管理股",
                "药品化妆品医疗器械监督管理所", "前岐市场监督管理所", "沙埕市场监督管理所"));
        PlanDraft draft = new PlanReader(PlanReader.Options.defaults().withDirectory(directory))
                .read(Notices.bytes(Notices.SEED));

        assertThat(draft.warnings()).filteredOn(w -> w.code().equals(Warning.UNKNOWN_UNIT))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.where()).isEqualTo("tasks[22].lead");
                    assertThat(w.message()).contains("药品化妆品医疗器械监督管理股", "最接近的是“药品化妆品医疗器械监督管理所”");
                });
    }

    private void assertWindow(String no, String asWritten, String start, String end) {
        TaskDraft t = task(seed, no);
        assertThat(t.timeText()).isEqualTo(asWritten);
        assertThat(t.timeKind()).isEqualTo(TimeKind.WINDOW);
        assertThat(t.start()).isEqualTo(LocalDate.parse(start));
        assertThat(t.end()).isEqualTo(LocalDate.parse(end));
    }
}
