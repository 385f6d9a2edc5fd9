package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.CharacterRun;
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
            Lists lists = new Lists();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    blocks.add(new Block.Table(grid(table, lists)));
                    i += Math.max(1, table.numParagraphs());
                    continue;
                }
                addLines(WordNumbering.numbered(lists.next(p), clean(liveText(p)), false), blocks);
                i++;
            }
        }
        return blocks;
    }

    /** ST_NumberFormat's names in the order of the old format's numbers (MSONFC: 0 decimal … 39). */
    private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};

    /**
     * The numbers an old Word document writes itself before its list paragraphs (see {@link WordNumbering} for the
     * new format): counted per list as Word counts them, each level's place in the number text (characters 0–8)
     * written in that level's format; a level counted on resets those below it.
     */
    private static final class Lists {
        /** A list's id and level → its count so far. */
        private final Map<String, Integer> counts = new HashMap<>();

        String next(Paragraph p) {
            HWPFList list;
            try {
                list = p.isInList() ? p.getList() : null;
            } catch (RuntimeException e) {
                // a list entry whose list table is missing or damaged: the text as it is
                return "";
            }
            if (list == null) {
                return "";
            }
            char level = (char) Math.max(0, Math.min(8, p.getIlvl()));
            String lsid = String.valueOf(list.getLsid());
            StringBuilder label = new StringBuilder();
            for (char c : list.getNumberText(level).toCharArray()) {
                if (c >= 9) {
                    label.append(c);
                    continue;
                }
                String key = lsid + "#" + (int) c;
                Integer count = counts.get(key);
                int n;
                if (c == level) {
                    n = count == null ? list.getStartAt(c) : count + 1;
                    counts.put(key, n);
                    for (int deeper = c + 1; deeper < 9; deeper++) {
                        counts.remove(lsid + "#" + deeper);
                    }
                } else {
                    n = count == null ? list.getStartAt(c) : count;
                }
                int format = list.getNumberFormat(c);
                label.append(WordNumbering.formatted(n, format >= 0 && format < FORMATS.length ? FORMATS[format] : "decimal"));
            }
            // bullets (23) and levels without a number (255) give none
            int format = list.getNumberFormat(level);
            return format == 23 || format >= FORMATS.length ? "" : label.toString();
        }
    }

    private static List<List<String>> grid(Table table, Lists lists) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            List<String> row = new ArrayList<>();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                String text = cellText(cell, lists);
                row.add(continued && c < above.size() ? above.get(c) : text);
            }
            above = row;
            if (row.stream().anyMatch(v -> !v.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A cell's paragraphs, each with the number Word writes before it (a 序号 column numbered by Word). */
    private static String cellText(TableCell cell, Lists lists) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < cell.numParagraphs(); k++) {
            Paragraph p = cell.getParagraph(k);
            String line = WordNumbering.numbered(lists.next(p), clean(liveText(p)), true);
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A paragraph's text as the document reads with its tracked changes accepted: a deletion Word still keeps (and
     * shows struck through) is no part of it, as in a .docx's {@code w:del}. An OA's edited plan keeps its drafts'
     * words so ("2015年35月" for 2015年5月, a title's words twice).
     */
    private static String liveText(Paragraph p) {
        boolean deletion = false;
        for (int r = 0; r < p.numCharacterRuns() && !deletion; r++) {
            deletion = p.getCharacterRun(r).isMarkedDeleted();
        }
        if (!deletion) {
            // most paragraphs hold none: their text as it is
            return p.text();
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (!run.isMarkedDeleted()) {
                sb.append(run.text());
            }
        }
        return sb.toString();
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
