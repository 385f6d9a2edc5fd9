package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * PDFs are read through their text layer. (The standard PDF fonts have no Chinese glyphs and a CJK font is not
 * something a test can count on finding, so the text here is Latin; the table logic after extraction is the same
 * as for plain text and is tested there.)
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
