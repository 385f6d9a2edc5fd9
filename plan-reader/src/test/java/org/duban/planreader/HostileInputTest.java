package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear refusal that names the problem in Chinese and English, never a stack trace. */
class HostileInputTest {

    private final PlanReader reader = new PlanReader();

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], PlanReadException.Reason.EMPTY, "文件是空的");
        assertRefused("   \n\n ".getBytes(StandardCharsets.UTF_8), PlanReadException.Reason.EMPTY, "没有文字");
    }

    @Test
    void refusesABinaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(png, PlanReadException.Reason.NOT_TEXT, "不是文本");
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingItAll() throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertRefused(big, PlanReadException.Reason.TOO_LARGE, "文件过大");
        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(big)))
                .isInstanceOf(PlanReadException.class).hasMessageContaining("20 MB");
    }

    @Test
    void refusesADocxThatIsReallyAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros); // 100 MB of zeros compress to about 100 KB
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);
        assertRefused(bytes.toByteArray(), PlanReadException.Reason.ZIP_BOMB, "压缩炸弹");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photos/1.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertRefused(bytes.toByteArray(), PlanReadException.Reason.UNSUPPORTED_FORMAT, "不是 Word");
    }

    @Test
    void refusesADamagedDocx() {
        byte[] broken = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(PlanReadException.class)
                .satisfies(e -> assertThat(((PlanReadException) e).reason())
                        .isIn(PlanReadException.Reason.CORRUPT, PlanReadException.Reason.UNSUPPORTED_FORMAT));
    }

    @Test
    void refusesABrokenOldOfficeFileAndOneThatIsNeitherWordNorExcel() throws IOException {
        byte[] truncated = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(truncated, PlanReadException.Reason.CORRUPT, "已损坏");

        ByteArrayOutputStream slides = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "PowerPoint Document");
            fs.writeFilesystem(slides);
        }
        assertRefused(slides.toByteArray(), PlanReadException.Reason.UNSUPPORTED_FORMAT, "既不是 Word 文档也不是 Excel 表格");
    }

    @Test
    void refusesADamagedPdf() {
        byte[] pdf = "%PDF-1.7\n garbage that is no pdf".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read(pdf)).isInstanceOf(PlanReadException.class)
                .hasMessageContaining("无法读取");
    }

    @Test
    void readsBrokenHtmlAsWellAsItCan() {
        String html = "<html><body><p>2020年工作安排<table><tr><td>序号<td>工作任务<td>牵头单位<td>完成时限"
                + "<tr><td>1<td>开展检查<td>综合执法大队<td>9月<tr><td>2<td>组织培训";
        PlanDraft d = reader.read(html.getBytes(StandardCharsets.UTF_8));

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展检查", "组织培训");
        assertThat(d.tasks().get(1).lead()).isEmpty();
    }

    @Test
    void survivesAbsurdSpansInHtml() {
        String html = "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td rowspan=\"99999999\" colspan=\"99999\">完成时限</td></tr>"
                + "<tr><td>1</td><td>开展检查</td><td>综合执法大队</td></tr></table>";
        PlanDraft d = reader.read(html.getBytes(StandardCharsets.UTF_8));

        assertThat(d.tasks()).hasSize(1);
    }

    @Test
    void readsAPageFlattenedIntoOneLongLineOfWordsApart() {
        // a page whose copy put every word a space apart on one line: a site menu's pattern recursed once a word and
        // overflowed the stack, an Error the server could not turn into a message
        String flattened = "2024年质量月活动方案\n" + "开展 质量 宣传 活动 ".repeat(3000) + "\n";

        assertThat(reader.readText(flattened).title()).isEqualTo("2024年质量月活动方案");
    }

    @Test
    void readsLongLinesOfWhatAPageRepeatsWithoutOverflowingTheStack() {
        // each of these overflowed the stack in a pattern that recursed once a repetition: a line of lost characters,
        // a breadcrumb of thousands of steps, a field's bracket with thousands of notes, a list of months, a line of
        // names under a heading; the notice's own item is read all the same
        String head = "2024年质量月活动方案\n一、活动安排\n1.开展宣传。责任单位：县局。\n";
        List<String> pages = List.of(head + "?? ".repeat(5000) + "\n", "首页>".repeat(5000) + "\n" + head,
                head + "（责任单位：县局" + "（县局）县局".repeat(3000) + "）\n",
                "2024年质量月活动方案\n一、活动安排\n1.开展宣传，时间：" + "1、2、".repeat(3000) + "3月\n",
                "2024年质量月活动方案\n一、组织机构\n（一）学工部\n" + "张三 李四 ".repeat(3000) + "\n");
        for (String page : pages) {
            assertThat(reader.readText(page).tasks()).as(page.substring(0, 60)).hasSize(1);
        }
    }

    @Test
    void aReadingThatRunsOutOfStackIsRefusedWithAMessage() {
        // where no rule foresaw it, something in a reading may still run out of stack: here the unit directory it
        // consults does; the caller gets the reader's refusal, in Chinese and English, not an Error it cannot answer
        UnitDirectory endless = new UnitDirectory() {
            @Override
            public boolean knows(String name) {
                return knows(name);
            }

            @Override
            public java.util.Optional<String> closestTo(String name) {
                return java.util.Optional.empty();
            }
        };
        PlanReader consulting = new PlanReader(PlanReader.Options.defaults().withDirectory(endless));
        String notice = "2024年质量月活动方案\n一、活动安排\n1.开展宣传。责任单位：县市场监管局。完成时限：5月。\n";

        assertThatThrownBy(() -> consulting.readText(notice)).isInstanceOfSatisfying(PlanReadException.class,
                e -> assertThat(e.chinese()).contains("无法读取"));
        assertThatThrownBy(() -> consulting.read(notice.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanReadException.class);
        // a web page whose elements are nested twenty thousand deep: refused the same way
        String nested = "<html><body>" + "<div>".repeat(20_000) + "2024年质量月活动方案" + "</div>".repeat(20_000);
        assertThatThrownBy(() -> reader.read(nested.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PlanReadException.class, e -> assertThat(e.chinese()).contains("嵌套过深"));
    }

    @Test
    void aSentenceOnTheCampaignsHistoryIsLeftOutOfTheYearAndOnlyThatSentence() {
        // "每年": what is done every year names the year the campaign began, not the plan's year; the sentences
        // around it keep theirs
        assertThat(PlanReader.withoutHistory("1981年起每年9月开展质量月。2024年9月开展宣传！每年举办？"))
                .isEqualTo("。2024年9月开展宣传！？");
        assertThat(PlanReader.withoutHistory("每年")).isEmpty();
        assertThat(PlanReader.withoutHistory("2024年开展。")).isEqualTo("2024年开展。");
        Pattern history = Pattern.compile("[^。！!？?]*每年[^。！!？?]*");
        for (String line : List.of("每年。每年", "a每年b。c", "。。每年！?每年?x", "每每年年。每", "x。y每年z!w")) {
            assertThat(PlanReader.withoutHistory(line)).as(line).isEqualTo(history.matcher(line).replaceAll(""));
        }
    }

    private void assertRefused(byte[] bytes, PlanReadException.Reason reason, String message) {
        assertThatThrownBy(() -> reader.read(bytes)).isInstanceOfSatisfying(PlanReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
