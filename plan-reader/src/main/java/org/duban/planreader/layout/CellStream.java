package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.layout.Columns.Role;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.TimeKind;
import org.duban.planreader.time.TimeText;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/**
 * A table that a web page or a copy lost into running text, one cell per line or one cell per paragraph (blank lines
 * between), with or without pipes around the cells, and without any reliable mark where a row ends:
 *
 * <pre>
 * 序号 / 活动内容 / 活动时间 / 牵头部门 / 协助部门 / 1 / 制作、群发…短信 / 9月1日-2日 / 质量安全监督管理股 / (empty) / 2 / …
 * </pre>
 *
 * The header is found by its words. Rows are told apart by a line that opens with a pipe where the copy marks row
 * starts so, else by the running number in the number column (a copy often loses empty cells, so counting cells is
 * not enough), else by counting. The cells of a row are laid into the columns in order, each where it fits best by
 * what it holds (a time, a list of units, text), so a lost empty cell or a cell broken over two lines still lands in
 * its column. Columns before the number column (a unit merged over all rows) carry down to the rows that lost them.
 */
final class CellStream {

    /** A line that starts the notice's next part ends the table: "四、活动要求", "附件", "备注：". */
    private static final Pattern PART_HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+[、.．]|附件|联系人|抄送|备注|注[:：])");
    private static final Pattern SECTION = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分阶段])");
    private static final Pattern RUNNING_NO = Pattern.compile("^(\\d{1,3})[.、．]?$");
    private static final Pattern PIPES = Pattern.compile("^[\\s|｜]+|[\\s|｜]+$");
    private static final int MIN_COLUMNS = 3;
    private static final Pattern ROLE_WORDS = Pattern.compile("(分别|共同|按职责分工|按职责)?(牵头|负责|配合|协助|参与)(落实|负责|实施)?(?=$|[，,；;、\\s])");
    /** What a row's lost group cell costs, under a header that names the task twice. */
    private static final double GROUP_LOST = -0.5;
    /** How many rows a merged number cell may stand for. */
    private static final int MAX_ROWS_PER_NUMBER = 12;
    /**
     * A title ("科普日活动方案") or a labelled field ("时间：9月") is no header cell; a column of the plan's steps
     * ("工作举措及实施计划", "进度计划") is.
     */
    private static final Pattern NO_HEADER = Pattern.compile("(?<!实施|进度|推进)(方案|计划|通知|要点)[一二三四五六七八九十\\d]*$|[:：]\\s*\\S");
    /**
     * A header fragment that goes on from the one before: "抽查比例 / 及频次", "抽查主体 / (层级)", and a note whose
     * closing bracket the copy lost, "发起方式 / (牵头指导".
     */
    private static final Pattern CONTINUES = Pattern.compile("^([及和与、/／]|[（(][^）)]{1,6}([）)]|$))");
    /** Short header words the vocabulary does not know ("抽查类型") are allowed between known ones, this many. */
    private static final int MAX_UNKNOWN_HEADERS = 3;
    /**
     * No task table has more columns (the corpus's widest has 17): a "header" of more is a page's words run together,
     * the same few over and over (检查主体 抽查检查 …), and laying rows under 57 columns took minutes.
     */
    private static final int MAX_COLUMNS = 30;
    /** A header wrapped over lines is at most this many fragments. */
    private static final int MAX_HEADER_FRAGMENTS = 60;

    /**
     * A cell as the text gave it.
     *
     * @param opensRow the line opened with a pipe, as copies that mark row starts write the first cell of a row
     */
    record Cell(String text, int line, boolean opensRow) {
        boolean empty() {
            return text.isBlank();
        }
    }

    /** A table read from {@code from}, and the first line after it. */
    record Found(Block.Table table, int next) {
    }

    private CellStream() {
    }

    /**
     * Reads the table whose header starts at line {@code from}, if the lines there are a header of at least three
     * table words (with a task column and a unit or time column).
     */
    static Found at(List<String> lines, int from) {
        boolean paragraphs = false;
        boolean blankInHeader = false;
        List<int[]> pipeLines = new ArrayList<>(); // where a line of pipes alone stood: before which fragment, how many
        List<String> fragments = new ArrayList<>();
        List<Integer> fragmentLines = new ArrayList<>();
        for (int i = from; i < lines.size() && fragments.size() < MAX_HEADER_FRAGMENTS; i++) {
            String raw = lines.get(i);
            if (raw.isEmpty()) {
                paragraphs |= !fragments.isEmpty();
                continue;
            }
            String cell = PIPES.matcher(raw).replaceAll("");
            if (cell.isEmpty()) {
                if (!fragments.isEmpty() && raw.strip().chars().allMatch(ch -> ch == '|')) {
                    pipeLines.add(new int[] {fragments.size(), raw.strip().length()});
                }
                continue;
            }
            boolean between = longCellBeforeAHeaderWord(cell, fragments, lines, i)
                    || wrapsIntoAHeaderWord(cell, lines, i);
            if (Repair.withoutReadings(cell).replaceAll("\\s", "").length() > MAX_HEADER_WORD && !between
                    || RUNNING_NO.matcher(cell).matches() || NO_HEADER.matcher(cell).find()
                    || !fragments.isEmpty() && !maybeHeader(cell) && Columns.roleOf(cell) == null && !between) {
                break;
            }
            if (fragments.size() >= MIN_COLUMNS && bare(cell).length() > MAX_HEADER_CELL && rowGoesOn(lines, i + 1)
                    && wholeHeader(fragments)) {
                // "活动内容 / 时间 / 牵头单位 / 配合单位 / 召开质量月活动启动仪式 / 9月1日": a long cell after a whole header,
                // with a row's cell after it, is the first row's, though it names an activity as a header word does
                // ("…抽查比例 / 信用风险分类监管要求 / 抽查时间段" goes on in header words)
                break;
            }
            blankInHeader |= paragraphs;
            fragments.add(cell);
            fragmentLines.add(i);
        }
        Header parsed = header(fragments);
        if (parsed == null || parsed.cells().size() > MAX_COLUMNS) {
            return null;
        }
        parsed = withWordsBeforeTheFirstRow(parsed, fragments, lines, fragmentLines);
        List<String> header = stacked(parsed.cells());
        int lastKnownLine = fragmentLines.get(parsed.fragments() - 1);
        header = partsUnderTheirCell(header, lines, lastKnownLine);
        int rowBreak = rowBreak(pipeLines, fragments.size());
        if (rowBreak > 0) {
            Header upper = header(fragments.subList(0, rowBreak));
            List<String> lower = lowerRow(fragments.subList(rowBreak, fragments.size()));
            List<String> under = upper == null || upper.fragments() != rowBreak || lower == null ? null
                    : underItsCell(upper.cells(), lower);
            if (under != null) {
                header = under;
                lastKnownLine = fragmentLines.get(fragments.size() - 1);
            }
        }
        int emptyCell = emptyCellAfter(lines, lastKnownLine, paragraphs);
        if (rowBreak <= 0 && emptyCell > 0 && parsed.fragments() == fragments.size()) {
            // "内 容 / 时 间 / 地 点 / (a space)": the header's last cell is empty (a note column no one named), written
            // as a line of a space as the rows write theirs; it is a column all the same
            header.add("");
            lastKnownLine = emptyCell;
        }
        if (rowBreak <= 0 && firstRowsGroupCell(header, fragments.subList(0, parsed.fragments()), lines, lastKnownLine)) {
            // 「分类 / 序号 / 事项 / 责任单位 / 牵头单位 / 发展目标 / 1」: the first row's merged group cell stands right
            // before its number, and names the work as a header word does
            header.remove(header.size() - 1);
            lastKnownLine = fragmentLines.get(parsed.fragments() - 2);
        }
        int lastKnown = header.size();
        List<Role> roles = new ArrayList<>(header.stream().map(CellStream::roleOrOther).toList());
        for (int c = 0; c < header.size(); c++) {
            if (Columns.measuredIn(header, c)) {
                roles.set(c, Role.OTHER);
            }
        }
        if (!roles.contains(Role.CONTENT)) {
            // "民生实事", "检查项目名": the one column the vocabulary does not know is what is to be done
            for (int c = 0; c < header.size(); c++) {
                if (Columns.roleOf(header.get(c)) == null) {
                    roles.set(c, Role.CONTENT);
                    break;
                }
            }
        }
        // "检查对象 | 检查依据 | 执行科室 | … | 初步检查时间": no column of the work, each row's object is its check (the
        // table's reader takes it so); its cells name bodies (律师事务所, 公证处), and are told apart as no task's are
        boolean objects = Columns.checkedObjects(header, roles) >= 0;
        boolean unitsAndDuties = roles.equals(List.of(Role.LEAD, Role.CONTENT));
        boolean knownColumns = header.stream().filter(h -> Columns.roleOf(h) != null).count() >= MIN_COLUMNS;
        // "时间 / 活动内容 / 活动地点": a schedule, its place a column the vocabulary knows though it names no role
        boolean schedule = roles.contains(Role.TIME) && roles.contains(Role.CONTENT) && knownColumns;
        // "目标任务 / 责任领导 / 责任单位": the work and who does it, beside a column the vocabulary knows as no role's
        boolean duties = roles.contains(Role.LEAD) && roles.contains(Role.CONTENT) && knownColumns;
        if (!objects && (roles.stream().filter(r -> r != Role.OTHER).count() < MIN_COLUMNS && !unitsAndDuties
                && !schedule && !duties || !usable(roles))) {
            return null;
        }
        // a header one cell a line, its rows blocks of one cell a line with an empty line between: the empty lines end rows
        boolean blocks = paragraphs && !blankInHeader && rowsInBlocks(lines, lastKnownLine + 1);
        // a day's hours wrapped under it join its cell only where one column holds the time (日期 | 时间 hold two)
        boolean hoursJoinTheDay = roles.stream().filter(r -> r == Role.TIME).count() == 1;
        List<Cell> cells = cells(lines, lastKnownLine + 1, paragraphs && !blocks, blocks, hoursJoinTheDay);
        if (!roles.contains(Role.NO)) {
            // "工作任务 | 具体要求 | 责任科室 | 时限要求" over rows "强化…公开 | 1 | 对…清理 | 办公室 | 年底前": the rows are
            // numbered though the header names no number column (a merged group cell often stands before it)
            int at = numberColumn(cells, roles);
            if (at >= 0) {
                roles.add(at, Role.NO);
                header.add(at, "序号");
            }
        }
        List<List<String>> rows;
        long opened = cells.stream().filter(Cell::opensRow).count();
        if (opened >= 2) {
            rows = byOpeningPipe(roles, cells);
        } else if (roles.contains(Role.NO)) {
            rows = byNumberedTask(roles, cells);
            rows = rows != null ? rows : byRunningNumber(roles, cells);
            if (rows == null && !roles.contains(Role.LEAD) && !roles.contains(Role.TIME)) {
                return null; // a table of no units and no time is a task table by its running number only
            }
            if (rows == null) {
                // a number column of codes ("2023001", "001号"), not 1, 2, 3: the rows are cut by what their cells hold
                rows = bySegments(roles, cells);
            }
        } else {
            rows = roles.get(0) == Role.TIME ? byOpeningDay(roles, cells) : null;
            if (rows == null) {
                rows = bySegments(roles, cells);
            }
        }
        if (unitsAndDuties && rows != null) {
            rows = unitsWithDuties(rows);
        }
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        int lastLine = lastLineOf(rows, cells);
        List<String> cut = cutOffRow(lines, lastLine + 1, rows, roles);
        if (cut != null) {
            rows.add(cut);
            lastLine = lines.size() - 1;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        table.addAll(rows);
        return new Found(new Block.Table(table), lastLine + 1);
    }

    /**
     * 「相关部门 | 职责分工 / 区公安分局 | 维护考点周边安全… / 区教育局 | 负责高考、中考的具体组织…」: a table of two
     * columns, the body and its duty, as a 责任清单 page sets out who does what; the rows run while each opens with the
     * name of a body and goes on with more than a name (the page going on after the table, 「相关依据 相关依据 / 《关于…》」,
     * opens with a site's label).
     */
    private static List<List<String>> unitsWithDuties(List<List<String>> rows) {
        int n = 0;
        while (n < rows.size() && UnitGrammar.isUnitName(rows.get(n).get(0).strip())
                && Columns.roleOf(rows.get(n).get(0)) == null
                && !rows.get(n).get(1).isBlank() && !UnitGrammar.isUnitName(rows.get(n).get(1).strip())) {
            n++;
        }
        return n < 2 ? null : rows.subList(0, n);
    }

    /** How long a header word is that never ends a wrapped cell. */
    private static final int WHOLE_WORD = 4;

    /** How long a line may be and still be a header's fragment. */
    private static final int MAX_HEADER_WORD = 12;
    /** How long a header cell no vocabulary knows may be, where a header word follows it. */
    private static final int MAX_LONG_HEADER_CELL = 24;
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，,。；;：:]");

    /**
     * 「检查主体 / 市县统一实施或市县分别实施 / 责任科室」: a long header cell the vocabulary does not know, between header
     * words, is the header's still; the header goes on past it to the word after it.
     */
    private static boolean longCellBeforeAHeaderWord(String cell, List<String> fragments, List<String> lines, int at) {
        String bare = Repair.withoutReadings(cell).replaceAll("\\s", "");
        if (fragments.isEmpty() || bare.length() <= MAX_HEADER_WORD || bare.length() > MAX_LONG_HEADER_CELL
                || SENTENCE_MARKS.matcher(bare).find()
                || A_DIGIT.matcher(bare).find() || !Columns.isHeaderWord(fragments.get(fragments.size() - 1))) {
            return false;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            String next = PIPES.matcher(lines.get(i)).replaceAll("");
            if (!next.isEmpty()) {
                return Columns.isHeaderWord(Repair.withoutReadings(next));
            }
        }
        return false;
    }

    /** How long a header word's first piece may be, where the cell wrapped. */
    private static final int WRAPPED_PIECE = 3;

    /**
     * 「执行 / 处室」, 「抽查 / 比例」: a short piece that, with the line after it, makes a header word, though by itself it
     * reads as something else (执行 ends as a bank's name does).
     */
    private static boolean wrapsIntoAHeaderWord(String cell, List<String> lines, int at) {
        String piece = cell.replaceAll("\\s", "");
        int next = at + 1;
        while (next < lines.size() && PIPES.matcher(lines.get(next)).replaceAll("").isBlank()) {
            next++; // one cell a paragraph: the empty lines between
        }
        if (piece.length() > WRAPPED_PIECE || next >= lines.size()) {
            return false;
        }
        String rest = PIPES.matcher(lines.get(next)).replaceAll("").replaceAll("\\s", "");
        return rest.length() <= WRAPPED_PIECE && Columns.isHeaderWord(piece + rest);
    }

    /** The header's cells and how many of the fragments they took. */
    private record Header(List<String> cells, int fragments) {
    }

    /**
     * Whether a header piece goes on the cell before it whatever it says: a word that continues one
     * ({@code CONTINUES}), or a cell's last letter wrapped alone onto a line of its own ("责任科单 / 位").
     */
    private static boolean goesOn(String piece) {
        return piece.strip().length() <= 1 || CONTINUES.matcher(piece).find();
    }

    /**
     * A header whose cells wrapped ("抽查 / 比例", "检查对 / 范围") comes as fragments, one per line: they are joined
     * back into cells so that the known words come out best, a fragment that names nothing joining its neighbour.
     * The header ends with its last cell that names a column.
     */
    private static Header header(List<String> fragments) {
        int n = fragments.size();
        if (n == 0) {
            return null;
        }
        double[] best = new double[n + 1];
        int[] cut = new int[n + 1];
        // a short piece the header has twice ("任务开始 / 时间", "任务结束 / 时间"; "责任 / 领导", "责任 / 科室") is half
        // of two wrapped cells: no header names two columns the same
        Set<String> twice = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String f : fragments) {
            String bare = f.replaceAll("\\s", "");
            if (bare.length() <= 4 && !seen.add(bare)) {
                twice.add(bare);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = Double.NEGATIVE_INFINITY;
            for (int t = 1; t <= 6 && i + t <= n; t++) {
                if (t > 3 && !letterSpaced(fragments.subList(i, i + t))) {
                    break; // "工 作 任 务": a word spaced out letter by letter is one cell of as many letters
                }
                if (t > 1 && fragments.get(i + t - 2).replaceAll("\\s", "").length() > 3
                        && !goesOn(fragments.get(i + t - 1))
                        && !(t == 2 && namesTheColumn(fragments.get(i), fragments.get(i + 1)))
                        && !twice.contains(fragments.get(i + t - 1).replaceAll("\\s", ""))) {
                    // only a short piece ("抽查", "检查对") is the start of a wrapped cell; "民生实事" is a cell
                    break;
                }
                if (t > 1 && Columns.isExactWord(fragments.get(i + t - 1))
                        && fragments.get(i + t - 1).replaceAll("\\s", "").length() >= WHOLE_WORD) {
                    // 「行业 / 牵头部门」: a header word of four letters or more the vocabulary has as it stands is a
                    // cell of its own; a wrapped cell's last line is a short noun (名称, 时间, 比例)
                    break;
                }
                String cell = String.join("", fragments.subList(i, i + t));
                double score = (t == 1 && twice.contains(cell.replaceAll("\\s", "")) ? -2 : headerScore(cell)) + best[i + t];
                if (t > 1 && fragments.subList(i, i + t).stream().filter(f -> twice.contains(f.replaceAll("\\s", ""))).count() > 1) {
                    break; // one piece of each wrapped cell repeats, never two
                }
                if (t == 2 && (namesTheColumn(fragments.get(i), fragments.get(i + 1))
                        || oneRoleWrapped(fragments.get(i), fragments.get(i + 1), cell))) {
                    // "抽查任务 / 名称", "实施抽查 / 时间段": a bare noun after a longer piece ends its cell; "牵头 / 部门"
                    score += 3.5;
                }
                if (t > 1 && twice.contains(fragments.get(i + t - 1).replaceAll("\\s", ""))) {
                    score += 0.5; // the repeated piece is more often the column's noun, at the end
                }
                if (t > 1 && Columns.roleOf(cell) != Columns.roleOf(fragments.get(i + t - 1))
                        && !goesOn(fragments.get(i + t - 1))) {
                    // a header names its column last ("任务开始 / 时间"): the last piece says what a wrapped cell is
                    score -= 3;
                }
                if (score > best[i]) {
                    best[i] = score;
                    cut[i] = t;
                }
            }
        }
        List<String> cells = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < n; i += cut[i]) {
            cells.add(String.join("", fragments.subList(i, i + cut[i])));
            ends.add(i + cut[i]);
        }
        int last = -1;
        for (int c = 0; c < cells.size(); c++) {
            if (Columns.roleOf(cells.get(c)) != null) {
                last = c;
            }
        }
        return last < 0 ? null : new Header(new ArrayList<>(cells.subList(0, last + 1)), ends.get(last));
    }

    /**
     * A two-row header ("责任单位" merged over "牵头单位 | 配合单位", "完成时间" over "开始时间 | 结束时间") lost into lines
     * comes as the upper row's cells, then the lower row's: the last cells share a head noun, and stand in place of the
     * nearest upper cell that names it.
     */
    private static List<String> stacked(List<String> header) {
        int n = header.size();
        String noun = headNoun(header.get(n - 1));
        int k = 0;
        // only the vocabulary's own role words ("牵头单位 | 配合单位", "开始时间 | 结束时间"), as a header's lower row has
        // them: "一般事项 | 重点事项" under "事项类别" mark a row's kind, and stand too loosely to be told from data
        while (noun != null && k < n && noun.equals(headNoun(header.get(n - 1 - k))) && roleWord(header.get(n - 1 - k))) {
            k++;
        }
        if (noun == null || k < 2 || k >= n) {
            return header;
        }
        for (int x = n - 1 - k; x >= 0; x--) {
            // the nearest upper cell that names the noun: "责任单位", "责任单位（部门）"
            if (Hans.simplified(header.get(x)).replaceAll("\\s", "").contains(noun)) {
                List<String> out = new ArrayList<>(header.subList(0, x));
                out.addAll(header.subList(n - k, n));
                out.addAll(header.subList(x + 1, n - k));
                return out;
            }
        }
        return header;
    }

    /**
     * 「序号 / 抽查项目 / 检查对象 / … / 完成时限 / 抽查事项名称 / 抽查内容」 over rows of one cell fewer: a cell of the upper row
     * (抽查项目) spans the lower row's words, which open with its first two letters and come last. They stand in its place
     * where the rows say so: the first opens with 1, the second with 2 after as many cells as that header has.
     */
    private static List<String> partsUnderTheirCell(List<String> header, List<String> lines, int lastKnownLine) {
        int n = header.size();
        String last = header.get(n - 1).replaceAll("\\s", "");
        if (n < MIN_COLUMNS + 2 || last.length() < 2) {
            return header;
        }
        int k = 0;
        while (k < n && header.get(n - 1 - k).replaceAll("\\s", "").startsWith(last.substring(0, 2))) {
            k++;
        }
        if (k < 2 || k >= n) {
            return header;
        }
        int spanning = TextLayout.spanningCell(header.subList(0, n - k), header.subList(n - k, n));
        if (spanning < 0 || !secondRowAfter(lines, lastKnownLine, n - k + 1)) {
            return header;
        }
        List<String> out = new ArrayList<>(header.subList(0, spanning));
        out.addAll(header.subList(n - k, n));
        out.addAll(header.subList(spanning + 1, n - k));
        return out;
    }

    /** Whether the cells after a header, one a line, open with 1 and again with 2 after {@code width} cells. */
    private static boolean secondRowAfter(List<String> lines, int lastKnownLine, int width) {
        int seen = 0;
        for (int i = lastKnownLine + 1; i < lines.size() && seen <= width; i++) {
            String cell = PIPES.matcher(lines.get(i)).replaceAll("");
            if (cell.isBlank()) {
                continue;
            }
            if (seen == 0 && !cell.equals("1") || seen == width) {
                return seen == width && cell.equals("2");
            }
            seen++;
        }
        return false;
    }

    /**
     * The fragment where a header's second row begins: after a line of pipes that ends a row ("||" where a lone pipe
     * parts the cells, a lone pipe where each cell closes its own), or -1.
     */
    private static int rowBreak(List<int[]> pipeLines, int fragments) {
        long lone = pipeLines.stream().filter(p -> p[1] == 1).count();
        boolean separated = lone * 2 >= fragments - 1;
        for (int[] p : pipeLines) {
            if ((separated ? p[1] >= 2 : p[1] >= 1) && p[0] >= MIN_COLUMNS && p[0] < fragments) {
                return p[0];
            }
        }
        return -1;
    }

    /** A header's second row: two to six short words, each a cell; null otherwise. */
    private static List<String> lowerRow(List<String> fragments) {
        if (fragments.size() < 2 || fragments.size() > 6
                || fragments.stream().anyMatch(f -> f.replaceAll("\\s", "").length() > 8)) {
            return null;
        }
        return fragments;
    }

    /**
     * "检查对象" merged over "对象范围 | 抽查比例 | 频次": the lower row stands in place of the upper cell that shares a word
     * of two letters with the lower row's first cell, its earliest such word, the last such cell; null when none does.
     */
    private static List<String> underItsCell(List<String> upper, List<String> lower) {
        String first = Hans.simplified(lower.get(0)).replaceAll("\\s|[（(][^）)]*[）)]", "");
        // the lower word's own head first: "对象范围" goes under "检查对象", not under "执法人员范围"
        for (int i = 0; i + 2 <= first.length(); i++) {
            for (int x = upper.size() - 1; x >= 0; x--) {
                String up = Hans.simplified(upper.get(x)).replaceAll("\\s|[（(][^）)]*[）)]", "");
                if (up.contains(first.substring(i, i + 2))) {
                    List<String> out = new ArrayList<>(upper.subList(0, x));
                    out.addAll(lower);
                    out.addAll(upper.subList(x + 1, upper.size()));
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * 「序号 / 具体工作任务和要求 / 责任领导 / 责任单位 / 落实情况 / 1」: short words no vocabulary knows after the header's
     * last known cell, right before the first row's number, are the header's last cells still, where the header opens
     * with the number column (each row then opens with its number, so nothing of a row stands before it).
     */
    private static Header withWordsBeforeTheFirstRow(Header parsed, List<String> fragments, List<String> lines,
            List<Integer> fragmentLines) {
        int known = parsed.fragments();
        if (known == fragments.size() || fragments.size() - known > MAX_UNKNOWN_HEADERS
                || Columns.roleOf(parsed.cells().get(0)) != Role.NO) {
            return parsed;
        }
        for (String f : fragments.subList(known, fragments.size())) {
            if (!Columns.isUnknownWord(f)) {
                return parsed;
            }
        }
        for (int i = fragmentLines.get(fragments.size() - 1) + 1; i < lines.size(); i++) {
            String next = PIPES.matcher(lines.get(i)).replaceAll("");
            if (!next.isEmpty()) {
                Matcher no = RUNNING_NO.matcher(next);
                if (!no.matches() || Integer.parseInt(no.group(1)) != 1) {
                    return parsed;
                }
                List<String> cells = new ArrayList<>(parsed.cells());
                cells.addAll(fragments.subList(known, fragments.size()));
                return new Header(cells, fragments.size());
            }
        }
        return parsed;
    }

    /**
     * Whether the header's last cell is the first row's group cell: the header has one column before its number
     * column (a category merged over rows, which only the first row of its group keeps), its last cell is one line
     * that names work again after the content column, and the row's number comes right after it.
     */
    private static boolean firstRowsGroupCell(List<String> header, List<String> fragments, List<String> lines,
            int lastLine) {
        List<Role> roles = header.stream().map(CellStream::roleOrOther).toList();
        int last = header.size() - 1;
        if (header.size() < 4 || roles.indexOf(Role.NO) != 1 || roles.get(last) != Role.CONTENT
                || roles.subList(2, last).stream().noneMatch(r -> r == Role.CONTENT)
                || !header.get(last).equals(fragments.get(fragments.size() - 1))) {
            return false;
        }
        for (int i = lastLine + 1; i < lines.size(); i++) {
            String cell = PIPES.matcher(lines.get(i)).replaceAll("");
            if (!cell.isEmpty()) {
                Matcher no = RUNNING_NO.matcher(cell);
                return no.matches() && no.group(1).equals("1");
            }
        }
        return false;
    }

    private static boolean roleWord(String cell) {
        Role role = Columns.roleOf(cell);
        return role != null && role != Role.OTHER && role != Role.CONTENT && Columns.isExactWord(cell);
    }

    /** "牵头单位" → "单位", "檢查事項(內容)" → "事项": the last two letters of a header word, null for a shorter one. */
    private static String headNoun(String cell) {
        String c = Hans.simplified(cell).replaceAll("\\s|[（(][^）)]*[）)]", "");
        return c.length() < 3 ? null : c.substring(c.length() - 2);
    }

    private static final Pattern BARE_NOUN = Pattern.compile("名称|时间段|时间|期限|时限");

    /** "抽查任务 / 名称", "实施抽查 / 时间段": a wrapped cell's last line a bare noun that names what the column holds. */
    private static boolean namesTheColumn(String first, String second) {
        String a = first.replaceAll("\\s", "");
        return a.length() >= 4 && !BARE_NOUN.matcher(a).find() && BARE_NOUN.matcher(second.strip()).matches();
    }

    /**
     * "牵头 / 部门", "责任 / 单位": a role word and the noun of the bodies, each a column of the same role by itself,
     * that together make a header word as the vocabulary has it, are one cell wrapped (no header sets two columns of
     * one role side by side, the second named only 部门).
     */
    private static boolean oneRoleWrapped(String first, String second, String joined) {
        Role role = Columns.roleOf(joined);
        return role != null && role != Role.OTHER && Columns.isExactWord(joined) && Columns.roleOf(first) == role
                && Columns.roleOf(second) == role;
    }

    private static boolean letterSpaced(List<String> fragments) {
        return fragments.stream().allMatch(f -> f.strip().length() == 1);
    }

    private static double headerScore(String cell) {
        if (CONTINUES.matcher(cell).find()) {
            return -2;
        }
        Role role = Columns.roleOf(cell);
        if (role == null) {
            return -1.5;
        }
        if (role == Role.OTHER) {
            return 1;
        }
        return Columns.isExactWord(cell) ? 3 : 2;
    }

    /** Whether the next line with words holds a row's cell: neither a header's word nor a row's running number. */
    private static boolean rowGoesOn(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String cell = PIPES.matcher(lines.get(i)).replaceAll("");
            if (!cell.isEmpty()) {
                return !maybeHeader(cell) && Columns.roleOf(cell) == null && !RUNNING_NO.matcher(cell).matches();
            }
        }
        return false;
    }

    /** Whether the fragments are a header already: their cells name a task column and a unit or time column. */
    private static boolean wholeHeader(List<String> fragments) {
        Header h = header(fragments);
        if (h == null || h.fragments() != fragments.size()) {
            return false;
        }
        List<Role> roles = h.cells().stream().map(CellStream::roleOrOther).toList();
        return roles.stream().filter(r -> r != Role.OTHER).count() >= MIN_COLUMNS && usable(roles);
    }

    /** The longest a header's cell is, without its bracketed note. */
    private static final int MAX_HEADER_CELL = 8;

    /**
     * A cell without spaces and without its bracketed note: "(信用风险分类)要求" counts as 要求. (What the pattern
     * {@code \s|[（(][^）)]*[）)]} took out, in one pass: every line of a text is asked this, some many times.)
     */
    static String bare(String cell) {
        StringBuilder kept = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            int skip = Text.isPatternSpace(c) ? i : c == '（' || c == '(' ? noteEnd(cell, i) : -1;
            if (skip >= 0 && kept == null) {
                kept = new StringBuilder(cell.length()).append(cell, 0, i);
            }
            if (skip >= 0) {
                i = skip;
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? cell : kept.toString();
    }

    /** Where the note opened at {@code open} closes (the first closing bracket after it), or -1 where none does. */
    private static int noteEnd(String cell, int open) {
        for (int i = open + 1; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A short cell without digits that is neither a unit nor a time: a header word the vocabulary lacks; or the
     * period a progress table reports over before what it reports (1-10月推进情况, 2022年度任务目标).
     */
    private static boolean maybeHeader(String cell) {
        String c = bare(cell);
        Matcher period = PERIOD_REPORTED.matcher(c);
        if (period.matches()) {
            return period.group(1).length() <= MAX_HEADER_CELL;
        }
        return c.length() <= MAX_HEADER_CELL && !c.matches(".*\\d.*") && !UnitGrammar.isUnitName(c) && !looksLikeTime(c);
    }

    /** "1-10月推进情况", "1-9月份工作完成情况", "2022年度任务目标": a period, then what a column reports over it. */
    private static final Pattern PERIOD_REPORTED = Pattern.compile(
            "(?:\\d{4}年度?|\\d{1,2}[-—~至]\\d{1,2}月份?)(\\p{IsHan}*(?:情况|进度|进展|成效|目标|任务|计划))");

    static Role roleOrOther(String header) {
        Role r = Columns.roleOf(header);
        return r == null ? Role.OTHER : r;
    }

    /** "海东市乐都区林业和草原局2025年度行政检查计划表": a table's title, the year's plan or list it is. */
    private static final Pattern NEXT_TABLES_TITLE = Pattern.compile(
            "^[^，,。；;：:|]{4,60}(?:计划表|清单|一览表|分解表|分工表|安排表|任务表|台账)$");

    /** Whether the next lines, two at least, are header words, each on its own. */
    private static boolean headerFollows(List<String> lines, int from) {
        int words = 0;
        for (int i = from; i < lines.size() && words < 2; i++) {
            String line = PIPES.matcher(lines.get(i)).replaceAll("");
            if (line.isBlank()) {
                continue;
            }
            if (!Columns.isHeaderWord(line)) {
                return false;
            }
            words++;
        }
        return words == 2;
    }

    /**
     * A task column with a unit or a time column, or with a number column: an activity table or a spot-check list
     * that names no unit ("序号 / 抽查事项 / 事项类别 / 抽查内容 / 抽查依据"), whose rows are then cut by their running number.
     */
    private static boolean usable(List<Role> roles) {
        return roles.contains(Role.CONTENT)
                && (roles.contains(Role.LEAD) || roles.contains(Role.TIME) || roles.contains(Role.NO));
    }

    /**
     * The cells after the header up to where the notice goes on. In a page of paragraphs an empty line only
     * separates (the lines of one paragraph are one cell), and an empty cell is a line of nothing but spaces or a
     * lone pipe; one cell per line makes every empty line an empty cell.
     */
    private static List<Cell> cells(List<String> lines, int from, boolean paragraphs, boolean blocks,
            boolean hoursJoinTheDay) {
        List<Cell> cells = new ArrayList<>();
        boolean joinable = false;
        boolean pipeSeparated = pipeSeparated(lines, from);
        boolean closed = !pipeSeparated && !paragraphs && closedByPipes(lines, from);
        for (int i = from; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (pipeSeparated && isLonePipe(raw) && (i == from || !isLonePipe(lines.get(i - 1)))) {
                continue; // the pipe after a cell only closes it; a second one in a row is an empty cell
            }
            if (closed && PIPE_RUN.matcher(raw).matches()) {
                // every cell closed by its pipe ("抽查事项 |"): a line of pipes alone is as many empty cells
                for (int k = 0; k < raw.strip().length(); k++) {
                    cells.add(new Cell("", i, false));
                }
                continue;
            }
            if (raw.isEmpty()) {
                joinable = false;
                if (!paragraphs && !blocks) {
                    cells.add(new Cell("", i, false));
                }
                continue;
            }
            // 「一、围绕服务经济和保障民生抓好主动公开 |」: where every cell closes with its pipe, a heading closed so is one
            // of the table's section rows, whatever words it holds; the notice going on after the table has no pipe
            if (NEXT_TABLES_TITLE.matcher(raw.strip()).matches() && headerFollows(lines, i + 1)
                    || TextLayout.SITE_INDEX_ROW.matcher(raw).lookingAt()) {
                // 「…2025年度行政检查计划表 / 序号 / 单位名称 / …」: the next table's title over its header ends this one;
                // so does the site's index right under the last row (「索引号: / 1137…/2022-04772 / 成文日期:」)
                break;
            }
            if (PART_HEADING.matcher(raw).find() && !isSectionRow(raw)
                    && !(closed && raw.strip().endsWith("|") && isSectionCell(PIPES.matcher(raw).replaceAll("")))) {
                break;
            }
            String text = PIPES.matcher(raw.replace('\u00a0', ' ')).replaceAll("");
            boolean opens = raw.stripLeading().startsWith("|") && !text.isEmpty();
            if (paragraphs && joinable && !text.isEmpty() && !opens) {
                Cell last = cells.remove(cells.size() - 1);
                cells.add(new Cell(last.text() + "\n" + text, i, last.opensRow()));
                continue;
            }
            if (hoursJoinTheDay && !opens && !cells.isEmpty() && TIME_OF_DAY.matcher(text.strip()).matches()
                    && looksLikeTime(cells.get(cells.size() - 1).text().strip())) {
                // "11月12日 / 上午 / 9:00-9:30": a schedule's time cell wrapped after its day, the hours on lines below
                Cell last = cells.remove(cells.size() - 1);
                cells.add(new Cell(last.text() + " " + text.strip(), i, last.opensRow()));
                continue;
            }
            cells.add(new Cell(text, i, opens));
            joinable = paragraphs && !text.isEmpty();
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).empty()) {
            cells.remove(cells.size() - 1);
        }
        return unwrapped(cells);
    }

    /** How long a line broken at a column's width is at least. */
    private static final int WRAP_WIDTH = 12;
    /** How many lines must stop inside a sentence at the longest length before it is a column's width. */
    private static final int MIN_WRAPPED = 3;
    /** A line that stops inside a sentence: after a comma or a word, not a sentence's end or a label's colon. */
    private static final Pattern MID_SENTENCE = Pattern.compile("[，,、\\p{IsHan}]$");

    /**
     * 「5.聚焦我中心工作,切实加强重大政策实施的发布解读。要开展深 / 入宣传阐释,精心组织策划,及时发布权威信息,积极开展多角度、 /
     * 全方位、立体化、多频次的深度解读。」: a table copied from a PDF breaks each cell where its column is full, so its lines
     * stop inside a sentence at its column's width; the widest column's lines are the longest of all. Where three
     * lines or more, each of other words, stop so at the longest length, each goes on in the next, unless the next
     * opens a point or a row, or is a time or units.
     */
    private static List<Cell> unwrapped(List<Cell> cells) {
        // a mirror's pinyin readings (經(jīng)營) are no part of a line's length on the page
        int widest = 0;
        for (Cell cell : cells) {
            widest = cell.text().indexOf('\n') < 0 ? Math.max(widest, onPage(cell.text())) : widest;
        }
        Set<String> full = new HashSet<>();
        for (Cell cell : cells) {
            if (onPage(cell.text()) >= widest - 1 && stopsInside(cell.text()) && !looksLikeTime(cell.text())) {
                full.add(cell.text()); // "2022年11月30日前": whole cells of a column of times, as long as each other
            }
        }
        if (full.size() < MIN_WRAPPED) {
            return cells; // lines of other words each: a cell said again in every row is no wrap
        }
        List<Cell> out = new ArrayList<>();
        boolean goesOn = false;
        for (Cell cell : cells) {
            String t = cell.text();
            if (goesOn && !cell.empty() && !cell.opensRow() && point(cell) < 0 && number(cell) < 0 && !isSectionCell(t)
                    && !namesOrTimes(t)) {
                Cell last = out.remove(out.size() - 1);
                out.add(new Cell(last.text() + t, cell.line(), last.opensRow()));
            } else {
                out.add(cell);
            }
            goesOn = full.contains(t);
        }
        return out;
    }

    private static boolean namesOrTimes(String text) {
        return looksLikeTime(text) || UnitGrammar.unitShare(Hans.simplified(Repair.withoutReadings(text))) >= 0.5;
    }

    private static int onPage(String line) {
        return line.indexOf('(') < 0 ? line.length() : Repair.withoutReadings(line).length();
    }

    private static boolean stopsInside(String line) {
        return line.length() >= WRAP_WIDTH && line.indexOf('\n') < 0 && MID_SENTENCE.matcher(line).find();
    }

    /** The line of an empty cell (a line of blanks) right after {@code line}, empty lines between aside; else -1. */
    private static int emptyCellAfter(List<String> lines, int line, boolean paragraphs) {
        int i = line + 1;
        while (paragraphs && i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i < lines.size() && !lines.get(i).isEmpty() && lines.get(i).isBlank() ? i : -1;
    }

    /** How many paragraphs after a header tell whether they are rows (several lines each) or cells (one line each). */
    private static final int BLOCK_SAMPLE = 8;

    /**
     * Whether the paragraphs after a header are rows, one cell a line, rather than cells: most of the first few hold
     * several lines, as a page that writes each row as a paragraph and each cell as a line break gives them.
     */
    private static boolean rowsInBlocks(List<String> lines, int from) {
        int paragraphs = 0;
        int several = 0;
        int run = 0;
        for (int i = from; i <= lines.size() && paragraphs < BLOCK_SAMPLE; i++) {
            if (i == lines.size() || lines.get(i).isEmpty()) {
                if (run > 0) {
                    paragraphs++;
                    several += run > 1 ? 1 : 0;
                }
                run = 0;
            } else {
                run++;
            }
        }
        return paragraphs >= 2 && several * 3 >= paragraphs * 2;
    }

    /** How many lines after a header tell whether its cells are separated by lines of a lone pipe. */
    private static final int PIPE_SAMPLE = 24;

    /** Cells one per line with a line of a lone "|" after each, as a page that lost its table markup writes them. */
    private static boolean pipeSeparated(List<String> lines, int from) {
        int pipes = 0;
        int texts = 0;
        for (int i = from; i < Math.min(lines.size(), from + PIPE_SAMPLE); i++) {
            if (isLonePipe(lines.get(i))) {
                pipes++;
            } else if (!lines.get(i).isBlank()) {
                texts++;
            }
        }
        return pipes >= 3 && pipes >= texts - 1;
    }

    private static final Pattern PIPE_RUN = Pattern.compile("\\s*\\|{2,}\\s*");

    /** Cells one per line, each closed by a pipe ("学校安全管理工作的监督检查 |"), as a page's table copied cell by cell. */
    private static boolean closedByPipes(List<String> lines, int from) {
        int closed = 0;
        int texts = 0;
        for (int i = from; i < Math.min(lines.size(), from + PIPE_SAMPLE); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.chars().allMatch(ch -> ch == '|')) {
                continue;
            }
            texts++;
            if (t.endsWith("|")) {
                closed++;
            }
        }
        return texts >= 6 && closed * 4 >= texts * 3;
    }

    private static boolean isLonePipe(String line) {
        return line.strip().equals("|");
    }

    /** A section row's length: "一、围绕省市区党委政府中心工作,提升重点领域信息公开质量" is one (26). */
    private static final int MAX_SECTION_ROW = 40;

    /** "一、宣传活动" inside a table is a section row; "四、活动要求" after it is the notice going on. */
    private static boolean isSectionRow(String line) {
        String t = line.strip();
        return t.length() <= MAX_SECTION_ROW && !t.matches(".*(要求|保障|措施|领导|组织|其他|附件|联系|备注).*")
                && SECTION.matcher(t).find();
    }

    /** A section row's one cell: "一、围绕中心工作抓好主动公开", "(二)以公开保障和改善民生". */
    private static boolean isSectionCell(String text) {
        return text.length() <= 40 && SECTION.matcher(text).find();
    }

    /** Rows begin where a line opens with a pipe. */
    private static List<List<String>> byOpeningPipe(List<Role> roles, List<Cell> cells) {
        List<List<String>> rows = new ArrayList<>();
        int start = -1;
        for (int j = 0; j <= cells.size(); j++) {
            if (j == cells.size() || cells.get(j).opensRow()) {
                if (start >= 0) {
                    List<Cell> row = withoutEmptyEnds(cells.subList(start, j));
                    rows.add(laid(row, roles));
                }
                start = j;
            }
        }
        return rows;
    }

    private static List<Cell> withoutEmptyEnds(List<Cell> row) {
        int end = row.size();
        while (end > 1 && row.get(end - 1).empty()) {
            end--;
        }
        return row.subList(0, end);
    }

    /**
     * Rows by their running number. The cells between two numbers are the rest of one row and the columns before
     * the number column of the next; those carry down from the row above when a merged cell left them empty.
     */
    private static List<List<String>> byRunningNumber(List<Role> roles, List<Cell> cells) {
        int p = roles.indexOf(Role.NO);
        List<Role> after = roles.subList(p + 1, roles.size());
        List<Role> before = roles.subList(0, p);
        List<List<String>> rows = new ArrayList<>();
        int at = indexOfNumber(cells, 0, 1, roles.size() * 4);
        // 「序号 | 目标任务 | … / 6 | 农村常住居民… | … | 52 | 建成高标准农田…」: the rows drawn out of a longer list (a
        // government's key work, one bureau's share) keep that list's numbers; they open right under the header and
        // rise, though not one by one (a header word the vocabulary lacks, 是否达到序时进度, may stand before the first)
        boolean drawnOut = false;
        for (int j = 0; at < 0 && before.isEmpty() && j < Math.min(2, cells.size()); j++) {
            if (number(cells.get(j)) > 1) {
                at = j;
                drawnOut = true;
            }
        }
        if (at < 0) {
            return null;
        }
        List<String> prefix = before.isEmpty() ? List.of() : laid(cells.subList(0, at), before);
        int expected = number(cells.get(at));
        int whole = 0; // how many rows from the first held exactly a cell per column
        int opening = 0; // how many cells the row held that opened the group of rows it heads
        while (at >= 0) {
            int nextNo = expected + 1;
            int next = -1;
            int section = -1;
            // several rows may share a number cell merged over them
            int limit = Math.min(cells.size(), at + 1 + roles.size() * MAX_ROWS_PER_NUMBER + 2);
            // a table that skips a number ("2", then "4": a row taken out) goes on with the one after, where it stands
            // a whole row on (a count of 4 inside the row is no row's number)
            int skippedAt = -1;
            for (int j = at + 1; j < limit; j++) {
                if (number(cells.get(j)) == nextNo) {
                    next = j;
                    break;
                }
                if (skippedAt < 0 && number(cells.get(j)) == nextNo + 1 && j - at > after.size()) {
                    skippedAt = j;
                }
                String t = cells.get(j).text();
                if (SECTION.matcher(t).find() && t.length() <= 40 && j + 1 < cells.size()
                        && number(cells.get(j + 1)) > 0) {
                    // 「4 | … | 6 | … | (三)聚焦监督管理 | 7」: the row after a skipped number ends before the next section,
                    // which stands over the rows after it
                    if (skippedAt < 0) {
                        section = j;
                        next = j;
                    }
                    break;
                }
            }
            if (next < 0 && section < 0 && skippedAt >= 0) {
                next = skippedAt;
                nextNo++;
            }
            for (int j = at + 2; drawnOut && next < 0 && section < 0 && j < limit; j++) {
                if (number(cells.get(j)) > expected) {
                    next = j; // the next row of the drawn-out list, however far its number jumps
                    nextNo = number(cells.get(j));
                }
            }
            List<String> row = new ArrayList<>(prefix);
            row.add(cells.get(at).text().replaceAll("[.、．]$", ""));
            List<String> nextPrefix = List.of();
            List<List<String>> merged = before.isEmpty()
                    ? underMergedNumber(after, cells.subList(at + 1, next < 0 ? cells.size() : next)) : null;
            if (merged != null) {
                row.addAll(merged.get(0));
                rows.add(row);
                for (List<String> more : merged.subList(1, merged.size())) {
                    List<String> unnumbered = new ArrayList<>();
                    unnumbered.add("");
                    unnumbered.addAll(more);
                    rows.add(unnumbered);
                }
                if (next < 0) {
                    break;
                }
                at = next;
                expected = nextNo;
                continue;
            }
            int end = next < 0 ? cells.size() : next;
            if (next < 0 && whole >= 2 && whole == rows.size() && cells.size() - at - 1 > after.size()) {
                end = at + 1 + after.size(); // every row so far kept every cell: so does the last, and the text goes on
            }
            if (before.isEmpty() && end - at - 1 == after.size() && (whole >= 2 && whole == rows.size()
                    || cells.subList(at + 1, end).stream().filter(Cell::empty).count() >= 2)) {
                // the copy kept every cell of the row, its empty ones too ("2 | 普通话推广… | ||||||||"): one per column
                cells.subList(at + 1, end).forEach(c -> row.add(c.text()));
            } else if (next < 0) {
                List<Cell> rest = cells.subList(at + 1, rowEnd(cells, at + 1, after.size()));
                row.addAll(laid(rest, after));
            } else {
                List<Role> both = new ArrayList<>(after);
                // a group's text before the number ("强化…公开 | 1 | …") is often merged over rows and lost: it may be missing
                before.forEach(r -> both.add(r == Role.CONTENT ? Role.OTHER : r));
                List<String> laid = laid(cells.subList(at + 1, next), both);
                row.addAll(laid.subList(0, after.size()));
                nextPrefix = laid.subList(after.size(), laid.size());
            }
            if (next >= 0 && before.isEmpty() && next - at - 1 == after.size() && whole == rows.size()) {
                whole++;
            }
            // a row holding fewer cells than the row that opened its group lost them to cells merged over both (not
            // the last row, which a cut page may have left short); any other row opens a group of its own
            int held = next - at - 1;
            boolean lostToMerged = next >= 0 && before.isEmpty() && !rows.isEmpty() && held < opening
                    && held < after.size() && mergedFromAbove(row, rows.get(rows.size() - 1), after);
            if (!lostToMerged) {
                opening = held;
            }
            rows.add(row);
            if (next < 0) {
                break;
            }
            prefix = carried(nextPrefix, prefix);
            if (section >= 0) {
                // the section row names the group of the rows below it: the group of the rows above ends there
                prefix = prefix.stream().map(c -> "").toList();
                String heading = cells.get(section).text();
                List<String> sectionRow = new ArrayList<>();
                for (int c = 0; c < roles.size(); c++) {
                    sectionRow.add(heading);
                }
                rows.add(sectionRow);
                at = section + 1;
                expected = number(cells.get(at));
            } else {
                at = next;
                expected = nextNo;
            }
        }
        return rows;
    }

    /**
     * The cells up to the next number hold more than one row where the number (and often a category) was merged over
     * several: they are cut into rows where they fit best. Null when they are one row.
     */
    private static List<List<String>> underMergedNumber(List<Role> after, List<Cell> gap) {
        long filled = gap.stream().filter(c -> !c.empty()).count();
        // "第六条 / 农业农村部负责…工作。 / 省、自治区…工作。": a law quoted article by article, paragraph by paragraph,
        // in the basis cell is that one cell, however many lines it takes
        for (int j = 1; j < gap.size(); j++) {
            if (!gap.get(j).empty() && quotedLawGoesOn(gap.get(j - 1).text(), gap.get(j).text())) {
                filled--;
            }
        }
        if (filled <= after.size() * 3 / 2 + 1) {
            return null;
        }
        List<List<String>> rows = bySegments(after, gap);
        return rows.size() > 1 ? rows : null;
    }

    /** A cited article's words after its number, a paragraph after a paragraph, an article after a paragraph. */
    private static boolean quotedLawGoesOn(String before, String text) {
        return ARTICLE_END.matcher(before).find() || SENTENCE_END.matcher(before).find()
                && (SENTENCE_END.matcher(text).find() || ARTICLE_END.matcher(text).find());
    }

    /**
     * A row under cells merged over it and the rows above ("1 | 公共文化服务 | “两馆一站”… | 12月底前 | 夏俊贵 | 文化宣传股 /
     * 2 | 全年组织… | 文化宣传股文化馆 / 3 | 开展好…"): its empty time and unit columns take the row above's, as the table
     * shows them. Whether any did.
     */
    private static boolean mergedFromAbove(List<String> row, List<String> above, List<Role> after) {
        boolean any = false;
        // a row that has a time of its own laid elsewhere was read wrong, not merged
        boolean timed = row.stream().skip(1).anyMatch(CellStream::looksLikeTime);
        for (int k = 0; k < after.size(); k++) {
            Role role = after.get(k);
            int c = k + 1; // the row's number stands first
            boolean carried = role == Role.TIME && !timed || role == Role.LEAD || role == Role.ASSIST;
            if (carried && c < row.size() && c < above.size() && row.get(c).isBlank() && !above.get(c).isBlank()) {
                row.set(c, above.get(c));
                any = true;
            }
        }
        return any;
    }

    /** The columns before the number: what the row has, else what the row above had (a merged cell). */
    private static List<String> carried(List<String> now, List<String> above) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < now.size(); c++) {
            out.add(now.get(c).isBlank() && c < above.size() ? above.get(c) : now.get(c));
        }
        return out;
    }

    /**
     * The last row has no next number: it runs as far as its columns fit, at most one cell per column (a cell's lines
     * that go on with it counted with it).
     */
    private static int rowEnd(List<Cell> cells, int from, int columns) {
        int stop = Math.min(cells.size(), from + columns);
        // a long paragraph of prose after the table is the notice going on, not a cell
        boolean cited = false;
        for (int j = from; j < stop; j++) {
            String t = cells.get(j).text();
            boolean goesOn = cited && quotedLawGoesOn(cells.get(j - 1).text(), t);
            cited |= t.contains("《") || t.contains("【");
            if (goesOn || j > from && point(cells.get(j)) > 1 && point(cells.get(j)) == point(cells.get(j - 1)) + 1) {
                // the basis quotes its law over several paragraphs, a cell lists its points one a line ("1、… / 2、…"):
                // they are one cell
                stop = Math.min(cells.size(), stop + 1);
                continue;
            }
            if (j > from && t.length() > 60 && t.contains("。") && !t.endsWith("。") && !cites(t)) {
                return j;
            }
        }
        return stop;
    }

    /**
     * Rows without a number or a pipe to mark where they start: the cells are cut into rows so that, laid into the
     * columns, they fit best over all, since a copy drops empty cells and breaks long ones and counting cells is not
     * enough. The table ends before the first row that fits badly (the notice going on).
     */
    private static List<List<String>> bySegments(List<Role> roles, List<Cell> cells) {
        if (roles.stream().filter(r -> r == Role.CONTENT).count() < 2) {
            List<List<String>> numbered = byNumberedTask(roles, cells);
            return numbered != null ? numbered : segmented(roles, cells);
        }
        // under a header that names the task twice, a section heading ("一、以政务公开助力稳增长", "(一)加强预期引导") is a
        // row of its own that names the group of the rows under it; the rows between are cut as ever
        List<List<String>> rows = new ArrayList<>();
        int start = 0;
        int lastContent = roles.lastIndexOf(Role.CONTENT);
        Set<Integer> levels = new HashSet<>();
        for (int j = 0; j <= cells.size(); j++) {
            if (j < cells.size() && !isSectionCell(cells.get(j).text())) {
                continue;
            }
            if (j > start) {
                // 「重点工作 | 主要任务 | 工作措施」 over 「一、… / (一)… / 2.纳入… / 市经信局…」: where a level of headings stands
                // for each group column, the rows under them hold only the task's own column and the columns after it
                List<List<String>> run = levels.size() >= lastContent
                        ? underTheirHeadings(roles, cells.subList(start, j), lastContent)
                        : segmented(roles, cells.subList(start, j));
                rows.addAll(run);
                if (run.isEmpty() || j < cells.size()
                        && lastLineOf(run, cells.subList(start, j)) < lastFilledLine(cells, start, j)) {
                    return rows; // the table ended inside the run (an empty cell after its last row's is no more of it)
                }
            }
            start = j + 1;
            if (j < cells.size()) {
                String heading = cells.get(j).text();
                levels.add(levelOf(heading));
                int own = ownCells(roles, cells, start, lastContent);
                if (own > start) {
                    // 「(一)加强对防疫重点企业财税支持 / 市税务局等,各县、市、区政府 / 2020年12月 / 2.纳入…」: the heading whose
                    // units (and time) come right under it is a row of its own, the task its heading
                    List<String> row = new ArrayList<>(Collections.nCopies(lastContent + 1, heading));
                    row.addAll(laid(cells.subList(start, own), roles.subList(lastContent + 1, roles.size())));
                    rows.add(row);
                    start = own;
                    j = own - 1;
                } else {
                    rows.add(new ArrayList<>(Collections.nCopies(roles.size(), heading)));
                }
            }
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().distinct().count() == 1) {
            rows.remove(rows.size() - 1); // a heading after the last row is the notice going on
        }
        return rows;
    }

    /**
     * 「目标任务 | 责任领导 | 责任单位」 over 「一、主要预期指标 / 1. 生产总值… / 董贵波 / 市发改委… / 2. … / 董贵波 / 郑敏强 /
     * …」: where the task's cells open with their running number, each such cell opens a row, however many cells the
     * others break into; a section heading between is a row of its own. Under a number column merged over many rows
     * (「序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位」 over 「1 | 主要预期目标 | 1.地区生产总值… | … | 2.一般公共预算…」)
     * the group cells before the task's carry down, and a group's number opens the next row's. Null unless three rows or
     * more (two where the task's column comes first) are numbered so, 1, 2, 3 in order.
     */
    private static List<List<String>> byNumberedTask(List<Role> roles, List<Cell> cells) {
        int task = roles.lastIndexOf(Role.CONTENT);
        if (task < 0 || roles.size() < 2 || task > 0 && !roles.subList(0, task).contains(Role.NO)) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        int expected = 1;
        for (int j = 0; j < cells.size(); j++) {
            String text = cells.get(j).text();
            if (text.isEmpty() || !Character.isDigit(text.charAt(0)) && text.charAt(0) != '|' && text.charAt(0) != ' ') {
                continue; // a task's number opens its cell: most cells are passed without a pattern
            }
            Matcher m = Text.OPENING_NUMBER.matcher(withoutPipes(text));
            if (m.lookingAt() && Integer.parseInt(m.group(1)) == expected) {
                starts.add(j);
                expected++;
            }
        }
        long groups = cells.stream().filter(c -> number(c) > 0).count();
        if (starts.size() < (task == 0 ? 2 : 3) || task > 0 && groups * 2 > starts.size()) {
            return null;
        }
        List<Role> before = roles.subList(0, task);
        List<Role> after = roles.subList(task + 1, roles.size());
        List<List<String>> rows = new ArrayList<>();
        List<String> prefix = new ArrayList<>(Collections.nCopies(task, ""));
        int from = 0;
        for (int s = 0; s <= starts.size(); s++) {
            int to = s < starts.size() ? starts.get(s) : cells.size();
            // the cells before this task's: the row above's own, then a section's heading, then this row's group cells
            int own = from;
            while (own < to && !isSectionCell(cells.get(own).text()) && (number(cells.get(own)) < 0 || s == 0 && task == 0)) {
                own++;
            }
            if (s > 0) {
                int end = s < starts.size() || own < to ? own : Math.min(to, from + after.size() * 2);
                Laid row = Laid.of(cells.subList(from, end), after);
                if (row.score() == Double.NEGATIVE_INFINITY || row.score() < after.size() * 0.5 - 1) {
                    break; // the last row's cells run into the notice going on
                }
                List<String> whole = new ArrayList<>(prefix);
                String cell = withoutPipes(cells.get(starts.get(s - 1)).text());
                int no = before.indexOf(Role.NO);
                if (no >= 0) {
                    // the merged number is the group's; the row's own is the one its task's cell opens with
                    Matcher opening = Text.OPENING_NUMBER.matcher(cell);
                    opening.lookingAt();
                    whole.set(no, opening.group(1));
                    cell = cell.substring(opening.end()).strip();
                }
                whole.add(cell);
                whole.addAll(row.cells());
                rows.add(whole);
            } else if (own > 0) {
                return null; // cells before the first numbered task that are no heading and no group's
            }
            if (s == starts.size()) {
                break;
            }
            int groupAt = own;
            while (groupAt < to && isSectionCell(cells.get(groupAt).text())) {
                rows.add(new ArrayList<>(Collections.nCopies(roles.size(), cells.get(groupAt).text())));
                groupAt++;
            }
            if (groupAt < to) {
                if (task == 0) {
                    return rows.size() >= 2 ? rows : null;
                }
                prefix = new ArrayList<>(laid(cells.subList(groupAt, to), before));
            }
            from = starts.get(s) + 1;
        }
        return rows.stream().filter(r -> r.stream().distinct().count() > 1).count() >= 2 ? rows : null;
    }

    /** The line of the last cell in {@code cells[from, to)} that holds anything; the first cell's when none does. */
    private static int lastFilledLine(List<Cell> cells, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (!cells.get(k).empty()) {
                return cells.get(k).line();
            }
        }
        return cells.get(from).line();
    }

    /** "||\n10.主要污染物…": a cell's text without the lines of pipes a lost table's merged cells left before it. */
    private static String withoutPipes(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('｜') < 0) {
            return text.strip(); // most cells: every table's every cell comes here
        }
        return PIPES.matcher(LEADING_PIPE_LINES.matcher(text).replaceAll("")).replaceAll("");
    }

    private static final Pattern LEADING_PIPE_LINES = Pattern.compile("^(?:[ \\t|｜]*\\n)+");

    /** The rows of a run under headings that stand for the group columns: those columns left empty. */
    private static List<List<String>> underTheirHeadings(List<Role> roles, List<Cell> cells, int lastContent) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : segmented(roles.subList(lastContent, roles.size()), cells)) {
            List<String> whole = new ArrayList<>(Collections.nCopies(lastContent, ""));
            whole.addAll(row);
            rows.add(whole);
        }
        return rows;
    }

    /** A heading's level by how it is numbered: 一、 1, (一) 2, 第一部分 3. */
    private static int levelOf(String heading) {
        String h = heading.strip();
        return h.startsWith("第") ? 3 : h.startsWith("(") || h.startsWith("（") ? 2 : 1;
    }

    /**
     * Where the cells a heading holds of its own end: the heading's units (a list of bodies right under it), then its
     * time, under a header whose columns after the task are those; {@code from} when no units come first.
     */
    private static int ownCells(List<Role> roles, List<Cell> cells, int from, int lastContent) {
        List<Role> after = roles.subList(lastContent + 1, roles.size());
        if (!after.contains(Role.LEAD) || from >= cells.size() || !namesBodies(cells.get(from).text())) {
            return from;
        }
        int end = from + 1;
        while (end < cells.size() && end - from < after.size() && !cells.get(end).empty()
                && !isSectionCell(cells.get(end).text()) && fit(cells.get(end).text(), Role.CONTENT) < 1
                && (namesBodies(cells.get(end).text()) || looksLikeTime(cells.get(end).text()))) {
            end++;
        }
        return end;
    }

    /** 「市税务局等,各县、市、区政府,咸宁高新区管委会」: a cell of names, most of them bodies', no sentence. */
    private static boolean namesBodies(String text) {
        return text.indexOf('。') < 0 && UnitGrammar.unitShare(SHARED_LEVELS.matcher(text).replaceAll("$1")) >= 0.6;
    }

    /**
     * What a row of one cell costs besides: under a header of three columns or more a row alone in its task cell is
     * rarer than a cell broken in two (「县交通 / 运输局」, 「7月底前制定 / 扬尘治理方案」, where the copy left a space).
     */
    private static final double LONE_CELL = 2;

    private static List<List<String>> segmented(List<Role> roles, List<Cell> cells) {
        int n = cells.size();
        int k = roles.size();
        int longest = 2 * k;
        double[] best = new double[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[n] = 0;
        // each stretch of cells is tried in many rows and many columns: its fit is reckoned once
        Fits fits = new Fits();
        for (int i = n - 1; i >= 0; i--) {
            for (int len = 1; len <= longest && i + len <= n; len++) {
                double rest = best[i + len];
                if (rest == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                // a row must earn its place: without the cost, cutting into rows of one cell each pays
                double score = Laid.of(cells.subList(i, i + len), roles, fits).score() - k * 0.5 + rest
                        - (len == 1 && i + 1 < n ? LONE_CELL : 0);
                if (score > best[i]) {
                    best[i] = score;
                    cut[i] = len;
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n && best[i] != Double.NEGATIVE_INFINITY; i += cut[i]) {
            Laid row = Laid.of(cells.subList(i, i + cut[i]), roles, fits);
            if (row.score() < k * 0.5) {
                break;
            }
            rows.add(row.cells());
        }
        return rows;
    }

    /**
     * "…5.规范使用…系统 / 市有关单位;各镇(街) / 6.政府信息公开工作主管部门要用好平": the text (or the part of it the table
     * stands in) ends inside a row, whose task cell opens with the next number after the last row's; the row, what the
     * copy kept of it (its cells laid from the task's column on), else null. A task cut off by the end of the text is
     * kept with what is visible.
     */
    private static List<String> cutOffRow(List<String> lines, int from, List<List<String>> rows, List<Role> roles) {
        int task = roles.lastIndexOf(Role.CONTENT);
        List<String> kept = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String text = PIPES.matcher(lines.get(i)).replaceAll("");
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        if (task < 0 || kept.isEmpty() || kept.size() > roles.size() - task || rows.isEmpty()) {
            return null;
        }
        List<String> lastRow = rows.get(rows.size() - 1);
        Matcher next = Text.OPENING_NUMBER.matcher(kept.get(0));
        Matcher last = Text.OPENING_NUMBER.matcher(lastRow.get(task));
        int no = roles.indexOf(Role.NO);
        Matcher running = RUNNING_NO.matcher(no >= 0 ? lastRow.get(no).strip() : "");
        int lastNo = last.lookingAt() ? Integer.parseInt(last.group(1))
                : running.matches() ? Integer.parseInt(running.group(1)) : -1;
        if (lastNo < 0 || !next.lookingAt() || Integer.parseInt(next.group(1)) != lastNo + 1) {
            return null;
        }
        List<String> row = new ArrayList<>(Collections.nCopies(roles.size(), ""));
        for (int k = 0; k < kept.size(); k++) {
            row.set(task + k, kept.get(k));
        }
        return row;
    }

    private static int lastLineOf(List<List<String>> rows, List<Cell> cells) {
        String last = null;
        List<String> row = rows.get(rows.size() - 1);
        for (int c = row.size() - 1; c >= 0 && last == null; c--) {
            if (!row.get(c).isBlank()) {
                last = row.get(c);
            }
        }
        int line = cells.isEmpty() ? 0 : cells.get(0).line();
        for (Cell cell : cells) {
            if (last != null && (cell.text().equals(last) || last.endsWith(cell.text()) && !cell.empty())) {
                line = Math.max(line, cell.line());
            }
        }
        return line;
    }

    /** "11月12日", "5月20日上午": a day, opening a schedule's row. */
    private static final Pattern OPENS_WITH_A_DAY = Pattern.compile("^\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");

    /**
     * 「时间 | 活动内容 | 活动地点」 over rows each opened by its day, their cells wrapped over lines ("11月12日 / 上午 /
     * 9:00-9:30", "文化艺术 / 中心二楼"): each day opens a row, and the lines up to the next are laid into its columns.
     * Null unless two rows or more open so, each with no more lines than its columns could take.
     */
    private static List<List<String>> byOpeningDay(List<Role> roles, List<Cell> cells) {
        List<Integer> opens = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text().strip();
            if (OPENS_WITH_A_DAY.matcher(text).lookingAt() && looksLikeTime(text)) {
                opens.add(i);
            }
        }
        if (opens.size() < 2 || opens.get(0) != 0) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < opens.size(); r++) {
            int from = opens.get(r);
            int to = r + 1 < opens.size() ? opens.get(r + 1) : Math.min(cells.size(), from + roles.size());
            List<Cell> body = cells.subList(from, to).stream().filter(c -> !c.empty()).toList();
            if (body.size() < 2 || body.size() > roles.size() * 4) {
                return null;
            }
            rows.add(laid(body, roles));
        }
        return rows;
    }

    /** How many rows a number must open before the rows count as numbered. */
    private static final int MIN_NUMBERED_ROWS = 3;

    /**
     * Where the rows' own number stands when the header has no number column: the rows open 1, 2, 3… in order, each
     * a few cells after the last, with at most the same columns before the number in the first row. -1 when the
     * rows are not numbered so.
     */
    private static int numberColumn(List<Cell> cells, List<Role> roles) {
        int columns = roles.size();
        // a copy with a pipe line between cells has an empty cell after each: distances count twice
        int first = indexOfNumber(cells, 0, 1, 2 * columns);
        if (first < 0) {
            return -1;
        }
        int before = (int) cells.subList(0, first).stream().filter(c -> !c.empty() && !isSectionCell(c.text())).count();
        if (before < cells.subList(0, first).stream().filter(c -> !c.empty()).count()) {
            // section rows over the first row ("一、围绕中心工作… / (一)以公开助力…") are no cells of it: they stand in
            // the group column merged over the rows when the header names the task twice ("工作任务 | 具体要求"),
            // else in rows of their own
            before += roles.stream().filter(r -> r == Role.CONTENT).count() > 1 ? 1 : 0;
        }
        if (before >= columns - 1) {
            return -1;
        }
        int at = first;
        int n = 1;
        while (n < MIN_NUMBERED_ROWS) {
            int next = indexOfNumber(cells, at + 2, n + 1, 4 * columns);
            if (next < 0) {
                return -1;
            }
            at = next;
            n++;
        }
        return before;
    }

    private static int indexOfNumber(List<Cell> cells, int from, int n, int within) {
        for (int j = from; j < Math.min(cells.size(), from + within); j++) {
            if (number(cells.get(j)) == n) {
                return j;
            }
        }
        return -1;
    }

    private static int number(Cell cell) {
        Matcher m = RUNNING_NO.matcher(cell.text());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Lays the cells of one row into the columns, in order, so that the sum of how well each cell fits its column is
     * greatest. A column may take no cell (it was empty and the copy lost it) or several (a cell broken over lines).
     */
    static List<String> laid(List<Cell> body, List<Role> roles) {
        return Laid.of(body, roles).cells();
    }

    /** How many lines one cell may be broken over. */
    private static final int MAX_LINES_A_CELL = 4;

    /** How well texts fit columns, each text and role reckoned once; and what joining each stretch of cells costs. */
    private static final class Fits {
        private final Map<String, double[]> byText = new HashMap<>();
        private final Map<Cell, double[]> joinsFrom = new IdentityHashMap<>();

        /** {@link CellStream#joins} of the cells from..to, which depends on those cells alone. */
        double joins(List<Cell> body, int from, int to) {
            double[] cost = joinsFrom.computeIfAbsent(body.get(from), c -> {
                double[] unknown = new double[MAX_LINES_A_CELL + 1];
                Arrays.fill(unknown, Double.NaN);
                return unknown;
            });
            int t = to - from;
            if (t >= cost.length) {
                return CellStream.joins(body, from, to);
            }
            if (Double.isNaN(cost[t])) {
                cost[t] = CellStream.joins(body, from, to);
            }
            return cost[t];
        }

        double of(String text, Role role) {
            double[] fit = byText.computeIfAbsent(text, t -> {
                double[] unknown = new double[Role.values().length];
                Arrays.fill(unknown, Double.NaN);
                return unknown;
            });
            if (Double.isNaN(fit[role.ordinal()])) {
                fit[role.ordinal()] = fit(text, role);
            }
            return fit[role.ordinal()];
        }
    }

    /** How well the cells from..to, joined, fit a column of this role (through {@code fits} where one is given). */
    private static double fitOf(List<Cell> body, int from, int to, Role role, Fits fits) {
        String text = join(body, from, to);
        return fits == null ? fit(text, role) : fits.of(text, role);
    }

    /** What reading the cells from..to as one cell costs, a cell per line being the rule ({@code fits} where given). */
    private static double joinCost(List<Cell> body, int from, int to, Fits fits) {
        return to - from == 1 ? 0.5 : fits == null ? joins(body, from, to) : fits.joins(body, from, to);
    }

    /** A row's cells laid into the columns, and how well they fit there. */
    private record Laid(List<String> cells, double score) {

        static Laid of(List<Cell> body, List<Role> roles) {
            return of(body, roles, null);
        }

        /** The row laid, the fits reckoned through {@code fits} where one is given (null: each reckoned here). */
        static Laid of(List<Cell> body, List<Role> roles, Fits fits) {
        int n = body.size();
        int k = roles.size();
        if (n > k * MAX_LINES_A_CELL) {
            // no column takes more than a cell's lines: the cells cannot be laid, and the reckoning (a cell's fit for
            // every place in a row of thousands, a page run into one line) is spared
            return overfull(body, k);
        }
        // a header that names the task twice ("目标任务 | 主要内容", "工作任务 | 具体要求") has a group column before the
        // task's own, merged over the rows and so lost from most of them: only the last task column must be filled
        int lastContent = roles.lastIndexOf(Role.CONTENT);
        double[][] best = new double[n + 1][k + 1];
        int[][] take = new int[n + 1][k + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.NEGATIVE_INFINITY);
        }
        best[n][k] = 0;
        for (int c = k - 1; c >= 0; c--) {
            Role role = roles.get(c);
            for (int i = n; i >= 0; i--) {
                for (int t = 0; i + t <= n && t <= MAX_LINES_A_CELL; t++) {
                    double rest = best[i + t][c + 1];
                    if (rest == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    // a cell per column is the rule, a lost or a broken cell the exception
                    double lost = role == Role.CONTENT && c < lastContent ? GROUP_LOST : missing(role);
                    double score = rest
                            + (t == 0 ? lost : fitOf(body, i, i + t, role, fits) + joinCost(body, i, i + t, fits));
                    if (score > best[i][c]) {
                        best[i][c] = score;
                        take[i][c] = t;
                    }
                }
            }
        }
        if (best[0][0] == Double.NEGATIVE_INFINITY) {
            return overfull(body, k);
        }
        List<String> row = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < k; c++) {
            int t = take[i][c];
            row.add(join(body, i, i + t));
            i += t;
        }
        return new Laid(row, best[0][0]);
        }
    }

    /** More cells than the columns can hold: one each, the rest to the last column. */
    private static Laid overfull(List<Cell> body, int k) {
        int n = body.size();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            row.add(c < k - 1 ? (c < n ? body.get(c).text() : "") : join(body, Math.min(c, n), n));
        }
        return new Laid(row, Double.NEGATIVE_INFINITY);
    }

    /** "1、参加…", "2.餐饮…": a point of a list a cell enumerates, one per line. */
    private static final Pattern POINT = Pattern.compile("^[（(]?(\\d{1,2})[、.．)）](?!\\d)");

    /**
     * What it costs to read the cells from..to as one cell broken over lines: a cell per line is the rule, but a cell
     * that lists points ("1、参加… / 2、参加…") runs over its points, and a list's first point opens a cell.
     */
    private static double joins(List<Cell> body, int from, int to) {
        double cost = 0;
        int point = point(body.get(from));
        for (int j = from + 1; j < to; j++) {
            int p = point(body.get(j));
            if (p == 1) {
                cost -= 2;
            } else if (ARTICLE_END.matcher(body.get(j - 1).text()).find()) {
                // "《公路法》第七十一条 公路监督检查人员依法…": a law's article, then the article's words, is one basis
                cost += 0.5;
            } else if (p > 1 && p == point + 1) {
                cost += 0;
            } else if (SENTENCE_END.matcher(body.get(j - 1).text()).find() && SENTENCE_END.matcher(body.get(j).text()).find()) {
                cost -= 0.4; // a cell of several paragraphs, each a sentence ("…情况。 / …情况。")
            } else {
                cost -= 0.7;
                String before = body.get(j - 1).text();
                int after = body.get(j).text().length();
                if (before.length() * 2 < after && after >= LONG_SENTENCE) {
                    // a line wraps when it is full: a short name over a long sentence ("植物检疫检查 / 对森林植物…") is two cells
                    cost -= 1;
                }
            }
            point = p > 0 ? p : point;
        }
        return cost;
    }

    /** "…(2004年主席令第19号)第七十一条", "第三条第三款", "第69条": a cited article's number, its text after it. */
    private static final Pattern ARTICLE_END = Pattern.compile("第[一二三四五六七八九十百零\\d]+[条款项][:：]?$");

    /** A line this long is a sentence of its own, not the tail of a wrapped name ("《校外培训机构管理办法》" may be). */
    private static final int LONG_SENTENCE = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;]\\s*$");

    private static int point(Cell cell) {
        Matcher m = POINT.matcher(cell.text());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String join(List<Cell> cells, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (!cells.get(j).empty()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(cells.get(j).text());
            }
        }
        return sb.toString();
    }

    /**
     * A column that got no cell: fine for times and assisting units (often empty), wrong for the task itself; a
     * lead is rarely empty, so a row's one list of units is its lead.
     */
    private static double missing(Role role) {
        return role == Role.CONTENT ? -3 : role == Role.NO ? -1 : role == Role.LEAD ? -0.4 : -0.2;
    }

    /** One level of government, perhaps with its kind in brackets: 市, 县(区). */
    private static final String LEVEL = "[省市县区乡镇](?:[（(][^）)]{1,6}[）)])?";
    /**
     * 「市、县级林业主管部门」, 「省、市、县(区)级市场监管部门」, 「各县、市、区政府」: the levels listed before the name they share
     * are one list of bodies, each level's (a spot-check's 抽查主体(层级)); the levels' commas are no names' ends.
     */
    private static final Pattern SHARED_LEVELS = Pattern.compile(
            "(?<=^|[、，,]|^各|[、，,]各)(" + LEVEL + ")[、，,](?=(?:" + LEVEL + "[、，,])*" + LEVEL + "(?:级|人民政府|政府))");

    /** An item's code: letters, digits and dashes, a digit among them, no word of text. */
    private static final Pattern ITEM_CODE = Pattern.compile("(?=[^\\d]*\\d)[A-Za-z0-9][A-Za-z0-9\\-_.]{3,29}");

    /** How well a cell's text fits a column of this role. */
    static double fit(String text, Role role) {
        if (text == null || text.isBlank()) {
            return role == Role.CONTENT ? -2 : 0.3;
        }
        // "經(jīng)營企業(yè)": a mirror's pinyin readings, removed only later, are not what the cell holds
        // and a copy in traditional characters (縣交通運輸管理部門) names the same units
        text = UnitNames.MARKED.matcher(Hans.simplified(Repair.withoutReadings(text))).replaceAll("");
        // "08:30-09:00", "上午9:30": a schedule's hours with no day are its time cell too
        boolean time = looksLikeTime(text) || TIME_OF_DAY.matcher(text.strip()).matches();
        // "市发改委牵头落实", "办公室牵头,各科室配合": the units with the words that say their part
        double units = UnitGrammar.unitShare(ROLE_WORDS.matcher(
                SHARED_LEVELS.matcher(text.replace('\n', '、')).replaceAll("$1")).replaceAll("、"));
        if (units < 0.99 && (role == Role.LEAD || role == Role.ASSIST) && brokenName(text)) {
            units = 1;
        }
        return switch (role) {
            // a time column also says 待定, 另行通知, 13:30
            case TIME -> time ? 2 : text.length() <= 6 ? -0.5 : -2;
            case LEAD, ASSIST -> units >= 0.99 ? 2 : units > 0 && !cites(text) ? units - 0.5 : -2;
            case CONTENT -> time || units >= 0.99 || unitsBelow(text) || CITATION.matcher(text).matches() ? -0.5
                    : 1 + Math.min(1, text.length() / 20.0);
            // a running number, or the code a list gives each item under its 编号 (36041052602001, SJ-2023-01)
            case NO -> text.matches("\\d{1,3}[.、．]?|[*＊]+\\d*") ? 2 : ITEM_CODE.matcher(text).matches() ? 1.5 : -2;
            case OTHER -> time || units >= 0.99 ? -0.5 : 0.2;
        };
    }

    /** The head of a body's name broken off its ending, and the ending: 「县交通 / 运输局」. */
    private static final int BROKEN_HEAD = 8;
    private static final int BROKEN_END = 4;

    /**
     * 「县交通 / 运输局」: a body's name cut in two where the copy left a space in it, a short head that names nothing
     * by itself over the name's short ending.
     */
    private static boolean brokenName(String text) {
        int cut = text.indexOf('\n');
        if (cut < 2 || cut > BROKEN_HEAD || text.length() - cut - 1 > BROKEN_END || text.indexOf('\n', cut + 1) >= 0) {
            return false;
        }
        String head = text.substring(0, cut);
        return !A_DIGIT.matcher(head).find() && !UnitGrammar.isUnitName(head)
                && UnitGrammar.isUnitName(head + text.substring(cut + 1));
    }

    /** Any digit: a header's word, or a piece of a body's name, holds none. */
    static final Pattern A_DIGIT = Pattern.compile("\\d");

    /**
     * "《植物检疫条例》(国务院,1992年5月13日修订)", "《中华人民共和国种子法》第五十条。": a law cited, with its issue and article, is the
     * basis a spot-check list gives for a check (抽查依据), never the check itself.
     */
    private static final Pattern CITATION = Pattern.compile(
            "《[^》]{2,40}》\\s*([（(][^）)]{0,40}[）)])?\\s*(第[一二三四五六七八九十百零\\d]+条[^。]{0,20})?[。；;]?");

    /** "【法规】《公路安全保护条例》…第三条", "…任何单位和个人不得阻挠。": a law cited or quoted names no units. */
    private static final Pattern CITES = Pattern.compile("【(法律|法规|规章|规范性文件)】|《[^》]{2,40}》.*第[一二三四五六七八九十百零\\d]+条");

    private static boolean cites(String text) {
        return CITES.matcher(text).find();
    }

    /** A task's text does not go on with a line naming units: that line is the next cell. */
    private static boolean unitsBelow(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (UnitGrammar.isUnitList(lines.get(i)) || looksLikeTime(lines.get(i)) || mostlyUnits(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "省局食品安全监管处、省卫生监督所食品科、省属3家餐饮单位": a list of names, most of them units. */
    private static boolean mostlyUnits(String line) {
        return line.indexOf('、') > 0 && !line.contains("，") && !line.contains(",") && !line.contains("。")
                && UnitGrammar.unitShare(line) >= 0.7;
    }

    /** "上午", "上午9:30", "9:00-9:30": a day's hours, as a wrapped time cell gives them on a line of their own. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?=\\S)(?:上午|下午|晚上|中午|早上|全天|凌晨|傍晚)?\\s*"
            + "(?:\\d{1,2}[:：]\\d{2}(?:\\s*[-—–~～至]\\s*\\d{1,2}[:：]\\d{2})?)?");

    static boolean looksLikeTime(String text) {
        if (text.length() > 40) {
            return false;
        }
        String bare = text.strip();
        // "第一阶段(1-2月)", "宣传发动阶段（5月1日-10日）": a stage's time in brackets after its name (asked of many cells:
        // only one that closes a bracket is matched)
        char last = bare.isEmpty() ? ' ' : bare.charAt(bare.length() - 1);
        Matcher stage = last == ')' || last == '）' ? STAGE.matcher(bare) : null;
        if (stage != null && stage.matches()) {
            text = stage.group(1);
        }
        TimeKind kind = TimeText.read(text, 2000, null).kind();
        if (kind != TimeKind.WINDOW && kind != TimeKind.ONGOING) {
            // "6月11日10时", "9月15日上午9时30分": a day with its hour is the day's time
            Matcher clock = CLOCK.matcher(text);
            if (clock.find() && clock.start() > 0) {
                kind = TimeText.read(text.substring(0, clock.start()), 2000, null).kind();
            }
            int before = text.indexOf('前');
            if (kind != TimeKind.WINDOW && before > 1 && before <= 12) {
                // "7月底前制定 扬尘治理方案", "12月底前完成新能源汽车更换": a deadline, then what is due by it
                kind = TimeText.read(text.substring(0, before + 1), 2000, null).kind();
            }
        }
        return kind == TimeKind.WINDOW || kind == TimeKind.ONGOING;
    }

    /** "第一阶段(1-2月)", "集中整治期（6月）": a stage's short name, then its time in brackets. */
    private static final Pattern STAGE = Pattern.compile("[^，,。；;：:（(、.．\\d]{0,8}(?:阶段|期|周|轮|批)[（(]([^）)]{2,24})[）)]");

    private static final Pattern CLOCK = Pattern.compile("(?<=日)[（(]?(上午|下午|晚上|早上|中午)?[）)]?\\d{1,2}[时点](\\d{1,2}分|半|整)?$");
}
