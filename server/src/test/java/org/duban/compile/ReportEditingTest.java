package org.duban.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.photo.Upload;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.summary.SummaryService;
import org.duban.support.DemoCampaigns;
import org.duban.support.MutableClock;
import org.duban.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.duban.support.BothDatabases;

/**
 * The coordinator works on the report in the browser in September 2020: 前岐所 reported activity 1 with three photos
 * (one taken in the window with its place, one taken in August, one it shares with 沙埕所's report) and 1200 text
 * messages; both reports and 前岐's summary are accepted. The draft links every number to where it came from, lists
 * what is not yet in, and is signed only when its numbers are the data's and 四 and 五 have text of their own.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=report-editing"})
@BothDatabases
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportEditingTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 2, 10, 0), CHINA);
    static final String QIANQI = "前岐市场监督管理所";
    static final byte[] IN_WINDOW = TestImages.jpegWithExif(51, LocalDateTime.of(2020, 9, 2, 9, 30), 27.2, 120.3);
    static final byte[] IN_AUGUST = TestImages.jpegWithExif(52, LocalDateTime.of(2020, 8, 1, 9, 30), 27.2, 120.3);
    static final byte[] SHARED = TestImages.jpeg(640, 480, 53);
    private static boolean happened;
    private static long campaign;
    private static long qianqiReport;

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
    JdbcClient jdbc;
    @Autowired
    CompiledReports compiled;

    @BeforeEach
    void september() {
        if (happened) {
            return;
        }
        DubanUser coordinator = account("zhiliang");
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        long sms = jdbc.sql("select id from metric where organisation_id = ? and name = '群发短信'")
                .param(coordinator.organisationId()).query(Long.class).single();
        Report mine = reports.save(qianqi, firstActivityOf(qianqi).id(), new ReportForm(UUID.randomUUID().toString(),
                null, "召开质量月启动会，群发短信1200条", LocalDate.of(2020, 9, 2), "submit", List.of(), Map.of(sms, "1200"),
                null), List.of(upload(IN_WINDOW), upload(IN_AUGUST), upload(SHARED)));
        qianqiReport = mine.id();
        Report theirs = reports.save(shacheng, firstActivityOf(shacheng).id(), new ReportForm(
                UUID.randomUUID().toString(), null, "开展计量宣传", LocalDate.of(2020, 9, 2), "submit"),
                List.of(upload(SHARED)));
        at(2020, 9, 4, 15, 0);
        reports.accept(coordinator, mine.id(), null);
        reports.accept(coordinator, theirs.id(), null);
        at(2020, 9, 8, 9, 0);
        summaries.save(qianqi, campaign, "部分企业质量意识仍然薄弱。\n下一步将加强日常监管。", true, List.of());
        at(2020, 9, 9, 9, 0);
        summaries.accept(coordinator, campaign, qianqi.unitId(), null);
        at(2020, 9, 12, 10, 0);
        happened = true;
    }

    @Test
    @Order(1)
    void theDraftLinksItsNumbersToTheirReportsAndListsWhatIsNotYetIn() throws Exception {
        Document page = editor();
        Element sms = page.select("#p-practice-" + activityOne() + "-r" + qianqiReport + " a.num").stream()
                .filter(a -> a.text().equals("1200")).findFirst().orElseThrow();
        assertThat(sms.attr("href")).isEqualTo("/reports/" + qianqiReport);
        Element total = page.select("table.report-table td").stream()
                .filter(td -> td.selectFirst("a.num") != null && td.text().equals("1200")).findFirst().orElseThrow();
        assertThat(total.selectFirst("a.num").attr("href")).as("the total of 群发短信 opens the report it was counted from")
                .isEqualTo("/reports/" + qianqiReport);

        String outstanding = page.selectFirst("#outstanding").text();
        assertThat(outstanding).as("activity 1's lead has not reported").contains("质量安全监督管理股")
                .contains("尚无通过的总结").contains("沙埕市场监督管理所");
        String first = page.selectFirst("#outstanding ul.outstanding li").text();
        assertThat(first).as("activity 1: every unit but the two accepted").contains("办公室", "质量安全监督管理股")
                .doesNotContain(QIANQI).doesNotContain("沙埕");

        List<String> captions = page.select(".report-photos figcaption").eachText();
        assertThat(captions).as("the August photo and the photo in two reports are left out").hasSize(1);
        assertThat(captions.get(0)).startsWith(QIANQI + " · 2020年9月2日 · 北纬27.2000°，东经120.3000° · ");
        assertThat(page.select(".report-para.material")).as("the summary offered for 四 and 五").isNotEmpty();
        assertThat(page.select("#sign li").eachText()).contains("“四、存在问题”尚无正文", "“五、下一步打算”尚无正文");
        assertThat(page.selectFirst("#sign button").hasAttr("disabled")).isTrue();
    }

    @Test
    @Order(2)
    void aNumberTheDataDoesNotHoldIsMarkedAndStopsTheSigning() throws Exception {
        edit("basics", "截至2020年9月12日，各单位共发放资料999份。");
        Document page = editor();
        assertThat(page.select("#p-basics mark.unsupported").eachText()).containsExactly("999");
        assertThat(page.select("#p-basics").text()).contains("已修改");

        String refused = mvc.perform(post("/campaigns/" + campaign + "/report/sign").with(csrf()).with(user(coordinator())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(refused).selectFirst("#refused").text()).contains("报告还不能定稿")
                .contains("数据中找不到的数字：999").contains("“四、存在问题”尚无正文");
        assertThat(versions()).isZero();

        mvc.perform(post("/campaigns/" + campaign + "/report/paragraphs/restore").param("key", "basics")
                .with(csrf()).with(user(coordinator()))).andExpect(status().is3xxRedirection());
        assertThat(editor().select("#p-basics mark.unsupported")).isEmpty();
    }

    @Test
    @Order(3)
    void signingFreezesTheReportAsItReadsWithItsHashAndALaterChangeMakesTheNextVersion() throws Exception {
        edit("problems-intro", "个别企业质量主体责任意识仍较薄弱。");
        edit("next", "下一步，将巩固群发短信1200条的宣传成效，加强日常监管。");
        assertThat(editor().select("#p-next a.num").eachText()).as("a number the data holds is linked").contains("1200");

        mvc.perform(post("/campaigns/" + campaign + "/report/sign").with(csrf()).with(user(coordinator())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/report?signed=1#versions"));
        byte[] docx = download("/campaigns/" + campaign + "/report/versions/1.docx");
        byte[] pdf = download("/campaigns/" + campaign + "/report/versions/1.pdf");
        Document page = editor();
        List<String> hashes = page.select("#versions code.sha").eachText();
        assertThat(hashes).containsExactly(CompiledReports.sha256(docx), CompiledReports.sha256(pdf));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("个别企业质量主体责任意识仍较薄弱。", "下一步，将巩固群发短信1200条的宣传成效，加强日常监管。",
                    "附件2", "活动图片");
            assertThat(String.join("\n", text)).as("material is left out of what is signed")
                    .doesNotContain(ReportDrafter.MATERIAL);
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSize(1);
            assertThat(indexOf(pictures.get(0).getData(), "Exif".getBytes(StandardCharsets.US_ASCII)))
                    .as("the photo in the report carries no EXIF").isNegative();
            assertThat(text).anyMatch(t -> t.startsWith(QIANQI + " · 2020年9月2日"));
        }
        String pdfText = pdfText(pdf);
        assertThat(pdfText).contains("关于2020年“质量月”活动开展情况的报告").contains(QIANQI).contains("个别企业质量主体责任意识仍较薄弱");
        assertThat(embeddedFonts(pdf)).as("every glyph from the embedded CJK font").isNotEmpty()
                .allMatch(f -> f.contains("NotoSansSC"));

        edit("next", "下一步，将加强日常监管。");
        mvc.perform(post("/campaigns/" + campaign + "/report/sign").with(csrf()).with(user(coordinator())))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/report?signed=2#versions"));
        assertThat(download("/campaigns/" + campaign + "/report/versions/1.docx")).as("version 1 never changes")
                .isEqualTo(docx);
        byte[] second = download("/campaigns/" + campaign + "/report/versions/2.docx");
        assertThat(second).isNotEqualTo(docx);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORT_SIGNED'").query(Integer.class)
                .single()).isEqualTo(2);

        Map<String, byte[]> files = unzip(download("/campaigns/" + campaign + "/package.zip"));
        assertThat(files.get("活动开展情况报告.docx")).as("the package carries the latest signed version").isEqualTo(second);
        assertThat(new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines())
                .contains(CompiledReports.sha256(second) + "  活动开展情况报告.docx");
    }

    @Test
    @Order(4)
    void badEditsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        String gone = mvc.perform(post("/campaigns/" + campaign + "/report/paragraphs").param("key", "no-such-paragraph")
                        .param("text", "x").with(csrf()).with(user(coordinator())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(gone).contains("要修改的段落已不在报告中");
        String tooLong = mvc.perform(post("/campaigns/" + campaign + "/report/paragraphs").param("key", "basics")
                        .param("text", "长".repeat(20_001)).with(csrf()).with(user(coordinator())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(tooLong).select("#p-basics .alert-danger").text()).contains("不能超过 20000 字");
        assertThat(jdbc.sql("select count(*) from report_edit where campaign_id = ? and para_key in ('basics', 'no-such-paragraph')")
                .param(campaign).query(Integer.class).single()).isZero();
    }

    @Test
    @Order(5)
    void aUnitCanNeitherOpenNorSignTheReport() throws Exception {
        mvc.perform(get("/campaigns/" + campaign + "/report").with(user(account("qianqi")))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/" + campaign + "/report/sign").with(csrf()).with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign + "/report/versions/1.pdf").with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign + "/report/versions/99.pdf").with(user(coordinator())))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(6)
    void theCoordinatorLeavesAPhotoOutOrTakesItBackButNeverOneTheRulesForbid() throws Exception {
        long inWindow = photoTakenOn("2020-09-02");
        long inAugust = photoTakenOn("2020-08-01");
        String refused = mvc.perform(post("/campaigns/" + campaign + "/report/photos").param("photo", str(inAugust))
                        .param("use", "true").with(csrf()).with(user(coordinator())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(refused).selectFirst("#refused").text()).contains("拍摄于活动时间内");

        mvc.perform(post("/campaigns/" + campaign + "/report/photos").param("photo", str(inWindow)).param("use", "false")
                .with(csrf()).with(user(coordinator()))).andExpect(status().is3xxRedirection());
        Document page = editor();
        assertThat(page.select("figure.picked")).isEmpty();
        assertThat(page.select("figure.other").eachAttr("data-photo")).containsExactly(str(inWindow));

        mvc.perform(post("/campaigns/" + campaign + "/report/photos").param("photo", str(inWindow)).param("use", "true")
                .with(csrf()).with(user(coordinator()))).andExpect(status().is3xxRedirection());
        assertThat(editor().select("figure.picked").eachAttr("data-photo")).containsExactly(str(inWindow));
    }

    @Test
    @Order(7)
    void twoCoordinatorsSigningAtOnceGetTwoVersionsNeverAnError() throws Exception {
        int before = versions();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> signed = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                signed.add(two.submit(() -> {
                    start.await();
                    return compiled.sign(coordinator(), campaign).number();
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (var f : signed) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrder(before + 1, before + 2);
        } finally {
            two.shutdownNow();
        }
    }

    private long photoTakenOn(String day) {
        return jdbc.sql("""
                        select p.id from photo p join report_photo rp on rp.photo_id = p.id
                        where rp.report_id = ? and cast(p.taken_at as date) = cast(? as date)""")
                .params(qianqiReport, java.sql.Date.valueOf(day)).query(Long.class).single();
    }

    private static String str(long id) {
        return String.valueOf(id);
    }

    /** The text PDFBox extracts from every page, with the lines the layout wrapped joined again. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\R", "");
        }
    }

    private static List<String> embeddedFonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    private Document editor() throws Exception {
        String html = mvc.perform(get("/campaigns/" + campaign + "/report").with(user(coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private void edit(String key, String text) throws Exception {
        mvc.perform(post("/campaigns/" + campaign + "/report/paragraphs").param("key", key).param("text", text)
                        .with(csrf()).with(user(coordinator())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/report?saved#p-" + key));
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path).with(user(coordinator()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private int versions() {
        return jdbc.sql("select count(*) from report_version where campaign_id = ?").param(campaign)
                .query(Integer.class).single();
    }

    private long activityOne() {
        return firstActivityOf(account("qianqi")).activityId();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Upload upload(byte[] bytes) {
        return new Upload(bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private AssignmentView firstActivityOf(DubanUser user) {
        return assignments.ofUnit(user.organisationId(), user.unitId()).stream()
                .filter(a -> a.campaignId() == campaign && a.activityNo().equals("1")).findFirst().orElseThrow();
    }

    private static void at(int y, int m, int d, int h, int min) {
        CLOCK.set(LocalDateTime.of(y, m, d, h, min));
    }

    private DubanUser coordinator() {
        return account("zhiliang");
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
