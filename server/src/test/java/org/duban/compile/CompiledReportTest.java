package org.duban.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.metric.MetricTotals;
import org.duban.org.DubanUser;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.summary.SummaryService;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed's 质量月 in September 2020: 前岐所 reports on activity 1 with 1200 text messages, accepted on the 4th, and
 * hands in its summary, accepted on the 9th; 沙埕所 reports too but is not reviewed yet. On the 12th the coordinator
 * downloads the compiled report and the 上报包.
 */
@DubanTest
@AutoConfigureMockMvc
class CompiledReportTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 2, 10, 0), CHINA);
    static final String QIANQI = "前岐市场监督管理所";
    static final String REPORT = "召开质量月启动会，发放资料200份，群发短信1200条";
    static final String SUMMARY = "部分企业质量意识仍然薄弱，下一步将加强日常监管。";
    static final String UNREVIEWED = "开展计量器具检定宣传（待审）";
    private static boolean happened;
    private static long campaign;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    Assignments assignments;
    @Autowired
    ReportService reports;
    @Autowired
    SummaryService summaries;
    @Autowired
    MetricTotals totals;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void septemberTwentyTwenty() {
        if (happened) {
            return;
        }
        DubanUser coordinator = account("zhiliang");
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        long sms = smsMetric(coordinator);
        Report sent = reports.save(qianqi, firstActivityOf(qianqi).id(), new ReportForm(UUID.randomUUID().toString(),
                null, REPORT, LocalDate.of(2020, 9, 2), "submit", List.of(), Map.of(sms, "1200"), null), List.of());
        at(2020, 9, 4, 15, 0);
        reports.accept(coordinator, sent.id(), null);
        at(2020, 9, 8, 9, 0);
        summaries.save(qianqi, campaign, SUMMARY, true, List.of());
        at(2020, 9, 9, 9, 0);
        summaries.accept(coordinator, campaign, qianqi.unitId(), null);
        at(2020, 9, 10, 10, 0);
        reports.save(shacheng, firstActivityOf(shacheng).id(), new ReportForm(UUID.randomUUID().toString(), null,
                UNREVIEWED, null, "submit"), List.of());
        at(2020, 9, 12, 10, 0);
        happened = true;
    }

    @Test
    void theDraftFollowsTheLayoutAndTakesEveryNumberFromTheData() throws Exception {
        DubanUser coordinator = account("zhiliang");
        byte[] docx = mvc.perform(get("/campaigns/" + campaign + "/report.docx").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CompiledReports.DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        Campaign c = campaigns.find(coordinator.organisationId(), campaign).orElseThrow();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            assertThat(paragraphs.get(0)).isEqualTo(c.notice().issuer() + "关于2020年“质量月”活动开展情况的报告");
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22d);
            assertThat(title.getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");

            assertThat(c.notice().references()).as("the seed's references are bare 文号").contains("宁市监〔2020〕184号");
            assertThat(paragraphs.get(1)).as("主送: no issuer is known, a blank for the coordinator")
                    .isEqualTo(ReportDrafter.BLANK_RECIPIENT);
            assertThat(paragraphs.get(2)).startsWith("按照上级文件（国市监质〔2020〕133号、").contains("宁市监〔2020〕184号")
                    .contains("《" + c.notice().title() + "》").endsWith("现将活动开展情况报告如下：");

            int[] at = new int[ReportDrafter.SECTIONS.length];
            for (int i = 0; i < at.length; i++) {
                at[i] = paragraphs.indexOf(ReportDrafter.SECTIONS[i]);
                assertThat(at[i]).as(ReportDrafter.SECTIONS[i]).isPositive();
                if (i > 0) {
                    assertThat(at[i]).as("in order").isGreaterThan(at[i - 1]);
                }
            }
            String basics = paragraphs.get(at[0] + 1);
            assertThat(basics).contains("共安排活动" + c.activities().size() + "项")
                    .contains("已通过审核的报送1份").contains("截至2020年9月12日");
            long due = c.activities().stream().filter(a -> a.end() != null && a.end().isBefore(LocalDate.of(2020, 9, 12)))
                    .mapToLong(a -> a.assignments().size()).sum();
            assertThat(basics).as("前岐 on time, 沙埕 late, the rest whose window closed not reported")
                    .contains("应报送的" + due + "项中按时报送1项，按时报送率" + (100 / due) + "%");
            assertThat(paragraphs).contains("（联系人：" + c.notice().contactName() + "，联系电话："
                    + c.notice().contactPhone() + "）");
            assertThat(paragraphs.get(paragraphs.indexOf("（联系人：" + c.notice().contactName() + "，联系电话："
                    + c.notice().contactPhone() + "）") - 1)).isEqualTo("2020年9月12日");
            List<String> practices = paragraphs.subList(at[1], at[2]);
            assertThat(practices).contains(QIANQI + "：" + REPORT);
            assertThat(practices).anyMatch(p -> p.endsWith(c.activities().get(0).content()));
            assertThat(String.join("\n", paragraphs)).as("a report not yet accepted is left out")
                    .doesNotContain(UNREVIEWED);
            List<String> problems = paragraphs.subList(at[3], at[4]);
            assertThat(problems).contains(ReportDrafter.MATERIAL + QIANQI + "：" + SUMMARY);
            assertThat(problems).allMatch(p -> p.equals(ReportDrafter.SECTIONS[3]) || p.startsWith(ReportDrafter.MATERIAL));

            MetricTotals.Line sms = totals.ofCampaign(coordinator.organisationId(), campaign).totals().stream()
                    .filter(l -> l.metric().name().equals("群发短信")).findFirst().orElseThrow();
            assertThat(sms.accepted()).isEqualByComparingTo(new BigDecimal(1200));
            XWPFTable results = doc.getTables().get(0);
            assertThat(cells(results.getRow(0))).containsExactly("指标", "目标", "完成", "完成率");
            XWPFTableRow smsRow = results.getRows().stream()
                    .filter(r -> r.getCell(0).getText().equals("群发短信（" + sms.metric().unit() + "）"))
                    .findFirst().orElseThrow();
            assertThat(smsRow.getCell(2).getText()).isEqualTo(sms.accepted().stripTrailingZeros().toPlainString());
            assertThat(smsRow.getCell(1).getText()).isEqualTo(sms.target() == null ? "—"
                    : sms.target().stripTrailingZeros().toPlainString());
            assertThat(results.getNumberOfRows()).isEqualTo(
                    totals.ofCampaign(coordinator.organisationId(), campaign).totals().size() + 1);

            assertThat(paragraphs).contains("附件1", "活动开展情况统计表");
            XWPFTable annex = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(cells(annex.getRow(0))).startsWith("序号", "活动内容", "牵头单位", "完成情况")
                    .contains("群发短信（" + sms.metric().unit() + "）");
            assertThat(annex.getNumberOfRows() - 1).as("one row per activity").isEqualTo(c.activities().size());
            List<String> first = cells(annex.getRow(1));
            assertThat(first.get(0)).isEqualTo(c.activities().get(0).no());
            assertThat(first.get(3)).isEqualTo("1/" + c.activities().get(0).assignments().size() + "个单位已通过");
            assertThat(first.get(cells(annex.getRow(0)).indexOf("群发短信（" + sms.metric().unit() + "）")))
                    .isEqualTo("1200");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORT_COMPILED'").query(Integer.class)
                .single()).isPositive();
        mvc.perform(get("/campaigns/" + campaign + "/exports").with(user(coordinator)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/campaigns/" + campaign + "/report.docx")));
    }

    @Test
    void aUnitCannotDraftItAndGetsAProblem() throws Exception {
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/report.docx").with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("活动开展情况报告")));
        mvc.perform(get("/campaigns/" + campaign + "/report.docx").with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/report.docx").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isOk());
    }

    @Test
    void thePackageHoldsTheReportListedInItsManifest() throws Exception {
        byte[] zip = mvc.perform(get("/campaigns/" + campaign + "/package.zip").with(user(account("zhiliang"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsKey("活动开展情况报告.docx");
        byte[] docx = files.get("活动开展情况报告.docx");
        assertThat(new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines())
                .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx))
                        + "  活动开展情况报告.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).endsWith("关于2020年“质量月”活动开展情况的报告");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains(QIANQI + "：" + REPORT);
        }
        byte[] pdf = files.get("活动开展情况报告.pdf");
        assertThat(new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines())
                .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))
                        + "  活动开展情况报告.pdf");
        assertThat(ReportEditingTest.pdfText(pdf)).contains("关于2020年“质量月”活动开展情况的报告").contains(QIANQI);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private long smsMetric(DubanUser coordinator) {
        return jdbc.sql("select id from metric where organisation_id = ? and name = '群发短信'")
                .param(coordinator.organisationId()).query(Long.class).single();
    }

    private AssignmentView firstActivityOf(DubanUser user) {
        return assignments.ofUnit(user.organisationId(), user.unitId()).stream()
                .filter(a -> a.campaignId() == campaign && a.activityNo().equals("1")).findFirst().orElseThrow();
    }

    private static void at(int y, int m, int d, int h, int min) {
        CLOCK.set(LocalDateTime.of(y, m, d, h, min));
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
