package org.duban.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.duban.support.MutableClock;
import org.duban.support.TestWorkbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city bureau sends round its own 统计表: a title across the top, a header row naming counts (发放宣传资料（份）,
 * 群发短信（条）, 出动人员（人次）) over a 合计 row, and 填报单位 / 填报日期 below. The coordinator uploads it, checks the
 * suggested mapping, and downloads it filled with the campaign's accepted totals; the 上报包 carries it too.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=stat-templates"})
@BothDatabases
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatTemplateTest {

    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 2, 10, 0), ZoneId.of("Asia/Shanghai"));
    private static boolean happened;
    private static long campaign;
    private static long template;

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
    JdbcClient jdbc;

    @BeforeEach
    void aReportWith1200Messages() {
        if (happened) {
            return;
        }
        DubanUser coordinator = account("zhiliang");
        DubanUser qianqi = account("qianqi");
        campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        long sms = metric("群发短信");
        AssignmentView first = assignments.ofUnit(qianqi.organisationId(), qianqi.unitId()).stream()
                .filter(a -> a.campaignId() == campaign && a.activityNo().equals("1")).findFirst().orElseThrow();
        Report sent = reports.save(qianqi, first.id(), new ReportForm(UUID.randomUUID().toString(), null,
                "群发短信1200条", LocalDate.of(2020, 9, 2), "submit", List.of(), Map.of(sms, "1200"), null), List.of());
        CLOCK.set(LocalDateTime.of(2020, 9, 4, 15, 0));
        reports.accept(coordinator, sent.id(), null);
        happened = true;
    }

    @Test
    @Order(1)
    void anUploadedTemplateIsMappedAsItsLabelsSayAndFilledWithTheAcceptedTotals() throws Exception {
        String location = mvc.perform(multipart("/campaigns/" + campaign + "/stat-templates")
                        .file(new MockMultipartFile("file", "宁德市质量月活动统计表.xlsx", "application/octet-stream", TestWorkbooks.statTemplate()))
                        .with(csrf()).with(user(account("zhiliang"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        template = Long.parseLong(location.replaceAll(".*/stat-templates/(\\d+).*", "$1"));

        Document page = Jsoup.parse(page("/campaigns/" + campaign + "/stat-templates/" + template));
        assertThat(selected(page, "0!C3")).as("under 群发短信（条）, in the 合计 row").isEqualTo("metric:" + metric("群发短信"));
        assertThat(selected(page, "0!B3")).isEqualTo("metric:" + metric("发放宣传资料"));
        assertThat(selected(page, "0!D3")).as("出动人员 is not in the catalog by that name, or is: either way a count")
                .satisfiesAnyOf(v -> assertThat(v).isEmpty(), v -> assertThat(v).startsWith("metric:"));
        assertThat(selected(page, "0!B5")).isEqualTo("text:issuer");
        assertThat(selected(page, "0!D5")).isEqualTo("text:date");
        assertThat(page.select("tr[data-cell=0!A1]")).as("the title is text, not a cell to fill").isEmpty();

        // the coordinator keeps the suggestions and leaves 出动人员 empty
        mvc.perform(post("/campaigns/" + campaign + "/stat-templates/" + template)
                        .param("cell:0!B3", "metric:" + metric("发放宣传资料")).param("cell:0!C3", "metric:" + metric("群发短信"))
                        .param("cell:0!D3", "").param("cell:0!B5", "text:issuer").param("cell:0!D5", "text:date")
                        .with(csrf()).with(user(account("zhiliang"))))
                .andExpect(status().is3xxRedirection());

        byte[] filled = mvc.perform(get("/campaigns/" + campaign + "/stat-templates/" + template + "/filled")
                        .with(user(account("zhiliang"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1200d);
            assertThat(s.getRow(2).getCell(1).getNumericCellValue()).as("nothing accepted gave 发放宣传资料").isZero();
            assertThat(s.getRow(2).getCell(3) == null || s.getRow(2).getCell(3).toString().isEmpty()).isTrue();
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo(
                    campaigns.find(account("zhiliang").organisationId(), campaign).orElseThrow().notice().issuer());
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo("2020-09-04");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).as("the template's own text stays")
                    .isEqualTo("2020年“质量月”活动开展情况统计表");
        }

        Document list = Jsoup.parse(page("/campaigns/" + campaign + "/stat-templates"));
        assertThat(list.select("table.stat-templates tbody tr").text()).contains("宁德市质量月活动统计表.xlsx").contains("陈馨");
        assertThat(Jsoup.parse(page("/campaigns/" + campaign + "/exports")).select("a.stat-templates-link")).hasSize(1);

        Map<String, byte[]> files = unzip(mvc.perform(get("/campaigns/" + campaign + "/package.zip")
                .with(user(account("zhiliang")))).andReturn().getResponse().getContentAsByteArray());
        String name = "上级统计表/" + template + "_宁德市质量月活动统计表.xlsx";
        assertThat(files).containsKey(name);
        assertThat(new String(files.get("manifest.sha256"), StandardCharsets.UTF_8)).contains("  " + name);
    }

    @Test
    @Order(2)
    void whatIsNotATemplateIsRefusedInChineseAndNothingIsKept() throws Exception {
        int before = templates();
        String notExcel = mvc.perform(multipart("/campaigns/" + campaign + "/stat-templates")
                        .file(new MockMultipartFile("file", "统计表.xlsx", "application/octet-stream",
                                "<html>不是表格</html>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(account("zhiliang"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(notExcel).selectFirst("#refused").text()).contains("请上传 Excel 统计表");
        mvc.perform(multipart("/campaigns/" + campaign + "/stat-templates")
                        .file(new MockMultipartFile("file", "统计表.xlsx", "application/octet-stream", new byte[0]))
                        .with(csrf()).with(user(account("zhiliang"))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/campaigns/" + campaign + "/stat-templates/" + template).param("cell:0!Z99", "text:issuer")
                        .with(csrf()).with(user(account("zhiliang"))))
                .andExpect(status().isBadRequest());
        assertThat(templates()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from stat_template_cell where template_id = ?").param(template)
                .query(Integer.class).single()).as("the saved mapping is untouched").isEqualTo(4);

        mvc.perform(get("/campaigns/" + campaign + "/stat-templates").with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign + "/stat-templates/" + template + "/filled").with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
    }

    private static String selected(Document page, String cell) {
        var option = page.selectFirst("tr[data-cell=" + cell + "] select option[selected]");
        return option == null ? "" : option.attr("value");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(account("zhiliang")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int templates() {
        return jdbc.sql("select count(*) from stat_template").query(Integer.class).single();
    }

    private long metric(String name) {
        return jdbc.sql("select id from metric where organisation_id = ? and name = ?")
                .params(account("zhiliang").organisationId(), name).query(Long.class).single();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
