package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Lines and tables of an old Word document (.doc, Word 97–2003), still what many bureaus attach. Vertically merged
 * cells are copied down into every row they cover.
 */
final class LegacyWordLayout {

    /** A field's instruction ({@code \u0013 HYPERLINK "…" \u0014}) before its shown result, and its end mark. */
    private static final java.util.regex.Pattern FIELD_CODE = java.util.regex.Pattern.compile(
            "\u0013[^\u0014\u0015]*\u0014|\u0013[^\u0015]*\u0015|\u0015");

    private LegacyWordLayout() {
    }

    static List<Block> blocks(byte[] bytes) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    blocks.add(new Block.Table(grid(table)));
                    i += Math.max(1, table.numParagraphs());
                    continue;
                }
                addLines(p.text(), blocks);
                i++;
            }
        }
        return blocks;
    }

    private static List<List<String>> grid(Table table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            List<String> row = new ArrayList<>();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                String text = clean(cell.text());
                row.add(continued && c < above.size() ? above.get(c) : text);
            }
            above = row;
            if (row.stream().anyMatch(v -> !v.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void addLines(String text, List<Block> blocks) {
        for (String line : clean(text).split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Block.Line(line.strip()));
            }
        }
    }

    /** Word's cell and paragraph marks, field codes and other control characters out; breaks kept as breaks. */
    private static String clean(String text) {
        return FIELD_CODE.matcher(text).replaceAll("").replace('\r', '\n').replace('\u000b', '\n').replaceAll("[\\u0000-\\u0009\\u000c\\u000e-\\u001f]", "")
                .lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
