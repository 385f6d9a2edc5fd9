package org.duban.planreader.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.duban.planreader.PlanReadException;
import org.duban.planreader.layout.Columns.Role;
import org.duban.planreader.text.Text;

/**
 * A PDF by where its text stands. A task table in a PDF is text at positions: its cells wrap over several lines, and
 * one space stands between columns as between words, so the text alone cannot tell them apart. A table whose borders
 * are drawn (as Word and WPS print them) is read by its ruled lines ({@link PdfGrids}), one broken over pages as one
 * table. Without borders, the header's words (序号, 活动内容, 牵头单位…) give the columns' left edges; every word below
 * goes to the column it starts in; a row starts where the number column has a number (or, without one, after a wider
 * gap). The text around tables is read as plain text, its printed lines joined into paragraphs at the margins.
 */
final class PdfLayout {

    /** Words whose baselines are this close (in points) stand on one line. */
    private static final double SAME_LINE = 3;
    private static final Pattern RUNNING_NO = Pattern.compile("^\\d{1,3}[.、．]?$");
    private static final int MIN_COLUMNS = 3;
    /** How far (in points, some two characters) a line may hang past the margin the other lines share. */
    private static final double HANGING = 24;
    /** The gap, in character heights, that is a space between Chinese characters. */
    private static final double WHOLE_CHARACTER = 0.9;

    /** A run of text the PDF placed in one go. */
    record Word(String text, int page, double x0, double x1, double y, double height) {
    }

    /** The words of one line, left to right. */
    record Line(int page, double y, List<Word> words) {

        String text() {
            StringBuilder sb = new StringBuilder();
            double spread = spread();
            Word last = null;
            for (Word w : words) {
                if (last != null) {
                    double gap = w.x0 - last.x1;
                    double space = hanzi(last, w) ? Math.max(last.height * WHOLE_CHARACTER, spread * 2
                            + last.height * 0.25) : last.height * 0.25;
                    if (gap > space) {
                        sb.append(' ');
                    }
                }
                sb.append(w.text);
                last = w;
            }
            return sb.toString();
        }

        /**
         * The gap that is usual between this line's characters: none within a run, and where a line is justified or
         * spread over its width (a signature, a heading set out) every character stands apart by about as much.
         */
        private double spread() {
            List<Double> gaps = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) {
                for (int c = 1; c < words.get(k).text.length(); c++) {
                    gaps.add(0.0);
                }
                if (k > 0) {
                    gaps.add(Math.max(0, words.get(k).x0 - words.get(k - 1).x1));
                }
            }
            if (gaps.isEmpty()) {
                return 0;
            }
            gaps.sort(null);
            return gaps.get(gaps.size() / 2);
        }

        /**
         * Whether two runs meet between Chinese characters or punctuation: a justified line spreads those apart by
         * part of a character ("李 昌 平 常 委"), which is no space; a space there is a whole character's width or more.
         */
        private static boolean hanzi(Word left, Word right) {
            return wide(left.text.charAt(left.text.length() - 1)) || wide(right.text.charAt(0));
        }

        /** A Chinese character, or the punctuation and full-width forms set among them. */
        private static boolean wide(char c) {
            return c >= '\u3400' && c <= '\u9fff' || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
        }

        double height() {
            return words.stream().mapToDouble(Word::height).max().orElse(10);
        }
    }

    private PdfLayout() {
    }

    /** "2/18": a PDF's way of numbering its pages besides those of {@link Text#isPageNumber}. */
    private static final Pattern PAGE_OF = Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");
    /** A line that opens with an outline's number or a rule's article starts a paragraph of its own. */
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "^(?:附件|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．](?!\\d)"
                    + "|第[一二三四五六七八九十百]{1,4}[章条节])");

    private static boolean isPageNumber(String line) {
        return Text.isPageNumber(line) || PAGE_OF.matcher(line).matches();
    }

    /**
     * Where each page's text lines begin and end: a paragraph's first line is indented (two characters, as official
     * documents set them), its other lines start at the left margin, and all but its last run to the right one.
     */
    private record Margins(Map<Integer, Page> byPage) {

        /** A page's margins, and whether it sets its paragraphs' first lines in (two characters, as documents do). */
        private record Page(double left, double right, boolean indented) {
        }

        static Margins of(List<Line> lines) {
            Map<Integer, List<Double>> lefts = new HashMap<>();
            Map<Integer, List<Double>> rights = new HashMap<>();
            for (Line l : lines) {
                if (l.words().isEmpty()) {
                    continue;
                }
                lefts.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l.words().get(0).x0());
                rights.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l.words().get(l.words().size() - 1).x1());
            }
            Map<Integer, Page> byPage = new HashMap<>();
            lefts.forEach((page, xs) -> {
                double left = -edge(xs, -1);
                boolean indented = xs.stream().filter(x -> x - left > 15 && x - left < 40).count() >= 2;
                byPage.put(page, new Page(left, edge(rights.get(page), 1), indented));
            });
            return new Margins(byPage);
        }

        /**
         * The edge (right for 1, left for −1) that most lines share among those within a character or two of the
         * farthest: a line may hang its closing mark past the margin (。，), and one set apart is not where the page's
         * lines end. The farthest of all where no two share one so near.
         */
        private static double edge(List<Double> xs, int side) {
            List<Double> sorted = xs.stream().map(x -> x * side).sorted(Comparator.reverseOrder()).toList();
            double best = sorted.get(0);
            int most = 1;
            for (int k = 0; k < sorted.size() && sorted.get(0) - sorted.get(k) <= HANGING; k++) {
                int shared = 0;
                for (int j = k; j < sorted.size() && sorted.get(k) - sorted.get(j) <= 2; j++) {
                    shared++;
                }
                if (shared > most) {
                    best = sorted.get(k);
                    most = shared;
                }
            }
            return best;
        }

        /** Whether {@code next} goes on with the paragraph {@code line} is the wrapped line of. */
        boolean runsOn(Line line, Line next) {
            if (line.words().isEmpty() || next.words().isEmpty() || next.page() - line.page() > 1) {
                return false;
            }
            Page here = byPage.get(line.page());
            Page there = byPage.get(next.page());
            if (!there.indented() && NUMBER_FIRST.matcher(next.text().strip()).lookingAt()) {
                // on a page that sets no paragraph in, a number at the margin opens one; where paragraphs are set in,
                // one at the margin after a full line is the line before going on ("…；4.与省政府衔接…；" / "5.编写…")
                return false;
            }
            double right = line.words().get(line.words().size() - 1).x1();
            double left = next.words().get(0).x0();
            return right >= here.right() - line.height() * 1.5 && left <= there.left() + next.height() * 0.5
                    // a wide page of few lines (a title, a date) has no margins to go by
                    && here.right() - here.left() > line.height() * 10;
        }
    }

    static List<Block> blocks(byte[] bytes) throws IOException {
        List<Word> words;
        List<PdfGrids.Grid> grids = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            words = words(pdf);
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                int n = ++number;
                grids.addAll(PdfGrids.of(n, PdfRulings.of(page), words.stream().filter(w -> w.page() == n).toList()));
            }
        }
        if (words.stream().allMatch(w -> w.text().isBlank())) {
            throw new PlanReadException(PlanReadException.Reason.NOT_TEXT,
                    "这份 PDF 没有可提取的文字（可能是扫描件图片），请上传原始文档或粘贴文字。"
                            + " This PDF has no text layer (a scan?): upload the original or paste the text.");
        }
        // the words of a ruled table are read by its grid; a page's number is furniture between the lines of a
        // paragraph it splits
        List<Line> all = lines(words.stream().filter(w -> grids.stream().noneMatch(g -> g.holds(w))).toList());
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            String t = all.get(k).text().strip();
            // a number alone at a page's foot or head ("3") is its number too
            boolean edgeOfPage = k == 0 || k == all.size() - 1 || all.get(k - 1).page() != all.get(k).page()
                    || all.get(k + 1).page() != all.get(k).page();
            if (!isPageNumber(t) && !(edgeOfPage && LONE_NUMBER.matcher(t).matches())) {
                lines.add(all.get(k));
            }
        }
        // a table's lines count for the page's margins: they run as wide as the page's text does
        Margins margins = Margins.of(lines(words));
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Line last = null;
        int i = 0;
        int g = 0;
        int lastGrid = -1;
        PdfGrids.Grid previous = null; // the grid that made the last table, its columns the table's
        while (i < lines.size() || g < grids.size()) {
            if (g < grids.size() && (i == lines.size() || before(grids.get(g), lines.get(i)))) {
                blocks.addAll(TextLayout.blocks(text.toString()));
                text.setLength(0);
                last = null;
                PdfGrids.Grid grid = grids.get(g++);
                List<List<String>> more = previous != null && lastGrid == blocks.size() - 1
                        && grid.page() == previous.page() + 1 ? grid.under(previous) : null;
                if (more != null) {
                    // a table going on over a page break, nothing between: its columns where the page before had them
                    blocks.set(lastGrid, new Block.Table(goneOn(((Block.Table) blocks.get(lastGrid)).rows(), more)));
                    previous = new PdfGrids.Grid(grid.page(), grid.top(), grid.bottom(), previous.edges(), List.of());
                } else {
                    blocks.add(new Block.Table(grid.rows()));
                    lastGrid = blocks.size() - 1;
                    previous = grid;
                }
                continue;
            }
            Line top = lines.get(i);
            if (previous != null && lastGrid == blocks.size() - 1 && text.isEmpty() && g < grids.size()
                    && top.page() == previous.page() + 1 && grids.get(g).page() == top.page()
                    && previous.spans(top) && grids.get(g).under(previous) != null) {
                // the rest of a row the page broke, above the grid that goes on with the table (no border drawn over
                // it): each word goes on with the cell of the last row it stands under
                Block.Table broken = (Block.Table) blocks.get(lastGrid);
                List<List<String>> rows = new ArrayList<>(broken.rows());
                rows.set(rows.size() - 1, previous.withWords(rows.get(rows.size() - 1), top));
                blocks.set(lastGrid, new Block.Table(rows));
                i++;
                continue;
            }
            TableAt table = tableAt(lines, i);
            if (table == null) {
                Line line = lines.get(i);
                if (last != null && margins.runsOn(last, line)) {
                    // the line before ran to the right margin and this one starts at the left: one paragraph wrapped
                    text.setLength(text.length() - 1);
                }
                text.append(line.text()).append('\n');
                last = line;
                i++;
                continue;
            }
            last = null;
            blocks.addAll(TextLayout.blocks(text.toString()));
            text.setLength(0);
            blocks.add(table.table);
            i = table.next;
        }
        blocks.addAll(TextLayout.blocks(text.toString()));
        return blocks;
    }

    /**
     * A table's rows and the rows of its part on the next page: Word repeats the header there, and a row the page broke
     * goes on in a first row with no number of its own where the rows above hold theirs.
     */
    private static List<List<String>> goneOn(List<List<String>> above, List<List<String>> below) {
        List<List<String>> rows = new ArrayList<>(above);
        List<List<String>> more = below.get(0).equals(rows.get(0)) ? below.subList(1, below.size()) : below;
        List<String> broken = rows.get(rows.size() - 1);
        int number = 0;
        while (number < broken.size() && !LONE_NUMBER.matcher(broken.get(number).strip()).matches()) {
            number++;
        }
        if (!more.isEmpty() && number < broken.size() && more.get(0).get(number).isBlank()
                && more.get(0).stream().anyMatch(c -> !c.isBlank())) {
            List<String> whole = new ArrayList<>();
            for (int c = 0; c < broken.size(); c++) {
                String rest = more.get(0).get(c);
                // a cell merged over the rows the page broke is written again on the next page
                whole.add(broken.get(c).endsWith(rest) ? broken.get(c) : broken.get(c) + rest);
            }
            rows.set(rows.size() - 1, whole);
            more = more.subList(1, more.size());
        }
        rows.addAll(more);
        return rows;
    }

    private static boolean before(PdfGrids.Grid grid, Line line) {
        return grid.page() < line.page() || grid.page() == line.page() && grid.top() < line.y();
    }

    private static List<Word> words(PDDocument pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                // where the ink starts and ends: a paragraph set in by full-width spaces (　　一、…) starts after them
                int from = 0;
                int to = positions.size() - 1;
                while (from < to && positions.get(from).getUnicode().isBlank()) {
                    from++;
                }
                while (to > from && positions.get(to).getUnicode().isBlank()) {
                    to--;
                }
                TextPosition first = positions.get(from);
                TextPosition last = positions.get(to);
                words.add(new Word(text.strip(), getCurrentPageNo(), first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                        Math.max(first.getHeightDir(), 1)));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return words;
    }

    static List<Line> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(Word::page).thenComparingDouble(Word::y).thenComparingDouble(Word::x0));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : sorted) {
            if (!current.isEmpty() && (w.page != current.get(0).page || Math.abs(w.y - current.get(0).y) > SAME_LINE)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        List<Word> byX = new ArrayList<>(words);
        byX.sort(Comparator.comparingDouble(Word::x0));
        return new Line(words.get(0).page, words.get(0).y, byX);
    }

    private record TableAt(Block.Table table, int next) {
    }

    /** The table whose header is line {@code at}, read down to where the text stops fitting its columns. */
    private static TableAt tableAt(List<Line> lines, int at) {
        Line header = lines.get(at);
        List<Role> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (Word w : header.words()) {
            Role role = Columns.roleOf(w.text());
            if (role == null) {
                return null;
            }
            roles.add(role);
            names.add(w.text());
            starts.add(w.x0());
        }
        if (roles.stream().filter(r -> r != Role.OTHER).count() < MIN_COLUMNS || !roles.contains(Role.CONTENT)
                || !(roles.contains(Role.LEAD) || roles.contains(Role.TIME))) {
            return null;
        }
        double tolerance = header.height();
        int numberColumn = roles.indexOf(Role.NO);
        List<List<StringBuilder>> rows = new ArrayList<>();
        List<double[]> lastRight = new ArrayList<>();
        double[] widest = new double[starts.size()];
        double lastY = header.y();
        int page = header.page();
        int i = at + 1;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() == page && line.y() - lastY > line.height() * 4) {
                break;
            }
            if (sameHeader(line, names)) {
                // a table going on over a page repeats its header
                page = line.page();
                lastY = line.y();
                continue;
            }
            String[] cells = new String[starts.size()];
            double[] right = new double[starts.size()];
            boolean fits = true;
            for (Word w : line.words()) {
                int c = columnOf(w, starts, tolerance);
                if (c < 0 || c + 1 < starts.size() && w.x1() > starts.get(c + 1) + tolerance) {
                    fits = false;
                    break;
                }
                cells[c] = cells[c] == null ? w.text() : cells[c] + " " + w.text();
                right[c] = Math.max(right[c], w.x1());
                widest[c] = Math.max(widest[c], w.x1());
            }
            if (!fits || numberColumn >= 0 && cells[numberColumn] != null
                    && !RUNNING_NO.matcher(cells[numberColumn]).matches()) {
                // a number does not wrap: text in the number column that is none ("二、活动要求") is the notice again
                break;
            }
            boolean startsRow = rows.isEmpty()
                    || numberColumn >= 0 && cells[numberColumn] != null && RUNNING_NO.matcher(cells[numberColumn]).matches()
                    || numberColumn < 0 && line.y() - lastY > line.height() * 2.2;
            if (startsRow) {
                List<StringBuilder> row = new ArrayList<>();
                for (int c = 0; c < starts.size(); c++) {
                    row.add(new StringBuilder());
                }
                rows.add(row);
                lastRight.add(new double[starts.size()]);
            }
            List<StringBuilder> row = rows.get(rows.size() - 1);
            double[] rowRight = lastRight.get(lastRight.size() - 1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    if (!row.get(c).isEmpty()) {
                        // a line that ran to the column's edge wrapped; one that stopped short was broken on purpose
                        double edge = Math.min(c + 1 < starts.size() ? starts.get(c + 1) : Double.MAX_VALUE,
                                widest[c]);
                        boolean wrapped = edge - rowRight[c] < tolerance * 2.5;
                        row.get(c).append(wrapped ? "" : "\n");
                    }
                    row.get(c).append(cells[c]);
                    rowRight[c] = right[c];
                }
            }
            lastY = line.y();
            page = line.page();
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(names);
        for (List<StringBuilder> row : rows) {
            table.add(row.stream().map(StringBuilder::toString).toList());
        }
        return new TableAt(new Block.Table(table), i);
    }

    private static boolean sameHeader(Line line, List<String> names) {
        return line.words().size() == names.size()
                && line.words().stream().map(Word::text).toList().equals(names);
    }

    /** The column a word starts in: the last column whose left edge it is at or right of. */
    private static int columnOf(Word w, List<Double> starts, double tolerance) {
        int column = -1;
        for (int c = 0; c < starts.size(); c++) {
            if (w.x0() >= starts.get(c) - tolerance) {
                column = c;
            }
        }
        return column;
    }
}
