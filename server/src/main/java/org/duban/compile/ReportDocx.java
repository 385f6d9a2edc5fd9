package org.duban.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Lays the draft out after GB/T 9704 as far as a generated DOCX can: A4 with the standard's margins, the title in
 * 小标宋 二号 centred, body in 仿宋_GB2312 三号 at a fixed 28.95 pt line, section heads in 黑体, sub-heads in
 * 楷体_GB2312, 落款 to the right. Text is taken as it is in the data; what is material for the coordinator to edit is
 * marked 【素材】. Photos of 附件2 go two to a page over their captions.
 */
final class ReportDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String TITLE_FALLBACK = "宋体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String BODY_FALLBACK = "FangSong";
    static final String HEAD_FONT = "黑体";
    static final String SUBHEAD_FONT = "楷体_GB2312";
    /** The widest and tallest a photo of 附件2 is laid, two to a page: 15 cm × 10 cm. */
    static final double PHOTO_WIDTH_PT = 425;
    static final double PHOTO_HEIGHT_PT = 283;

    private final ReportText text;
    private final XWPFDocument doc = new XWPFDocument();
    private int figures;

    private ReportDocx(ReportText text) {
        this.text = text;
    }

    static void write(ReportText text, OutputStream out) throws IOException {
        ReportDocx docx = new ReportDocx(text);
        try (XWPFDocument doc = docx.doc) {
            docx.build();
            doc.write(out);
        }
    }

    private void build() throws IOException {
        page();
        for (ReportText.Block b : text.blocks()) {
            if (b instanceof ReportText.Heading h) {
                heading(h);
            } else if (b instanceof ReportText.Paragraph p && p.shown()) {
                body(p.text(), p.style() == ReportText.Style.RECIPIENT ? 0 : 640);
            } else if (b instanceof ReportText.Table t) {
                table(t);
            } else if (b instanceof ReportText.Signature s) {
                signature(s);
            } else if (b instanceof ReportText.PageBreak) {
                pageBreak();
            } else if (b instanceof ReportText.Figure f) {
                figure(f);
            }
        }
    }

    private void heading(ReportText.Heading h) {
        switch (h.level()) {
            case TITLE -> {
                XWPFParagraph t = paragraph(ParagraphAlignment.CENTER, 0);
                t.setSpacingBetween(35, LineSpacingRule.EXACT);
                t.setSpacingAfter(600);
                run(t, h.text(), TITLE_FONT, TITLE_FALLBACK, 22, false);
            }
            case SECTION -> run(paragraph(ParagraphAlignment.LEFT, 640), h.text(), HEAD_FONT, HEAD_FONT, 16, false);
            case SUBSECTION -> run(paragraph(ParagraphAlignment.BOTH, 640), h.text(), SUBHEAD_FONT, "KaiTi", 16, false);
            case APPENDIX_LABEL -> run(paragraph(ParagraphAlignment.LEFT, 0), h.text(), HEAD_FONT, HEAD_FONT, 16, false);
            case APPENDIX_TITLE -> {
                XWPFParagraph t = paragraph(ParagraphAlignment.CENTER, 0);
                t.setSpacingAfter(200);
                run(t, h.text(), TITLE_FONT, TITLE_FALLBACK, 18, false);
            }
        }
    }

    private void signature(ReportText.Signature s) {
        paragraph(ParagraphAlignment.LEFT, 0);
        paragraph(ParagraphAlignment.LEFT, 0);
        for (String line : new String[] {s.issuer(), s.date()}) {
            XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0);
            p.setIndentationRight(1280);
            run(p, line, BODY_FONT, BODY_FALLBACK, 16, false);
        }
    }

    private void pageBreak() {
        paragraph(ParagraphAlignment.LEFT, 0).createRun().addBreak(BreakType.PAGE);
        figures = 0;
    }

    /** Two photos to a page, each over its caption. */
    private void figure(ReportText.Figure f) throws IOException {
        if (figures > 0 && figures % 2 == 0) {
            pageBreak();
        }
        figures++;
        double scale = Math.min(PHOTO_WIDTH_PT / f.width(), PHOTO_HEIGHT_PT / f.height());
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        p.setSpacingBefore(240);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(f.jpeg()), Document.PICTURE_TYPE_JPEG,
                    "photo-" + f.photoId() + ".jpg", Units.toEMU(f.width() * scale), Units.toEMU(f.height() * scale));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph caption = paragraph(ParagraphAlignment.CENTER, 0);
        run(caption, f.caption(), BODY_FONT, BODY_FALLBACK, 12, false);
    }

    private void table(ReportText.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.head().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        cells(table.getRow(0), true, -1, t.head());
        int r = 1;
        for (List<ReportText.Cell> row : t.rows()) {
            cells(table.getRow(r++), false, t.textColumn(), row.stream().map(ReportText.Cell::text).toList());
        }
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(2098)); // 37 mm
        margin.setBottom(BigInteger.valueOf(1984)); // 35 mm
        margin.setLeft(BigInteger.valueOf(1587)); // 28 mm
        margin.setRight(BigInteger.valueOf(1474)); // 26 mm
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(28.95, LineSpacingRule.EXACT);
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
        }
        return p;
    }

    private void body(String text, int firstLine) {
        for (String line : text.split("\\R+")) { // an edit may hold several paragraphs
            if (!line.isBlank()) {
                run(paragraph(ParagraphAlignment.BOTH, firstLine), line.strip(), BODY_FONT, BODY_FALLBACK, 16, false);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, String latin, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(points);
        run.setBold(bold);
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        return run;
    }

    private static void cells(XWPFTableRow row, boolean head, int textColumn, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(head || i != textColumn ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, texts.get(i), head ? HEAD_FONT : BODY_FONT, head ? HEAD_FONT : BODY_FALLBACK, 12, false);
        }
        if (head) {
            row.setRepeatHeader(true);
        }
    }
}
