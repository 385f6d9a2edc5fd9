package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Text;

/**
 * A table copied row by row loses its merged cells unevenly: the row where a merged group cell ("一、以公开助力经济发展")
 * begins keeps it, the rows under it do not, so the running number stands in a different column from row to row:
 *
 * <pre>
 * 工作任务 | 具体要求 | 责任单位 | 时限要求
 * 一、以公开助力… | （一）加强… | 1 | 进一步增强… | 市政府各有关部门 | 持续推进
 * 2 | 开设行业帮扶政策公开专题… | 市政府各有关部门 | 持续推进
 * </pre>
 *
 * The rows are lined up on their number again, the lost group cells carried down from the row above, and the header
 * lined up with the cells after the number (its first word covering the group columns, a number column added).
 */
final class NumberedRows {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[.、．]?");
    /** Rows that must carry the running number before the table counts as numbered. */
    private static final int MIN_ROWS = 3;

    private NumberedRows() {
    }

    /** The rows lined up on their running number; the rows as they are where they need no lining up. */
    static List<List<String>> aligned(List<List<String>> rows) {
        if (rows.size() <= MIN_ROWS) {
            return rows;
        }
        int[] at = new int[rows.size()];
        int numbered = 0;
        int widest = 0;
        int expected = 1;
        int first = -1;
        for (int r = 1; r < rows.size(); r++) {
            at[r] = numberAt(rows.get(r), expected);
            if (at[r] >= 0) {
                numbered++;
                expected++;
                widest = Math.max(widest, at[r]);
                first = first < 0 ? r : first;
            }
        }
        // the first numbered row keeps every group cell; a section's heading above it, a row of one cell over the
        // table's width ("一、紧扣…深化政务公开", as a copy with tabs writes it), is no row of the numbering
        if (numbered < MIN_ROWS || widest == 0 || at[first] != widest || !sectionsOnly(rows.subList(1, first))) {
            return rows;
        }
        rows = numbersApart(rows, at);
        List<String> header = trimmed(rows.get(0));
        int after = 0;
        for (int r = 1; r < rows.size(); r++) {
            if (at[r] >= 0) {
                after = Math.max(after, trimmed(rows.get(r)).size() - at[r] - 1);
            }
        }
        // the header's last words name the cells after the number; the first covers the group columns, which a header
        // naming only the cells after the number (具体要求 | 责任科室) leaves unnamed
        int named = header.size() - after;
        if (after < 1 || named < 0 || named > widest + 1) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (int c = 0; c < widest; c++) {
            head.add(named == 0 ? "" : header.get(Math.min(c, named - 1)));
        }
        head.add(named > widest ? header.get(widest) : "序号");
        head.addAll(header.subList(named, header.size()));
        out.add(head);
        List<String> above = null;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = trimmed(rows.get(r));
            if (at[r] < 0) {
                out.add(row);
                continue;
            }
            List<String> cells = new ArrayList<>();
            int lost = widest - at[r];
            for (int c = 0; c < lost; c++) {
                cells.add(above == null ? "" : above.get(c));
            }
            cells.addAll(row);
            above = cells;
            out.add(cells);
        }
        return out;
    }

    private static boolean sectionsOnly(List<List<String>> rows) {
        return rows.stream()
                .allMatch(row -> trimmed(row).size() == 1 && Text.HEADING.matcher(row.get(0).strip()).find());
    }

    /** The rows with a number that opens the task's cell ("1.积极推进…") set apart in a cell of its own. */
    private static List<List<String>> numbersApart(List<List<String>> rows, int[] at) {
        List<List<String>> out = new ArrayList<>();
        out.add(rows.get(0));
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Matcher opening = at[r] < 0 ? null : Text.OPENING_NUMBER.matcher(row.get(at[r]).strip());
            if (opening == null || !opening.find()) {
                out.add(row);
                continue;
            }
            List<String> cells = new ArrayList<>(row.subList(0, at[r]));
            cells.add(opening.group(1));
            cells.add(row.get(at[r]).strip().substring(opening.end()));
            cells.addAll(row.subList(at[r] + 1, row.size()));
            out.add(cells);
        }
        return out;
    }

    /**
     * Where the row's number {@code n} stands, if it is among the row's first cells: a cell of its own, or the opening
     * of the task's cell ("1.积极推进…公开。") where the table numbers its requirements in their text.
     */
    private static int numberAt(List<String> row, int n) {
        for (int c = 0; c < Math.min(row.size(), 4); c++) {
            String cell = row.get(c).strip();
            if (NUMBER.matcher(cell).matches()) {
                return Integer.parseInt(cell.replaceAll("\\D", "")) == n ? c : -1;
            }
            Matcher opening = Text.OPENING_NUMBER.matcher(cell);
            if (opening.find()) {
                return Integer.parseInt(opening.group(1)) == n ? c : -1;
            }
        }
        return -1;
    }

    private static List<String> trimmed(List<String> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isBlank()) {
            end--;
        }
        return new ArrayList<>(row.subList(0, end));
    }
}
