package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * PDFs are read through their text layer, by where the words stand and the lines drawn around them. The Chinese PDFs
 * are fixtures made once by LibreOffice from a Word notice or a page (a test cannot count on a CJK font to write one);
 * the others are written here.
 */
class PdfNoticeTest {

    @Test
    void readsTheTextLayerOfAPdf() throws IOException {
        PlanDraft d = new PlanReader().read(pdf("Work plan 2021", "No work table in this notice."));

        // text came out (a PDF without any is refused, below), but it holds no table and names no year as 2021年
        assertThat(d.hasWarning(Warning.NO_TABLE)).isTrue();
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isTrue();
    }

    @Test
    void readsATableByWhereItsWordsStandWithCellsWrappedOverLines() {
        // a Word notice printed to PDF by LibreOffice: cells wrap, one space stands between columns as between words
        PlanDraft d = new PlanReader().read(Notices.bytes("metrology-day-2023.pdf"));

        assertThat(d.title()).isEqualTo("2023年“世界计量日”活动方案");
        assertThat(d.issuer()).isEqualTo("福鼎市市场监督管理局");
        assertThat(d.reading().finder()).isEqualTo("table");
        assertThat(d.tasks()).hasSize(4);
        assertThat(d.tasks().get(0).content())
                .isEqualTo("在人流密集的广场设立计量咨询台，免费检测血压计、体重秤和电子计价秤，发放计量知识宣传资料");
        assertThat(d.tasks().get(0).assist()).as("a unit cell wrapped over three lines")
                .containsExactly("各市场监督管理所", "质量计量检测所");
        assertThat(d.tasks().get(1).end()).isEqualTo(java.time.LocalDate.of(2023, 5, 31));
        assertThat(d.tasks().get(3).lead()).containsExactly("综合执法大队", "计量与标准化股");
        assertThat(d.requirements()).as("the text after the table is the notice again")
                .isEqualTo("各单位要高度重视，精心组织，确保活动取得实效。");
    }

    @Test
    void readsARuledTableByItsLinesWhereACellStandsInTheMiddleOfItsRowAndUnitsAreMergedOverRows() {
        // LibreOffice's print of a page's table: each cell set in the middle of its row (the number 1 lines below the
        // row's first words), the units merged over rows 1 and 2, a header word the vocabulary does not know
        PlanDraft d = new PlanReader().read(Notices.bytes("ruled-table-merged-centred.pdf"));

        assertThat(d.title()).isEqualTo("2024年“质量月”活动方案");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "在城区中心广场举办“质量月”启动仪式，设置质量咨询台，发放质量知识宣传资料，现场受理消费者投诉举报",
                "开展质量提升培训", "组织重点工业产品质量安全专项检查，对抽查不合格企业督促整改到位");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("质量发展股"), List.of("质量发展股"),
                List.of("产品质量安全监管股"));
        assertThat(d.tasks().get(1).assist()).as("merged over rows 1 and 2").containsExactly("各市场监督管理所");
        assertThat(d.tasks().get(1).end()).isEqualTo(java.time.LocalDate.of(2024, 9, 20));
        assertThat(d.requirements()).isEqualTo("各单位要高度重视，精心组织，确保活动取得实效。");
    }

    @Test
    void aRuledTableBrokenOverPagesIsOneTableUnderItsRepeatedHeader() {
        // a 督办 ledger of 40 rows over two pages, its header repeated on the second, a row across the table naming
        // the office that answers for every row below it
        PlanDraft d = new PlanReader().read(Notices.bytes("ledger-over-pages.pdf"));

        assertThat(d.tasks()).hasSize(40);
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("政策法规股"));
        assertThat(d.tasks().get(39).content()).isEqualTo("按照年度计划开展第40项专项检查，对发现的问题逐项登记，限期督促整改到位，"
                + "并将整改情况书面报送局办公室");
        assertThat(d.tasks().get(39).end()).isEqualTo(java.time.LocalDate.of(2024, 5, 31));
    }

    @Test
    void aRowThePageBrokeIsOneRowWithItsPartUnderTheHeaderRepeatedOnTheNextPage() {
        // 14 rows of long work, one of them broken by the page: its last lines stand on the next page under the
        // repeated header, in a row with no number of its own
        PlanDraft d = new PlanReader().read(Notices.bytes("row-broken-over-a-page.pdf"));

        assertThat(d.tasks()).hasSize(14);
        assertThat(d.tasks()).extracting(TaskDraft::content).allSatisfy(c -> assertThat(c)
                .contains("组织开展专项检查，对发现的问题逐项登记造册，限期督促整改到位，并将整改情况书面报送局办公室；".repeat(4))
                .endsWith("年底前完成全部整改。"));
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("办公室"));
    }

    @Test
    void theRestOfABrokenRowAboveTheBordersOfTheNextPageGoesOnWithIt() {
        // corpus-files f28 printed to PDF: a schedule whose row for 9月 the page broke, its last words at the next
        // page's top with no border drawn over them, then the grid of the rows for 10月, 11月 and 12月
        PlanDraft d = new PlanReader().read(Notices.corpusPdf("f28-sichuan-three-stricts-education-schedule-2015"));

        assertThat(d.tasks()).hasSize(20);
        assertThat(d.tasks().get(16).content()).startsWith("局党组中心组集中研讨").endsWith("以严的精神、实的作风推动各项工作。");
        assertThat(d.tasks()).extracting(TaskDraft::content).endsWith("总结“三严三实”专题教育成果，搞好建章立制工作",
                "各支部组织召开组织生活会", "召开局党组民主生活会");
        assertThat(d.tasks().get(17).lead()).containsExactly("党组", "机关党委");
    }

    @Test
    void aLineAtTheMarginThatOpensWithANumberGoesOnWithTheParagraphWherePagesSetTheirParagraphsIn() {
        // paragraphs set in by two full-width spaces (　　（一）…); the first group's duties counted off inline wrap
        // so that a printed line opens with its 5. at the margin: the line before, not a paragraph of its own
        PlanDraft d = new PlanReader().read(Notices.bytes("duties-wrapped-before-a-number.pdf"));

        assertThat(d.tasks()).filteredOn(t -> t.lead().equals(List.of("宣传组"))).extracting(TaskDraft::content)
                .hasSize(5).endsWith("编写新闻通稿和会议简报");
        assertThat(d.tasks()).hasSize(11);
    }

    @Test
    void joinsThePrintedLinesOfAParagraphAndLeavesOutTheRulesItAttaches() {
        // a real national plan as its PDF prints it (corpus-files f02): each paragraph wraps at the right margin, a
        // page's number (— 2 —) stands between, and 18 pages of attached rules (第一条…, （一）依法履行公职) follow
        PlanDraft d = new PlanReader().read(Notices.corpusFile("f02-civil-servant-law-implementation-plan-2006.pdf"));

        TaskDraft registration = d.tasks().stream().filter(t -> t.content().equals("公务员登记")).findFirst().orElseThrow();
        // "…登记工" / "作采取各机关统一组织的形式": no 作采取各机关, no 管部门 out of 主 / 管部门
        assertThat(registration.lead()).containsExactly("各级机关", "各级公务员主管部门");
        assertThat(d.tasks()).extracting(TaskDraft::content).doesNotContain("依法履行公职", "纳入国家行政编制");
        assertThat(d.tasks()).hasSizeLessThan(10);
    }

    @Test
    void saysAPdfWithoutTextIsProbablyAScan() throws IOException {
        assertThatThrownBy(() -> new PlanReader().read(pdf())).isInstanceOfSatisfying(PlanReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(PlanReadException.Reason.NOT_TEXT);
            assertThat(e.getMessage()).contains("扫描件");
        });
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        text.showText(line);
                        text.newLineAtOffset(0, -16);
                    }
                    text.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
