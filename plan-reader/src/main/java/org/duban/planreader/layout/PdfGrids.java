package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.planreader.layout.PdfLayout.Line;
import org.duban.planreader.layout.PdfLayout.Word;
import org.duban.planreader.layout.PdfRulings.Rule;
import org.duban.planreader.unit.UnitGrammar;

/**
 * The tables a page draws as grids of ruled lines: the rules that cross one another make one grid; its distinct
 * vertical rules are the column edges and its horizontal rules the row edges; a cell whose border is missing on a side
 * is merged with its neighbour there (a unit cell merged over the rows of its group, a heading across the table), and
 * its text is copied into every place it covers, as a Word table's merged cells are read. Each word goes to the cell
 * its middle stands in; a cell's lines that run to its right edge are one line wrapped.
 */
final class PdfGrids {

    /** How far apart (in points) two rules' ends or edges may be and still meet. */
    private static final double MEET = 2.5;
    private static final int MIN_EDGES = 3;
    /** The room (in points) a cell leaves between its text and its right border. */
    private static final double PADDING = 6;

    /** A grid read into rows, where it stands on its page. */
    record Grid(int page, double top, double bottom, List<Double> edges, List<List<String>> rows) {

        double left() {
            return edges.get(0);
        }

        double right() {
            return edges.get(edges.size() - 1);
        }

        /** Whether a line stands within this grid's left and right borders. */
        boolean spans(Line line) {
            return line.words().stream().allMatch(w -> w.x0() >= left() - MEET && w.x1() <= right() + MEET);
        }

        /** A row with the words of a line added to the cells they stand under. */
        List<String> withWords(List<String> row, Line line) {
            String[] pieces = new String[row.size()];
            for (Word w : line.words()) {
                int c = Math.max(0, Math.min(row.size() - 1, index(edges, across(w))));
                pieces[c] = pieces[c] == null ? w.text() : pieces[c] + w.text();
            }
            List<String> out = new ArrayList<>(row);
            for (int c = 0; c < pieces.length; c++) {
                // a cell merged over the rows the page broke is written again on the next page
                if (pieces[c] != null && !out.get(c).contains(pieces[c])) {
                    out.set(c, out.get(c) + (names(out.get(c), pieces[c]) ? "\n" : "") + pieces[c]);
                }
            }
            return out;
        }

        /**
         * This grid's rows laid under the columns of {@code above}, the part of the same table on the page before:
         * each of its columns takes the cell of this grid's column under its middle (a page may draw fewer or more
         * column edges than another, where cells split or merge). Null when the two do not stand one under the other.
         */
        List<List<String>> under(Grid above) {
            if (Math.abs(left() - above.left()) > MEET * 2 || Math.abs(right() - above.right()) > MEET * 2) {
                return null;
            }
            List<List<String>> out = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> laid = new ArrayList<>();
                for (int c = 0; c + 1 < above.edges.size(); c++) {
                    int here = Math.max(0, index(edges, (above.edges.get(c) + above.edges.get(c + 1)) / 2));
                    laid.add(row.get(Math.min(here, row.size() - 1)));
                }
                out.add(laid);
            }
            return out;
        }

        boolean holds(Word w) {
            return w.page() == page && across(w) >= left() && across(w) <= right() && down(w) >= top
                    && down(w) <= bottom;
        }
    }

    private PdfGrids() {
    }

    /** Where a word stands across: its middle. */
    private static double across(Word w) {
        return (w.x0() + w.x1()) / 2;
    }

    /** Where a word stands down: a third of its height above its baseline, inside the cell that holds it. */
    private static double down(Word w) {
        return w.y() - w.height() / 3;
    }

    /** The grids of one page's rules, each with the words in it read into its cells. */
    static List<Grid> of(int page, List<Rule> rules, List<Word> words) {
        List<Rule> horizontal = joined(rules.stream().filter(Rule::horizontal).toList(), true);
        List<Rule> vertical = joined(rules.stream().filter(r -> !r.horizontal()).toList(), false);
        List<Rule> all = new ArrayList<>(horizontal);
        all.addAll(vertical);
        int[] parent = new int[all.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int h = 0; h < horizontal.size(); h++) {
            for (int v = 0; v < vertical.size(); v++) {
                if (cross(horizontal.get(h), vertical.get(v))) {
                    parent[find(parent, h)] = find(parent, horizontal.size() + v);
                }
            }
        }
        Map<Integer, List<List<Rule>>> byRoot = new LinkedHashMap<>(); // a grid's horizontal and vertical rules
        for (int k = 0; k < all.size(); k++) {
            byRoot.computeIfAbsent(find(parent, k), r -> List.of(new ArrayList<>(), new ArrayList<>()))
                    .get(k < horizontal.size() ? 0 : 1).add(all.get(k));
        }
        List<Grid> grids = new ArrayList<>();
        for (List<List<Rule>> crossing : byRoot.values()) {
            Grid grid = grid(page, crossing.get(0), crossing.get(1), words);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static boolean cross(Rule h, Rule v) {
        return v.x0() >= h.x0() - MEET && v.x0() <= h.x1() + MEET && h.y0() >= v.y0() - MEET && h.y0() <= v.y1() + MEET;
    }

    /** Rules on one line that touch or overlap, drawn cell by cell, joined into one. */
    private static List<Rule> joined(List<Rule> rules, boolean horizontal) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble((Rule r) -> horizontal ? r.y0() : r.x0())
                .thenComparingDouble(r -> horizontal ? r.x0() : r.y0()));
        List<Rule> out = new ArrayList<>();
        for (Rule r : sorted) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && horizontal && Math.abs(last.y0() - r.y0()) <= MEET && r.x0() <= last.x1() + MEET) {
                out.set(out.size() - 1, new Rule(last.x0(), last.y0(), Math.max(last.x1(), r.x1()), last.y1()));
            } else if (last != null && !horizontal && Math.abs(last.x0() - r.x0()) <= MEET
                    && r.y0() <= last.y1() + MEET) {
                out.set(out.size() - 1, new Rule(last.x0(), last.y0(), last.x1(), Math.max(last.y1(), r.y1())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Distinct positions, those closer than {@link #MEET} taken as one. */
    private static List<Double> edges(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        List<Double> out = new ArrayList<>();
        for (double p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > MEET) {
                out.add(p);
            }
        }
        return out;
    }

    private static Grid grid(int page, List<Rule> horizontal, List<Rule> vertical, List<Word> words) {
        List<Double> xs = edges(vertical.stream().map(Rule::x0).toList());
        List<Double> ys = edges(horizontal.stream().map(Rule::y0).toList());
        if (xs.size() < MIN_EDGES || ys.size() < MIN_EDGES) {
            return null;
        }
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        int[] span = new int[rows * columns];
        for (int k = 0; k < span.length; k++) {
            span[k] = k;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double middleY = (ys.get(r) + ys.get(r + 1)) / 2;
                double middleX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < columns && !ruled(vertical, xs.get(c + 1), middleY, false)) {
                    span[find(span, r * columns + c + 1)] = find(span, r * columns + c);
                }
                if (r + 1 < rows && !ruled(horizontal, ys.get(r + 1), middleX, true)) {
                    span[find(span, (r + 1) * columns + c)] = find(span, r * columns + c);
                }
            }
        }
        Grid bounds = new Grid(page, ys.get(0), ys.get(rows), xs, List.of());
        List<List<Word>> inCell = new ArrayList<>();
        for (int k = 0; k < span.length; k++) {
            inCell.add(new ArrayList<>());
        }
        for (Word w : words) {
            if (!bounds.holds(w)) {
                continue;
            }
            int r = Math.max(0, index(ys, down(w)));
            int c = Math.max(0, index(xs, across(w)));
            inCell.get(find(span, r * columns + c)).add(w);
        }
        double[] right = new double[span.length]; // a merged cell's right border: its rightmost place's
        for (int k = 0; k < span.length; k++) {
            int root = find(span, k);
            right[root] = Math.max(right[root], xs.get(k % columns + 1));
        }
        String[] texts = new String[span.length]; // a merged cell's text, read once for every place it covers
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int root = find(span, r * columns + c);
                if (texts[root] == null) {
                    texts[root] = text(inCell.get(root), right[root]);
                }
                row.add(texts[root]);
            }
            if (row.stream().anyMatch(cell -> !cell.isBlank())) {
                table.add(row);
            }
        }
        if (table.size() < 2) {
            return null;
        }
        return new Grid(page, bounds.top(), bounds.bottom(), xs, table);
    }

    /** Names of bodies one a line, which stay apart however far each runs ("计划财务处 / 规划处"). */
    private static boolean names(String line, String next) {
        return UnitGrammar.endsLikeAName(line.strip()) && UnitGrammar.isUnitName(next.strip());
    }

    /** Whether a rule at {@code at} (x of a vertical rule, y of a horizontal one) passes {@code across}. */
    private static boolean ruled(List<Rule> rules, double at, double across, boolean horizontal) {
        for (Rule r : rules) {
            double position = horizontal ? r.y0() : r.x0();
            double from = horizontal ? r.x0() : r.y0();
            double to = horizontal ? r.x1() : r.y1();
            if (Math.abs(position - at) <= MEET && across >= from - MEET && across <= to + MEET) {
                return true;
            }
        }
        return false;
    }

    /** The interval of {@code edges} that {@code p} falls in. */
    private static int index(List<Double> edges, double p) {
        for (int k = edges.size() - 2; k >= 0; k--) {
            if (p >= edges.get(k)) {
                return k;
            }
        }
        return -1;
    }

    /** A cell's words as its lines read: a line that runs to the cell's right edge goes on in the next. */
    private static String text(List<Word> words, double right) {
        if (words.isEmpty()) {
            return "";
        }
        List<Line> lines = PdfLayout.lines(words);
        // a character's width (PDF heights run short of the type's size): a wrapped line stops less than two short
        double em = words.stream().mapToDouble(w -> (w.x1() - w.x0()) / w.text().length()).max().orElse(10);
        StringBuilder sb = new StringBuilder();
        Line last = null;
        for (Line line : lines) {
            if (last != null) {
                double end = last.words().get(last.words().size() - 1).x1();
                sb.append(right - end < em * 2 + PADDING && !names(last.text(), line.text()) ? "" : "\n");
            }
            sb.append(line.text().strip());
            last = line;
        }
        return sb.toString();
    }
}
