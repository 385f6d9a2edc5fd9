package org.duban.compile;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The report as a PDF, laid out like the DOCX (A4, GB/T 9704 margins, two photos to a page of 附件2) and rendered by
 * openhtmltopdf from XHTML. Every glyph comes from Noto Sans SC (SIL Open Font License), embedded as a subset, so the
 * PDF shows the same on a machine with no Chinese fonts.
 */
final class ReportPdf {

    static final String FAMILY = "Noto Sans SC";
    private static final String PHOTO = "duban-photo:";
    private static final String FONTS = "fonts/ttf/NotoSansSC/NotoSansSC-";

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
    }

    private ReportPdf() {
    }

    static void write(ReportText text, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // photos are fetched by number from the text, not written into the page as base64 and read back
        Map<String, byte[]> photos = new HashMap<>();
        text.blocks().stream().filter(ReportText.Figure.class::isInstance).map(ReportText.Figure.class::cast)
                .forEach(f -> photos.put(PHOTO + f.photoId(), f.jpeg()));
        builder.useProtocolsStreamImplementation(url -> new FSStream() {
            @Override
            public InputStream getStream() {
                byte[] jpeg = photos.get(url);
                return jpeg == null ? null : new ByteArrayInputStream(jpeg);
            }

            @Override
            public Reader getReader() {
                return null;
            }
        }, PHOTO.substring(0, PHOTO.length() - 1));
        builder.useFont(Fonts.REGULAR, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(Fonts.BOLD, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml(text), null);
        builder.toStream(out);
        builder.run();
    }

    static String xhtml(ReportText text) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>").append(esc(text.title()))
                .append("</title><style>")
                .append("@page{size:A4;margin:37mm 26mm 35mm 28mm;@bottom-center{content:'— ' counter(page) ' —';")
                .append("font-family:'").append(FAMILY).append("';font-size:14pt}}")
                .append("body{font-family:'").append(FAMILY).append("';font-size:16pt;line-height:28.95pt}")
                .append("p{margin:0;text-align:justify}p.body{text-indent:2em}")
                .append("h1{font-size:22pt;font-weight:700;text-align:center;line-height:35pt;margin:0 0 30pt 0}")
                .append("h2{font-size:16pt;font-weight:700;margin:0;text-indent:2em}")
                .append("h3{font-size:16pt;font-weight:400;margin:0;text-indent:2em}")
                .append("h4{font-size:16pt;font-weight:700;margin:0}")
                .append("h5{font-size:18pt;font-weight:700;text-align:center;margin:0 0 10pt 0}")
                .append("table{width:100%;border-collapse:collapse;font-size:12pt;line-height:16pt;margin:6pt 0;")
                .append("-fs-table-paginate:paginate}")
                .append("th,td{border:0.5pt solid #000;padding:2pt 3pt;text-align:center}td.text{text-align:left}")
                .append("thead{display:table-header-group}tr{page-break-inside:avoid}")
                .append(".signature{text-align:right;padding-right:4em}.break{page-break-before:always}")
                .append(".figure{text-align:center;margin:8pt 0 14pt 0;page-break-inside:avoid}")
                .append(".figure img{max-width:150mm;max-height:100mm}")
                .append(".caption{font-size:12pt;line-height:16pt;text-align:center;margin-top:4pt}")
                .append("</style></head><body>");
        int figures = 0;
        boolean breakNext = false;
        for (ReportText.Block b : text.blocks()) {
            String brk = breakNext ? " break" : "";
            breakNext = false;
            if (b instanceof ReportText.Heading x) {
                String tag = switch (x.level()) {
                    case TITLE -> "h1";
                    case SECTION -> "h2";
                    case SUBSECTION -> "h3";
                    case APPENDIX_LABEL -> "h4";
                    case APPENDIX_TITLE -> "h5";
                };
                h.append('<').append(tag).append(brk.isEmpty() ? "" : " class=\"break\"").append('>')
                        .append(esc(x.text())).append("</").append(tag).append('>');
            } else if (b instanceof ReportText.Paragraph p && p.shown()) {
                String cls = p.style() == ReportText.Style.RECIPIENT ? "" : "body";
                for (String line : p.text().split("\\R+")) {
                    if (!line.isBlank()) {
                        h.append("<p class=\"").append(cls).append(brk).append("\">").append(esc(line.strip()))
                                .append("</p>");
                        brk = "";
                    }
                }
            } else if (b instanceof ReportText.Table t) {
                table(h, t);
            } else if (b instanceof ReportText.Signature s) {
                h.append("<p>&#160;</p><p>&#160;</p><p class=\"signature\">").append(esc(s.issuer()))
                        .append("</p><p class=\"signature\">").append(esc(s.date())).append("</p>");
            } else if (b instanceof ReportText.PageBreak) {
                breakNext = true;
                figures = 0;
            } else if (b instanceof ReportText.Figure f) {
                boolean newPage = figures > 0 && figures % 2 == 0;
                figures++;
                h.append("<div class=\"figure").append(newPage ? " break" : brk).append("\"><img src=\"").append(PHOTO)
                        .append(f.photoId()).append("\" alt=\"")
                        .append(esc(f.caption())).append("\"/><div class=\"caption\">").append(esc(f.caption()))
                        .append("</div></div>");
            }
        }
        return h.append("</body></html>").toString();
    }

    private static void table(StringBuilder h, ReportText.Table t) {
        h.append("<table><thead><tr>");
        t.head().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<ReportText.Cell> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i == t.textColumn() ? "<td class=\"text\">" : "<td>").append(esc(row.get(i).text()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c); // XML forbids the other control characters
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The font files, copied once out of the jar: PDFBox reads a file in place, where a stream of 10 MB would be
     * read into memory for every PDF.
     */
    private static final class Fonts {
        static final File REGULAR = copy("Regular");
        static final File BOLD = copy("Bold");

        private static File copy(String weight) {
            try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONTS + weight + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("Noto Sans SC " + weight + " is missing from the class path");
                }
                File file = Files.createTempFile("duban-noto-sans-sc-", ".ttf").toFile();
                file.deleteOnExit();
                Files.copy(in, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
