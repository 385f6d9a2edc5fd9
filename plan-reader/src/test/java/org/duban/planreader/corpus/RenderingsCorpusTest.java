package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanReader;
import org.duban.planreader.TaskDraft;
import org.junit.jupiter.api.Test;

/**
 * Every corpus table copied with a pipe between cells (its truth's shape {@code table-pipe-rows}), laid out the other
 * ways copies lay tables out (tabs between cells; one cell a line, an empty cell a line of a space; one cell a
 * paragraph; Markdown with its rule under the header), reads as the pipes read: the same tasks with the same content,
 * units and days. A copy's layout is the publisher's accident, not the plan's; the issue asks for tables "in every
 * rendering". Only the table's lines change; the rest of the text stays as it is.
 */
class RenderingsCorpusTest {

    /**
     * Renderings that must read as their pipes. History: 92 of 156 when this was first measured (the session after
     * stop 35), 100 after that session's three rules for tables copied one cell per line (an item's code in its 编号
     * column; a long header cell between header words; a last unknown header word before the first row's number);
     * 104 in the session after stop 36, once an empty cell after a section's last row no longer ended the table (t04
     * one cell a line and one a paragraph); 108 once a row the text ends inside kept what is visible of it (ax02, l01
     * and p02's last rows); 110 once an empty last header cell, a line of a space, was a column (ab10); 111 once a
     * header row broken over two lines of tabs was one row (ak07); 152 of 240 in the session after stop 47, the floor
     * brought up to what the corpus's later batches and their rules had made it; 158 as the session after stop 48
     * began, 166 after its rules for tables copied one cell a line (hours alone and a stage with its time in brackets are
     * time cells, a site's index above or below is no part of the table) and with tabs (rows that lost their merged
     * cells, a section's heading between rows), and once the renderings laid out a row of one or two cells closed by
     * a pipe ("4.加强行政执法信息公开。 | 市场执法股 |") as they lay out every other row, where they had kept it in pipes.
     * Raised as the reader improves; never lowered for a change to the reader.
     */
    static final int FLOOR = 166;

    private static final String SHAPE = "\"shape\": \"table-pipe-rows\"";

    @Test
    void aPipeTableLaidOutAnotherWayReadsAsItsPipesDo() throws IOException {
        PlanReader reader = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099));
        int same = 0;
        int all = 0;
        StringBuilder report = new StringBuilder("| notice | tabs | cell a line | cell a paragraph | markdown |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (Path txt : CorpusTest.notices()) {
            String truth = Files.readString(txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".json")));
            if (!truth.contains(SHAPE)) {
                continue;
            }
            String text = CorpusTest.withoutSourceLine(Files.readString(txt, StandardCharsets.UTF_8));
            String piped = signature(reader.readText(text));
            if (piped.isEmpty()) {
                continue;
            }
            report.append("| ").append(txt.getFileName().toString().replace(".txt", ""));
            for (String laidOut : renderings(text).values()) {
                boolean readsTheSame = signature(reader.readText(laidOut)).equals(piped);
                same += readsTheSame ? 1 : 0;
                all++;
                report.append(" | ").append(readsTheSame ? "same" : "**differs**");
            }
            report.append(" |\n");
        }
        report.append("\n").append(same).append(" of ").append(all).append(" renderings read as their pipes.\n");
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "renderings-report.md"), report.toString());
        System.out.println(report);

        assertThat(all).as("renderings made").isGreaterThan(0);
        assertThat(same).as("renderings that read as their pipes (of " + all + ")").isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void aRenderingKeepsEveryCellInItsPlace() {
        Map<String, String> laidOut = renderings("表\n序号 | 任务 | 牵头单位 |\n1 | 宣传 | |\n一、培训 |\n");

        assertThat(laidOut.get("tabs")).isEqualTo("表\n序号\t任务\t牵头单位\n1\t宣传\t\n一、培训\n");
        assertThat(laidOut.get("cell a line")).isEqualTo("表\n序号\n任务\n牵头单位\n1\n宣传\n \n一、培训\n");
        assertThat(laidOut.get("cell a paragraph"))
                .isEqualTo("表\n序号\n\n任务\n\n牵头单位\n\n1\n\n宣传\n\n \n\n一、培训\n\n");
        assertThat(laidOut.get("markdown"))
                .isEqualTo("表\n| 序号 | 任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 宣传 |  |\n| 一、培训 |\n");
    }

    /**
     * Fields right over the pipe tables copied as a PDF copies them: one cell a line, each cell broken where its column
     * (18 characters) is full. History: 914 of the 1706 the pipes read when first measured (the session after stop 48
     * began), 1236 after its rule that a line stopping inside a sentence at the longest length goes on in the next
     * (1246 before the rule learned that a column of days as long as each other is no wrapped cell).
     * Raised as the reader improves; never lowered for a change to the reader.
     */
    static final int WRAPPED_FLOOR = 1236;

    @Test
    void aPipeTableCopiedFromAPdfWithItsCellsBrokenAtTheirWidthKeepsItsFields() throws IOException {
        int[] right = CorpusCopies.fieldsRight(json -> json.contains(SHAPE), (n, text) -> wrapped(text, 18));
        System.out.println("pipe tables: " + right[0] + " fields right; copied from a PDF, cells wrapped: " + right[1]);

        assertThat(right[1]).as("fields right of the " + right[0] + " the pipes read")
                .isGreaterThanOrEqualTo(WRAPPED_FLOOR);
    }

    @Test
    void aWrappedRenderingBreaksEachCellAtItsWidth() {
        assertThat(wrapped("表\n序号 | 任务 | 牵头单位 |\n1 | 开展质量宣传 | |\n", 4))
                .isEqualTo("表\n序号\n任务\n牵头单位\n1\n开展质量\n宣传\n \n");
    }

    /**
     * Fields right over the pipe tables copied as a web page's table is copied as plain text: each row a line, one
     * space between its cells (two around a cell left empty). History: 1364 of the 1706 the pipes read when first
     * measured (the session after stop 49), 1466 once a header whose short words were set out a character at a time
     * ("时 间", "工 作 内 容") spelt its words again. Raised as the reader improves; never lowered for a change to the
     * reader.
     */
    static final int SPACED_FLOOR = 1466;

    @Test
    void aPipeTableCopiedWithASpaceBetweenCellsKeepsItsFields() throws IOException {
        int[] right = CorpusCopies.fieldsRight(json -> json.contains(SHAPE), (n, text) -> spaced(text));
        System.out.println("pipe tables: " + right[0] + " fields right; copied with a space between cells: "
                + right[1]);

        assertThat(right[1]).as("fields right of the " + right[0] + " the pipes read")
                .isGreaterThanOrEqualTo(SPACED_FLOOR);
    }

    @Test
    void aSpacedRenderingPutsOneSpaceBetweenCells() {
        assertThat(spaced("表\n序号 | 任务 | 牵头单位 |\n1 | 开展质量宣传 | |\n2 | | 县局 |\n"))
                .isEqualTo("表\n序号 任务 牵头单位\n1 开展质量宣传\n2  县局\n");
    }

    /** The text with each row's cells on its line a space apart, as a web page's table copied as plain text. */
    static String spaced(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(isRow(line) ? String.join(" ", cells(line)).strip() : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The text with each row's cells one a line, each cell broken every {@code width} characters, as a PDF's copy. */
    static String wrapped(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!isRow(line)) {
                out.append(line).append('\n');
                continue;
            }
            for (String cell : cells(line)) {
                for (int i = 0; i < Math.max(1, cell.length()); i += width) {
                    String piece = cell.isEmpty() ? " " : cell.substring(i, Math.min(cell.length(), i + width));
                    out.append(piece).append('\n');
                }
            }
        }
        return out.substring(0, out.length() - 1);
    }

    /** A line of cells between pipes, a row of one cell closed by its pipe too. */
    private static boolean isRow(String line) {
        return line.contains(" | ") || line.strip().endsWith(" |");
    }

    /**
     * The text four ways: each line of cells between pipes (a row of one cell too, closed by its pipe: "一、培训 |")
     * laid out again, every other line as it is.
     */
    static Map<String, String> renderings(String text) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        for (String way : List.of("tabs", "cell a line", "cell a paragraph", "markdown")) {
            out.put(way, new StringBuilder());
        }
        boolean ruled = false;
        for (String line : text.split("\n", -1)) {
            if (!isRow(line)) {
                if (!line.isEmpty() || !text.endsWith("\n")) {
                    out.values().forEach(b -> b.append(line).append('\n'));
                }
                continue;
            }
            List<String> cells = cells(line);
            out.get("tabs").append(String.join("\t", cells)).append('\n');
            for (String cell : cells) {
                out.get("cell a line").append(cell.isEmpty() ? " " : cell).append('\n');
                out.get("cell a paragraph").append(cell.isEmpty() ? " " : cell).append("\n\n");
            }
            out.get("markdown").append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (!ruled) {
                out.get("markdown").append("|").append(" --- |".repeat(cells.size())).append('\n');
                ruled = true;
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        out.forEach((way, b) -> texts.put(way, text.endsWith("\n") ? b.toString() : b.substring(0, b.length() - 1)));
        return texts;
    }

    /** The cells between a line's pipes, the pipes around the line dropped, an empty cell kept empty. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** What a reading says of each task, in order. */
    private static String signature(PlanDraft draft) {
        StringBuilder sb = new StringBuilder();
        for (TaskDraft t : draft.tasks()) {
            sb.append(t.content()).append(" | ").append(t.lead()).append(" | ").append(t.assist()).append(" | ")
                    .append(t.start()).append(" | ").append(t.end()).append('\n');
        }
        return sb.toString();
    }
}
