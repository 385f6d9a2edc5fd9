package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.planreader.layout.Columns.Role;
import org.duban.planreader.time.TimesInText;

/**
 * A table a copy ran into one line with every separator lost, as document sites show a Word file's table: the header's
 * words one after the other, then each row opened by its running number alone, its cells run together
 * ("序号工作内容目标任务责任单位备注1将生活垃圾分类…。2021年2月底前,…。市委宣传部、市城管委…2完善…").
 *
 * <p>The header is cut into the words the vocabulary knows (each the shortest that ends as a header word does), the
 * rows at the running numbers (2, 3, … where a number stands alone between words, not a count of something), and each
 * row into pieces where its sentences end and where a time closes it; the pieces are laid into the columns by what
 * they hold, as a table lost into lines is ({@link CellStream}).
 */
final class GluedTable {

    /** What a header word ends with. */
    private static final Pattern WORD_END = Pattern.compile(".*(事项|内容|名称|任务|单位|部门|科室|股室|处室|对象|类别|方式|依据|层级|频次"
            + "|时间|时限|期限|范围|比例|备注|领导|措施|举措|要求|目标|项目|主体|领域)$");
    private static final int LONGEST_WORD = 10;
    private static final int MIN_COLUMNS = 3;
    private static final int MIN_ROWS = 2;
    /** A row's text is at least this long before the next row's number. */
    private static final int MIN_ROW = 6;
    /** What follows a number that counts something (12个, 3次, 5000人, 2021年) rather than opens a row. */
    private static final String MEASURES = "、.．%‰年月日号时点个次项家万亿千百份条名人元户所期批轮届周天分秒部台辆套张册本场级类处座栋间亩米里吨倍成批";

    private GluedTable() {
    }

    /**
     * The blocks a line holds when a table runs on after its heading ("…市政府2021年重点工作责任分工一、徐国龙副市长重点工作
     * 序号内容与要求责任单位1确保…"): the words before the header a line of their own, then the table; none without a table.
     */
    static Optional<List<Block>> within(String line) {
        Optional<Block.Table> whole = of(line);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        for (int k = line.indexOf("序号"); k > 0; k = line.indexOf("序号", k + 2)) {
            Optional<Block.Table> table = of(line.substring(k));
            if (table.isPresent()) {
                return Optional.of(List.of(new Block.Line(line.substring(0, k).strip()), table.get()));
            }
        }
        return Optional.empty();
    }

    /** The table the line holds, or none. */
    static Optional<Block.Table> of(String line) {
        String text = line.strip();
        // "序号", "编号", or a bare "序" before a header word ("序重点任务具体举措责任单位1…")
        int numberWord = text.startsWith("序号") || text.startsWith("编号") ? 2
                : text.startsWith("序") && text.length() > 1 && !Character.isDigit(text.charAt(1)) ? 1 : 0;
        if (numberWord == 0) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>(List.of(text.substring(0, numberWord)));
        int at = numberWord;
        while (at < text.length() && !Character.isDigit(text.charAt(at))) {
            String word = wordAt(text, at);
            if (word == null) {
                return Optional.empty();
            }
            header.add(word);
            at += word.length();
        }
        List<Role> roles = header.subList(1, header.size()).stream().map(CellStream::roleOrOther).toList();
        // "序号内容与要求责任单位": two columns besides the number do, when they are the work and who does it
        boolean duties = roles.size() == 2 && roles.contains(Role.CONTENT) && roles.contains(Role.LEAD);
        if (roles.size() < MIN_COLUMNS && !duties || !roles.contains(Role.CONTENT)
                || !roles.contains(Role.LEAD) && !roles.contains(Role.TIME) && !roles.contains(Role.ASSIST)) {
            return Optional.empty();
        }
        // a page break repeats the header among the rows: it is no row's text
        List<String> rowTexts = rows(text.substring(at).replace(text.substring(0, at), ""));
        if (rowTexts.size() < MIN_ROWS) {
            return Optional.empty();
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (int r = 0; r < rowTexts.size(); r++) {
            List<CellStream.Cell> cells = new ArrayList<>();
            for (String piece : pieces(rowTexts.get(r), roles.contains(Role.TIME))) {
                cells.add(new CellStream.Cell(piece, cells.size(), false));
            }
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(r + 1));
            row.addAll(CellStream.laid(cells, roles));
            table.add(row);
        }
        return Optional.of(new Block.Table(table));
    }

    /**
     * The shortest header word the vocabulary knows at {@code at}, or null; with the bare noun after it where that
     * makes a longer word ("任务" + "名称", "目标" + "内容": a 名称 or a 内容 heads no column by itself here).
     */
    private static String wordAt(String text, int at) {
        for (int end = at + 2; end <= Math.min(text.length(), at + LONGEST_WORD); end++) {
            String word = text.substring(at, end);
            if (WORD_END.matcher(word).matches() && Columns.roleOf(word) != null) {
                for (String noun : BARE_NOUNS) {
                    if (text.startsWith(noun, end) && Columns.roleOf(word + noun) != null) {
                        return word + noun;
                    }
                }
                return word;
            }
        }
        return null;
    }

    /** The nouns a wrapped header word ends with, which name nothing by themselves after another word. */
    private static final List<String> BARE_NOUNS = List.of("名称", "内容");

    /** The rows' texts, each without its number: "1…2…3…", cut where 2, 3, … stand alone as the next row's. */
    private static List<String> rows(String data) {
        List<String> rows = new ArrayList<>();
        if (!data.startsWith("1") || data.length() < 2 || Character.isDigit(data.charAt(1))) {
            return rows;
        }
        int start = 1;
        for (int n = 2; ; n++) {
            int next = nextNumber(data, String.valueOf(n), start + MIN_ROW);
            if (next < 0) {
                rows.add(data.substring(start).strip());
                return rows;
            }
            rows.add(data.substring(start, next).strip());
            start = next + String.valueOf(n).length();
        }
    }

    /** Where the number stands alone after {@code from}, between a word's end and a word, or -1. */
    private static int nextNumber(String data, String number, int from) {
        for (int at = data.indexOf(number, from); at > 0; at = data.indexOf(number, at + 1)) {
            int after = at + number.length();
            char before = data.charAt(at - 1);
            if (after >= data.length() || Character.isDigit(before) || before == '.' || before == '第'
                    || Character.isDigit(data.charAt(after)) || MEASURES.indexOf(data.charAt(after)) >= 0) {
                continue;
            }
            char first = data.charAt(after);
            if (first >= '\u4e00' && first <= '\u9fa5' || first == '（' || first == '(' || first == '“') {
                return at;
            }
        }
        return -1;
    }

    /** A row's text cut where its sentences end, and before the time that closes it where the header has a time. */
    private static List<String> pieces(String row, boolean timed) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '。') {
                pieces.add(row.substring(from, i + 1));
                from = i + 1;
            }
        }
        String last = row.substring(from).strip();
        if (timed && !last.isEmpty()) {
            List<String> times = TimesInText.allIn(last);
            String time = times.isEmpty() ? null : times.get(times.size() - 1);
            if (time != null && last.endsWith(time) && last.length() > time.length()) {
                pieces.add(last.substring(0, last.length() - time.length()));
                last = time;
            }
        }
        if (!last.isEmpty()) {
            pieces.add(last);
        }
        return pieces;
    }
}
