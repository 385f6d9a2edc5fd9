package org.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignService;
import org.duban.notify.Reminders;
import org.duban.org.DubanUser;
import org.duban.photo.Upload;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.summary.SummaryService;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.duban.support.MutableClock;
import org.duban.support.TestImages;
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
 * The seed's 质量月 in early September 2020: 前岐所 reports on activity 1 (9月1日–3日) on the 2nd with a located photo,
 * is sent back once and accepted on the 4th; 沙埕所 is urged and reports on the 10th, five working days late. The
 * coordinator downloads the 台账 and the 上报包 on the 12th, and the 台账 again as of the 9th.
 */
@DubanTest
@AutoConfigureMockMvc
class LedgerExportTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 2, 10, 0), CHINA);
    static final String QIANQI = "前岐市场监督管理所";
    static final String SHACHENG = "沙埕市场监督管理所";
    static final byte[] PHOTO = TestImages.jpegWithExif(41, LocalDateTime.of(2020, 9, 2, 9, 30), 27.2, 120.3);
    private static boolean happened;
    private static long campaign;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return CLOCK;
        }

        /** A part of another module, beside the compiled report: whatever it writes is listed like the rest. */
        @Bean
        ReportPackagePart compiledReport() {
            return pkg -> pkg.newFile("报告/说明.txt").write(("截至 " + pkg.cutoff().toLocalDate())
                    .getBytes(StandardCharsets.UTF_8));
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
    Reminders reminders;
    @Autowired
    SummaryService summaries;
    @Autowired
    LedgerExports exports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theFirstTwelveDaysOfSeptember() {
        if (happened) {
            return;
        }
        DubanUser coordinator = account("zhiliang");
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        AssignmentView first = firstActivityOf(qianqi);
        AssignmentView late = firstActivityOf(shacheng);

        Report sent = reports.save(qianqi, first.id(), form(null, "召开质量月启动会，发放资料200份", LocalDate.of(2020, 9, 2)),
                List.of(new Upload(PHOTO.length, () -> new ByteArrayInputStream(PHOTO))));
        at(2020, 9, 3, 9, 0);
        reports.returnToUnit(coordinator, sent.id(), "请补充现场照片说明");
        at(2020, 9, 4, 10, 0);
        long sms = jdbc.sql("select id from metric where organisation_id = ? and name = '群发短信'")
                .param(coordinator.organisationId()).query(Long.class).single();
        reports.save(qianqi, first.id(), new ReportForm(UUID.randomUUID().toString(), sent.id(),
                "召开质量月启动会，发放资料200份，现场照片1张，群发短信1200条", LocalDate.of(2020, 9, 2), "submit", List.of(),
                Map.of(sms, "1200"), null), List.of());
        at(2020, 9, 4, 15, 0);
        reports.accept(coordinator, sent.id(), null);
        at(2020, 9, 7, 9, 0);
        reminders.urge(coordinator, late.id(), "请于今日报送");
        at(2020, 9, 8, 9, 0);
        summaries.save(qianqi, campaign, "质量月期间共开展宣传活动5场，检查企业32家。", true,
                List.of(new Upload(1, () -> new ByteArrayInputStream(TestImages.jpeg(640, 480, 42)))));
        at(2020, 9, 10, 10, 0);
        reports.save(shacheng, late.id(), form(null, "开展计量器具检定宣传", null),
                List.of(new Upload(1, () -> new ByteArrayInputStream(TestImages.jpeg(640, 480, 43)))));
        at(2020, 9, 12, 10, 0);
        happened = true;
    }

    @Test
    void theWorkbookHoldsEachUnitsShareAsNumbersAndDates() throws Exception {
        byte[] xlsx = mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").with(user(account("zhiliang"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportController.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                zip.readAllBytes();
                parts++;
            }
        }
        assertThat(parts).as("a plain ZIP the JDK reads too, not ZIP64").isGreaterThan(7);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("封面", "活动台账", "活动汇总", "报送记录", "催办记录", "单位汇总", "图片索引");

            XSSFSheet lines = book.getSheet("活动台账");
            assertThat(texts(lines.getRow(0))).startsWith("序号", "活动序号", "活动内容", "计划开始", "计划结束",
                    "活动时间（原文）", "单位", "角色", "状态", "实际日期", "地点", "照片数", "首次报送时间", "通过时间", "是否逾期",
                    "逾期工作日", "退回次数", "催办次数");
            Map<String, Integer> col = columns(lines);
            Row qianqi = rowOf(lines, col, "1", QIANQI);
            assertThat(text(qianqi, col.get("状态"))).isEqualTo("已完成");
            assertThat(date(qianqi, col.get("计划开始"))).isEqualTo(LocalDateTime.of(2020, 9, 1, 0, 0));
            assertThat(date(qianqi, col.get("计划结束"))).isEqualTo(LocalDateTime.of(2020, 9, 3, 0, 0));
            assertThat(date(qianqi, col.get("实际日期"))).isEqualTo(LocalDateTime.of(2020, 9, 2, 0, 0));
            assertThat(date(qianqi, col.get("首次报送时间"))).isEqualTo(LocalDateTime.of(2020, 9, 2, 10, 0));
            assertThat(date(qianqi, col.get("通过时间"))).isEqualTo(LocalDateTime.of(2020, 9, 4, 15, 0));
            assertThat(number(qianqi, col.get("照片数"))).isEqualTo(1);
            assertThat(number(qianqi, col.get("退回次数"))).isEqualTo(1);
            assertThat(text(qianqi, col.get("是否逾期"))).isEqualTo("否");
            assertThat(text(qianqi, col.get("地点"))).isEqualTo("GPS 27.20000, 120.30000");
            assertThat(number(qianqi, col.get("群发短信（条）"))).as("the unit's accepted count").isEqualTo(1200);

            Row shacheng = rowOf(lines, col, "1", SHACHENG);
            assertThat(text(shacheng, col.get("状态"))).isEqualTo("已报送");
            assertThat(text(shacheng, col.get("是否逾期"))).isEqualTo("是");
            assertThat(number(shacheng, col.get("逾期工作日"))).as("4, 7, 8, 9 and 10 September").isEqualTo(5);
            assertThat(number(shacheng, col.get("催办次数"))).isEqualTo(1);

            Row total = lines.getRow(lines.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(col.get("照片数")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(col.get("照片数")).getNumericCellValue()).isEqualTo(2);
            assertThat(total.getCell(col.get("退回次数")).getNumericCellValue()).isEqualTo(1);
            int assignmentCount = jdbc.sql("""
                            select count(*) from assignment s join activity a on a.id = s.activity_id where a.campaign_id = ?""")
                    .param(campaign).query(Integer.class).single();
            assertThat(lines.getLastRowNum() - 1).as("one row per activity and unit").isEqualTo(assignmentCount);

            for (String name : names.subList(1, names.size())) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).as(name + " prints its header on every page")
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getNumMergedRegions()).as(name).isZero();
                assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).as(name).isEqualTo("合计");
            }

            XSSFSheet activities = book.getSheet("活动汇总");
            Map<String, Integer> acol = columns(activities);
            Row one = rowOf(activities, acol, "1", null);
            assertThat(number(one, acol.get("已报送"))).isEqualTo(2);
            assertThat(number(one, acol.get("已通过"))).isEqualTo(1);
            assertThat(number(one, acol.get("照片数"))).as("rolled up from 活动台账").isEqualTo(2);
            assertThat(number(one, acol.get("群发短信（条）"))).as("the activity's accepted total").isEqualTo(1200);

            XSSFSheet rounds = book.getSheet("报送记录");
            List<String> steps = new ArrayList<>();
            for (int r = 1; r < rounds.getLastRowNum(); r++) {
                steps.add(text(rounds.getRow(r), 4) + " " + text(rounds.getRow(r), 7));
            }
            assertThat(steps).containsExactly(QIANQI + " 提交", QIANQI + " 退回", QIANQI + " 重新提交", QIANQI + " 通过",
                    SHACHENG + " 提交");
            assertThat(text(rounds.getRow(2), 9)).isEqualTo("请补充现场照片说明");
            assertThat(number(rounds.getRow(3), 6)).as("the second round").isEqualTo(2);

            XSSFSheet urges = book.getSheet("催办记录");
            assertThat(urges.getLastRowNum()).as("one 催办 and the 合计 row").isEqualTo(2);
            assertThat(text(urges.getRow(1), 2)).isEqualTo(SHACHENG);
            assertThat(text(urges.getRow(1), 5)).isEqualTo("人工催办");

            XSSFSheet units = book.getSheet("单位汇总");
            Map<String, Integer> ucol = columns(units);
            Row unit = rowOf(units, ucol, null, QIANQI);
            assertThat(number(unit, ucol.get("按时"))).isEqualTo(1);
            assertThat(number(unit, ucol.get("退回次数"))).isEqualTo(1);
            assertThat(number(unit, ucol.get("群发短信（条）"))).as("the unit's credits summed").isEqualTo(1200);
            assertThat(units.getRow(units.getLastRowNum()).getCell(ucol.get("按时率")).getCellType())
                    .isEqualTo(CellType.NUMERIC);

            XSSFSheet photos = book.getSheet("图片索引");
            Map<String, Integer> pcol = columns(photos);
            Row photo = rowOf(photos, pcol, "1", QIANQI);
            assertThat(text(photo, pcol.get("文件名"))).isEqualTo("1_" + QIANQI + "_20200902_1.jpg");
            assertThat(text(photo, pcol.get("含GPS"))).isEqualTo("是");
            assertThat(text(photo, pcol.get("SHA-256"))).isEqualTo(sha256(PHOTO));
            assertThat(date(photo, pcol.get("拍摄时间（EXIF）"))).isEqualTo(LocalDateTime.of(2020, 9, 2, 9, 30));

            XSSFSheet cover = book.getSheet("封面");
            String hash = coverValue(cover, "数据版本（SHA-256）");
            assertThat(hash).matches("[0-9a-f]{64}");
            org.duban.campaign.CampaignNotice notice = campaigns.find(account("zhiliang").organisationId(), campaign)
                    .orElseThrow().notice();
            assertThat(coverValue(cover, "活动名称")).isEqualTo(notice.title());
            assertThat(coverValue(cover, "方案文号")).isEqualTo(notice.docNumber() == null ? "" : notice.docNumber());
            assertThat(coverValue(cover, "上级文号")).isEqualTo(String.join("；", notice.references()));
            assertThat(jdbc.sql("select data_sha256 from ledger_export where campaign_id = ? and kind = 'WORKBOOK'")
                    .param(campaign).query(String.class).list()).contains(hash);
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEDGER_EXPORTED'")
                    .query(Integer.class).single()).isPositive();
        }
    }

    @Test
    void asOfADayLeavesOutWhatCameLaterAndGivesTheSameHashAgain() throws Exception {
        DubanUser coordinator = account("zhiliang");
        byte[] ninth = mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").param("asOf", "2020-09-09")
                        .with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] again = mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").param("asOf", "2020-09-09")
                        .with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] now = mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ninth));
                XSSFWorkbook second = new XSSFWorkbook(new ByteArrayInputStream(again));
                XSSFWorkbook latest = new XSSFWorkbook(new ByteArrayInputStream(now))) {
            XSSFSheet lines = book.getSheet("活动台账");
            Map<String, Integer> col = columns(lines);
            Row shacheng = rowOf(lines, col, "1", SHACHENG);
            assertThat(text(shacheng, col.get("状态"))).as("its report came on the 10th").isEqualTo("已逾期");
            assertThat(shacheng.getCell(col.get("首次报送时间")).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(number(shacheng, col.get("逾期工作日"))).as("4, 7, 8 and 9 September").isEqualTo(4);
            assertThat(texts(book.getSheet("报送记录"))).doesNotContain(SHACHENG);
            assertThat(date(book.getSheet("封面").getRow(coverRow(book.getSheet("封面"), "统计截止时间")), 1))
                    .isEqualTo(LocalDateTime.of(2020, 9, 9, 23, 59, 59));

            String hash = coverValue(book.getSheet("封面"), "数据版本（SHA-256）");
            assertThat(coverValue(second.getSheet("封面"), "数据版本（SHA-256）")).as("the same data").isEqualTo(hash);
            assertThat(coverValue(latest.getSheet("封面"), "数据版本（SHA-256）")).as("a report more").isNotEqualTo(hash);
        }
    }

    @Test
    void thePackageListsEveryFileWithItsHashAndNamesPhotosByActivityUnitAndDay() throws Exception {
        byte[] zip = mvc.perform(get("/campaigns/" + campaign + "/package.zip").param("originals", "true")
                        .with(user(account("zhiliang"))))
                .andExpect(status().isOk()).andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsKeys("台账.xlsx", "图片说明.csv", "manifest.sha256",
                "照片/1_" + QIANQI + "_20200902_1.jpg", "原图/1_" + QIANQI + "_20200902_1.jpg",
                "单位总结/" + QIANQI + ".txt", "单位总结/" + QIANQI + "_1.jpg", "报告/说明.txt");
        assertThat(new String(files.get("报告/说明.txt"), StandardCharsets.UTF_8)).isEqualTo("截至 2020-09-12");
        assertThat(files.keySet()).as("沙埕's report is not accepted yet").noneMatch(n -> n.contains(SHACHENG));
        assertThat(files.keySet().stream().filter(n -> n.startsWith("照片/")))
                .allMatch(n -> n.matches("照片/[^_/]+_[^_/]+_\\d{8}_\\d+\\.jpg"));

        List<String> manifest = new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest).hasSize(files.size() - 1);
        for (String line : manifest) {
            String[] parts = line.split(" {2}", 2);
            assertThat(files).containsKey(parts[1]);
            assertThat(sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        byte[] display = files.get("照片/1_" + QIANQI + "_20200902_1.jpg");
        assertThat(new String(display, StandardCharsets.ISO_8859_1)).as("no EXIF in the display copy").doesNotContain("Exif");
        assertThat(files.get("原图/1_" + QIANQI + "_20200902_1.jpg")).isEqualTo(PHOTO);

        String captions = new String(files.get("图片说明.csv"), StandardCharsets.UTF_8);
        assertThat(captions).startsWith("\uFEFF文件,单位,日期,地点,事项\r\n");
        assertThat(captions).contains("1_" + QIANQI + "_20200902_1.jpg," + QIANQI + ",2020-09-02,\"GPS 27.20000, 120.30000\",\"第1项 ");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("台账.xlsx")))) {
            assertThat(book.getSheet("活动台账").getLastRowNum()).isGreaterThan(2);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PACKAGE_EXPORTED'").query(Integer.class)
                .single()).isPositive();
    }

    @Test
    void aUnitCannotExportAndGetsAProblem() throws Exception {
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/ledger.xlsx").with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/package.zip").with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/ledger.xlsx").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isOk());
        mvc.perform(get("/campaigns/" + campaign + "/package.zip").with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign + "/exports").with(user(account("leader"))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> exports.request(account("qianqi"), campaign, null))
                .isInstanceOf(LedgerRefused.class).extracting(e -> ((LedgerRefused) e).httpStatus()).isEqualTo(403);
        mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").param("asOf", "2030-01-01").with(user(account("zhiliang"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("统计截止日期不能晚于今天")));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/ledger.xlsx").param("asOf", "九月底")
                        .with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void printViewsShowTheCampaignTheMatrixAndAUnitsReports() throws Exception {
        DubanUser coordinator = account("zhiliang");
        String firstActivity = campaigns.find(coordinator.organisationId(), campaign).orElseThrow().activities().get(0).content();
        mvc.perform(get("/campaigns/" + campaign + "/print").with(user(account("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(firstActivity)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("print.css")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard/print").with(user(account("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(firstActivity)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("牵")));
        DubanUser qianqi = account("qianqi");
        mvc.perform(get("/campaigns/" + campaign + "/units/" + qianqi.unitId() + "/print").with(user(qianqi)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(firstActivity)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("现场照片1张")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请补充现场照片说明")));
        mvc.perform(get("/campaigns/" + campaign + "/units/" + qianqi.unitId() + "/print").with(user(account("shacheng"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + campaign + "/dashboard/print").with(user(qianqi)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign).with(user(qianqi)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/campaigns/" + campaign + "/print")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/exports"))));
    }

    @Test
    void theExportsPageListsWhatWasMadeWithItsHash() throws Exception {
        DubanUser coordinator = account("zhiliang");
        mvc.perform(get("/campaigns/" + campaign + "/ledger.xlsx").param("asOf", "2020-09-05").with(user(coordinator)))
                .andExpect(status().isOk());
        String hash = jdbc.sql("""
                        select data_sha256 from ledger_export where campaign_id = ? and as_of < ? order by id desc""")
                .params(campaign, java.time.OffsetDateTime.of(2020, 9, 6, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(8)))
                .query(String.class).list().get(0);
        mvc.perform(get("/campaigns/" + campaign).with(user(coordinator)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/campaigns/" + campaign + "/exports")));
        mvc.perform(get("/campaigns/" + campaign + "/exports").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(hash.substring(0, 12))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("asOf=2020-09-05")));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/exports").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(hash)));
    }

    private AssignmentView firstActivityOf(DubanUser user) {
        return assignments.ofUnit(user.organisationId(), user.unitId()).stream()
                .filter(a -> a.campaignId() == campaign && a.activityNo().equals("1")).findFirst().orElseThrow();
    }

    private static ReportForm form(Long reportId, String body, LocalDate day) {
        return new ReportForm(UUID.randomUUID().toString(), reportId, body, day, "submit");
    }

    private static void at(int y, int m, int d, int h, int min) {
        CLOCK.set(LocalDateTime.of(y, m, d, h, min));
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }

    private static Map<String, Integer> columns(XSSFSheet sheet) {
        Map<String, Integer> map = new LinkedHashMap<>();
        List<String> header = texts(sheet.getRow(0));
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), i);
        }
        return map;
    }

    /** The row of the activity (by its 活动序号) and unit; either may be left open with null. */
    private static Row rowOf(XSSFSheet sheet, Map<String, Integer> col, String activityNo, String unit) {
        for (int r = 1; r < sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if ((activityNo == null || activityNo.equals(text(row, col.get("活动序号"))))
                    && (unit == null || unit.equals(text(row, col.get("单位"))))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + activityNo + " / " + unit + " in " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(new DataFormatter().formatCellValue(c)));
        return out;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(r -> out.addAll(texts(r)));
        return out;
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? null : new DataFormatter().formatCellValue(c);
    }

    private static double number(Row row, int col) {
        Cell c = row.getCell(col);
        assertThat(c.getCellType()).as("a number stored as a number").isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    private static LocalDateTime date(Row row, int col) {
        Cell c = row.getCell(col);
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(c)).as("a date stored as a date").isTrue();
        return c.getLocalDateTimeCellValue();
    }

    private static int coverRow(XSSFSheet cover, String label) {
        for (Row row : cover) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no " + label + " on the cover");
    }

    private static String coverValue(XSSFSheet cover, String label) {
        return text(cover.getRow(coverRow(cover, label)), 1);
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
