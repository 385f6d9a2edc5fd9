package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.ChineseNumerals;

/**
 * Finds the tables in plain text. Pages scraped from government sites flatten a table one cell per line with a
 * line holding only "|" between cells (the seed); text copied from Word separates cells with tabs; text from a PDF
 * or a typewritten plan lines them up with runs of spaces; Markdown writes "| a | b |" on one line; and a page that
 * lost its table markup leaves one cell per line or per paragraph ({@link CellStream}).
 */
final class TextLayout {

    private static final Pattern PIPES_AROUND = Pattern.compile("^[\\s|｜]+|[\\s|｜]+$");
    /** A pipe between cells, ASCII or full-width. */
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    /** A header word with its pipes and spaces is a short line. */
    private static final int MAX_HEADER_LINE = 60;
    private static final int MAX_UNNAMED_COLUMNS = 2;
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|.*\\|.*$");
    /** "序号 | 任务名称 | 牵头部门 |": cells between pipes without one opening the row. */
    private static final Pattern INNER_PIPES = Pattern.compile("\\S\\s*\\|\\s*\\S.*\\|");
    private static final Pattern NUMBERED_ROW = Pattern.compile("^\\s*[|｜]?\\s*\\d{1,3}[.、．]?(?!\\d)");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^[\\s|:：\\-—]+$");
    private static final Pattern SPACES = Pattern.compile("[ \u3000]{2,}");
    private static final Pattern LIST_GOES_ON = Pattern.compile("[、，,]$");
    private static final Pattern WORDS = Pattern.compile("[\\s\u3000\u00a0]+");
    private static final Pattern EMPTY_CELLS = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    /** How far a table of words cut at spaces is read: bounds the work for a long text with many header-like lines. */
    private static final int MAX_SPACED_WORDS = 20_000;
    /**
     * A question mark that ends a line or a cell after a word ("2018年3月18日?", "1? | 未来科技城要…? |"): the space or mark
     * a copy could not encode, in place of what ended every line and cell.
     */
    private static final Pattern LOST_END = Pattern.compile("(?<=[^\\s?？|])\\?(?=[ \\t]*(?:\\||$))", Pattern.MULTILINE);
    /** How many lines and cells must end so before the marks are taken for damage: a real question ends one or two. */
    private static final int MIN_LOST_ENDS = 4;

    static String withoutLostEnds(String text) {
        if (text.indexOf('?') < 0) {
            return text;
        }
        Matcher m = LOST_END.matcher(text);
        int count = 0;
        while (count < MIN_LOST_ENDS && m.find()) {
            count++;
        }
        return count < MIN_LOST_ENDS ? text : LOST_END.matcher(text).replaceAll("");
    }

    /** How many lines one flattened cell may take before we decide the table has ended. */
    private static final int MAX_LINES_PER_CELL = 6;

    private TextLayout() {
    }

    static List<Block> blocks(String text) {
        List<String> lines = joinQuotedCells(withoutLostEnds(text.replace("\r\n", "\n").replace('\r', '\n')).lines().toList());
        lines = joinWrappedPipeRows(joinBrokenHeaders(withoutBlanksBetweenRows(lines)));
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int index = siteIndexEnd(lines, i);
            if (index > i) {
                // the site's index one cell a line: its labels (公开方式, 发文日期) are no table's header
                lines.subList(i, index).stream().filter(l -> !l.isBlank())
                        .forEach(l -> blocks.add(new Block.Line(l.strip())));
                i = index;
                continue;
            }
            if (line.length() <= MAX_HEADER_LINE && Columns.isHeaderWord(PIPES_AROUND.matcher(line).replaceAll(""))
                    && !saidTwice(line) && !overCellsClosedByPipes(lines, i)) {
                int cards = labelledCards(lines, i, blocks);
                if (cards > i) {
                    i = cards;
                    continue;
                }
                CellStream.Found found = CellStream.at(lines.subList(0, nextPart(lines, i)), i);
                int unnamed = found == null ? unnamedColumnsBefore(lines, i, blocks) : 0;
                if (unnamed > 0) {
                    found = CellStream.at(lines.subList(0, nextPart(lines, i)), i - unnamed);
                    if (found != null) {
                        blocks.subList(blocks.size() - unnamed, blocks.size()).clear();
                    }
                }
                if (found != null) {
                    blocks.add(found.table());
                    i = found.next();
                    continue;
                }
            }
            if (isPipe(line) && opensClosedCells(lines, i)) {
                i++;
                continue;
            }
            if (isPipe(line)) {
                int end = flattenedTableEnd(lines, i);
                if (end > i + 2) {
                    i = readFlattened(lines, i, end, blocks);
                    continue;
                }
            }
            int run = rowRun(lines, i);
            if (run >= 2 && filledCells(line) == 1) {
                // a table's caption written into its first row: "2023年…抽查工作计划 | ||||||||"
                blocks.add(new Block.Line(cellsOf(line).get(0)));
                i++;
                continue;
            }
            if (run >= 2) {
                blocks.add(new Block.Table(NumberedRows.aligned(shortRowsLaid(twoRowHeader(splitRows(lines.subList(i, i + run)))))));
                i += run;
                continue;
            }
            int joined = joinedCells(lines, i, blocks);
            if (joined > i) {
                i = joined;
                continue;
            }
            int spaced = spacedWords(lines, i, blocks);
            if (spaced > i) {
                i = spaced;
                continue;
            }
            if (!line.isBlank() && !isPipe(line)) {
                blocks.add(new Block.Line(line.strip()));
            }
            i++;
        }
        return blocks;
    }

    /**
     * A table whose copy kept one space between cells and nothing else: the header a row of words ("序号 抽查事项 抽查依据
     * … 检查主体 实施日期", perhaps after a caption on the same line, perhaps wrapped), each row a line or a few that
     * open with the running number. Cut at every space, the lines are one cell per line, which {@link CellStream}
     * reads: it joins back a cell that held a space, where that fits the columns better. Returns the line after the
     * table, or {@code from} when there is none here.
     */
    private static int spacedWords(List<String> lines, int from, List<Block> blocks) {
        String[] first = headerWordsSpacedOut(WORDS.split(lines.get(from).strip()));
        // "废止日期: 文 号:", "发布日期: 2022-06-16": a site's fields, each label closed by its colon, are no header
        if (first.length < 3 || Arrays.stream(first).filter(TextLayout::isHeaderWordUnlabelled).count() < 2) {
            return from;
        }
        List<String> cells = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        // one space between the header's words: then a row's wider gap holds cells left empty ("2  严守用水", "3   抓好")
        boolean singleSpaced = !lines.get(from).strip().matches(".*\\S\\s{2,}\\S.*");
        int end = nextPart(lines, from);
        for (int i = from; i < end && cells.size() < MAX_SPACED_WORDS; i++) {
            Matcher gap = EMPTY_CELLS.matcher(lines.get(i).strip());
            String line = singleSpaced && i > from ? gap.replaceAll(m -> " \u0000".repeat(m.group().length() - 1) + " ")
                    : lines.get(i).strip();
            for (String word : i == from ? first : WORDS.split(line)) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.equals("\u0000")) {
                    cells.add("");
                    origin.add(i);
                    continue;
                }
                int last = cells.size() - 1;
                if (last >= 0 && LIST_GOES_ON.matcher(cells.get(last)).find()) {
                    // "市邮政管理局、 / 市公安局": a list of units broken after its comma is one cell
                    cells.set(last, cells.get(last) + word);
                } else {
                    cells.add(word);
                    origin.add(i);
                }
            }
        }
        // a table opens with its number column where it has one; a caption's words ("…事项清单") are no header
        List<Integer> starts = new ArrayList<>();
        for (int t = 0; t < first.length; t++) {
            if (Columns.roleOf(first[t]) == Columns.Role.NO) {
                starts.add(t);
            }
        }
        for (int t = 0; t < first.length; t++) {
            if (Columns.isHeaderWord(first[t]) && !starts.contains(t)) {
                starts.add(t);
            }
        }
        for (int t : starts) {
            CellStream.Found found = CellStream.at(cells, t);
            if (found != null) {
                if (t > 0) {
                    // the table's caption on the header's line: "附件 监利县…职责清单 工作任务和内容 责任单位 …"
                    blocks.add(new Block.Line(String.join(" ", Arrays.asList(first).subList(0, t))));
                }
                blocks.add(found.table());
                return origin.get(Math.max(t, Math.min(found.next(), cells.size()) - 1)) + 1;
            }
        }
        return from;
    }

    /**
     * 「时 间 工 作 内 容 责任部门」: a header whose short words were set out a space between each character, as bureaus
     * set "序 号", "时 间" and "内 容" to fill their cells, and whose copy then kept one space between the cells too. A run
     * of single characters is read again as the header words it spells ("时间", "工作内容"), the fewest that spell it
     * all; a run that spells no header words whole stays as it was.
     */
    private static String[] headerWordsSpacedOut(String[] words) {
        List<String> out = new ArrayList<>(words.length);
        for (int k = 0; k < words.length; k++) {
            int end = k;
            while (end < words.length && isOneCharacter(words[end])) {
                end++;
            }
            if (end - k > MAX_SPACED_OUT) {
                // a longer run of single characters spells no header: passed whole, not tried again from each of them
                out.addAll(Arrays.asList(words).subList(k, end));
                k = end - 1;
                continue;
            }
            List<String> spelt = end - k >= 2 ? spelt(String.join("", Arrays.asList(words).subList(k, end))) : null;
            if (spelt == null) {
                out.add(words[k]);
            } else {
                out.addAll(spelt);
                k = end - 1;
            }
        }
        return out.toArray(String[]::new);
    }

    /** How many characters a header set out a space between each may hold at most: three or four words. */
    private static final int MAX_SPACED_OUT = 24;

    private static boolean isOneCharacter(String word) {
        return word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a header word may stand over one column: a word of the vocabulary ("配合单位", "地点"), or one that opens
     * and ends with such words, all of one role ("主要工作任务" is 主要工作 and 任务; "时间工作内容" joins 时间 and 工作内容,
     * two columns, and "序号主要工作任" ends with no word).
     */
    private static boolean namesOneColumn(String word) {
        if (Columns.isExactWord(word) || Columns.isExactOtherWord(word)) {
            return isHeaderWordUnlabelled(word);
        }
        Columns.Role role = null;
        boolean opens = false;
        boolean ends = false;
        for (int from = 0; from < word.length(); from++) {
            for (int to = from + 2; to <= word.length(); to++) {
                String part = word.substring(from, to);
                if (!Columns.isExactWord(part)) {
                    continue;
                }
                Columns.Role r = Columns.roleOf(part);
                if (role != null && r != role) {
                    return false;
                }
                role = r;
                opens |= from == 0;
                ends |= to == word.length();
            }
        }
        return opens && ends && isHeaderWordUnlabelled(word);
    }

    /** The fewest header words, each over one column, that spell the whole run; null where none do. */
    private static List<String> spelt(String run) {
        // fewest[i]: the fewest words that spell the run's first i characters (-1: none); from[i]: where the last
        // starts
        int[] fewest = new int[run.length() + 1];
        int[] from = new int[run.length() + 1];
        Arrays.fill(fewest, -1);
        fewest[0] = 0;
        for (int end = 1; end <= run.length(); end++) {
            for (int start = 0; start < end; start++) {
                if (fewest[start] >= 0 && (fewest[end] < 0 || fewest[start] + 1 < fewest[end])
                        && namesOneColumn(run.substring(start, end))) {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (fewest[run.length()] < 0) {
            return null;
        }
        List<String> spelt = new ArrayList<>();
        for (int end = run.length(); end > 0; end = from[end]) {
            spelt.add(0, run.substring(from[end], end));
        }
        return spelt;
    }

    /**
     * 「演练科目 | / 情景构建 | / 牵头责任单位 | / 责任单位 | / 时限要求 |」: a header whose first columns are words no
     * vocabulary knows (the drill, the scene) reads from those words on, when it does not read without them. How many
     * such lines (one or two, blank lines between allowed) stand right before line {@code i}, each kept as a line of its
     * own in {@code blocks} so far; 0 when none.
     */
    private static int unnamedColumnsBefore(List<String> lines, int i, List<Block> blocks) {
        int found = 0;
        for (int j = i - 1; j >= 0 && found < MAX_UNNAMED_COLUMNS; j--) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            String word = PIPES_AROUND.matcher(line).replaceAll("");
            if (!Columns.isUnknownWord(word)
                    || blocks.size() <= found || !(blocks.get(blocks.size() - 1 - found) instanceof Block.Line l)
                    || !l.text().equals(line.strip())) {
                break;
            }
            found++;
        }
        return found;
    }

    /**
     * 「职责分工 职责分工」, 「相关依据 相关依据」: a site's label and its value, the same word, on one line; no header's first
     * cell (the header, 「相关部门 / 职责分工」, comes on the lines after).
     */
    private static boolean saidTwice(String line) {
        String[] words = WORDS.split(line.strip());
        return words.length == 2 && words[0].equals(words[1]);
    }

    /** How many labels a task's card holds at least: the task and its unit or its time. */
    private static final int MIN_CARD_LABELS = 3;

    /**
     * 「具体任务 / 全面落实疫情防控… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 / 完成时限 / …1月底前完成」: a task set out
     * as a card, each label on a line of its own over its value's line, is one row under those labels (a table's
     * header has its words on lines one after another); a label the card already holds opens the next card. Returns
     * the line after the cards, or {@code from} when there are none here.
     */
    private static int labelledCards(List<String> lines, int from, List<Block> blocks) {
        List<String> labels = new ArrayList<>();
        List<List<String>> cards = new ArrayList<>();
        List<String> card = new ArrayList<>();
        boolean firstWhole = false;
        int next = from;
        int end = from;
        while (true) {
            int at = nonBlank(lines, next);
            int valueAt = at < 0 ? -1 : nonBlank(lines, at + 1);
            if (valueAt < 0) {
                break;
            }
            String label = PIPES_AROUND.matcher(lines.get(at)).replaceAll("");
            String value = PIPES_AROUND.matcher(lines.get(valueAt)).replaceAll("");
            if (lines.get(at).length() > MAX_HEADER_LINE || !Columns.isHeaderWord(label) || value.isEmpty()
                    || Columns.roleOf(value) != null || PART.matcher(value).find()) {
                break;
            }
            int column = labels.indexOf(label);
            if (!firstWhole && column < 0) {
                labels.add(label);
                card.add(value);
            } else if (column < 0) {
                break; // the first card named every label
            } else {
                if (!firstWhole || !card.get(column).isEmpty()) {
                    firstWhole = true;
                    cards.add(card);
                    card = new ArrayList<>(Collections.nCopies(labels.size(), ""));
                }
                card.set(column, value);
            }
            next = valueAt + 1;
            end = next;
        }
        cards.add(card);
        List<Columns.Role> roles = labels.stream().map(Columns::roleOf).toList();
        if (labels.size() < MIN_CARD_LABELS || !roles.contains(Columns.Role.CONTENT)
                || !roles.contains(Columns.Role.LEAD) && !roles.contains(Columns.Role.TIME)) {
            return from;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(labels);
        table.addAll(cards);
        blocks.add(new Block.Table(table));
        return end;
    }

    private static int nonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** How far above a table's header the part that holds it is looked for. */
    private static final int PART_ABOVE = 200;
    private static final Pattern PART = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3})[、．.]");

    /**
     * 「四、活动内容与形式 / 活动名称 活动内容 … / … / 五、宣传方式」: the heading numbered next after the notice's part that
     * holds the table is that part's end, and the table's; a table's own section rows count from 一 (「一、围绕…公开」), and
     * where one of them comes first the headings after it are the table's. Returns the line of that heading, or the
     * number of lines when there is none.
     */
    private static int nextPart(List<String> lines, int from) {
        int above = 0;
        for (int i = from - 1; i >= Math.max(0, from - PART_ABOVE) && above == 0; i--) {
            Matcher m = PART.matcher(lines.get(i));
            if (m.find()) {
                above = ChineseNumerals.valueOf(m.group(1));
            }
        }
        for (int i = from + 1; above > 0 && i < lines.size(); i++) {
            Matcher m = PART.matcher(lines.get(i));
            if (m.find()) {
                int n = ChineseNumerals.valueOf(m.group(1));
                if (n == 1) {
                    break;
                }
                if (n == above + 1) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    /** "序号部门权责清单事项抽查事项…": a header whose words were copied with nothing between them. */
    private static final Pattern JOINED_HEADER = Pattern.compile("^(序号|编号)\\S{6,150}$");
    /** A header word ends with one of these: the header is cut after each. */
    private static final Pattern HEADER_WORD_END = Pattern.compile(
            "(?<=事项|内容|名称|任务|单位|部门|科室|股室|处室|对象|类别|方式|依据|层级|频次|时间|时限|范围|比例|备注)");
    /** "3县教育和体育局对…": a row that opens with its running number and nothing after it. */
    private static final Pattern JOINED_ROW = Pattern.compile("^(\\d{1,3})(?![\\d.、．%年月日])(\\S.*)$");
    /** The last character of a body's name. */
    private static final String BODY_END = "局委办厅所院部队站会室科股中心";

    /**
     * A table copied with every separator lost (a site's list whose cells were run together): a header line of column
     * words with nothing between them, opening with its number word ("序号部门权责清单事项抽查事项抽查内容…"), and rows that
     * open with their running number ("1县教育和体育局国家通用…", "2县教育和体育局普通话推广…"). The cells of such a row can
     * not all be told apart; two can: a body's name that opens every row the same way is the header's second column,
     * and the rest of the row is the third column's cell (a row the copy kept short, where the cells after it were
     * merged with the row above, is that cell whole). Returns the line after the table, or {@code from}.
     */
    private static int joinedCells(List<String> lines, int from, List<Block> blocks) {
        String head = lines.get(from).strip();
        if (!JOINED_HEADER.matcher(head).matches()) {
            return from;
        }
        String[] words = HEADER_WORD_END.split(head.substring(2));
        if (words.length < 3) {
            return from;
        }
        int known = 0;
        for (String w : words) {
            known += Columns.roleOf(w) != null ? 1 : 0;
        }
        if (known < 3) {
            return from;
        }
        List<String> texts = new ArrayList<>();
        int end = from + 1;
        while (end < lines.size()) {
            String line = lines.get(end).strip();
            if (line.isEmpty()) {
                end++;
                continue;
            }
            Matcher row = JOINED_ROW.matcher(line);
            if (!row.matches() || Integer.parseInt(row.group(1)) != texts.size() + 1) {
                break;
            }
            texts.add(row.group(2));
            end++;
        }
        if (texts.size() < 3) {
            return from;
        }
        // the body's name every row opens with, cut where a name ends
        String common = texts.get(0);
        for (String t : texts) {
            int k = 0;
            while (k < common.length() && k < t.length() && common.charAt(k) == t.charAt(k)) {
                k++;
            }
            common = common.substring(0, k);
        }
        int cut = common.length();
        while (cut > 0 && BODY_END.indexOf(common.charAt(cut - 1)) < 0) {
            cut--;
        }
        if (cut < 2) {
            return from;
        }
        // "…第二十二条。师训科": where the header ends with the units' column, a row's units follow its last full stop
        String last = words[words.length - 1];
        Columns.Role lastRole = Columns.roleOf(last);
        boolean unitsLast = words.length > 3 && (lastRole == Columns.Role.LEAD || lastRole == Columns.Role.ASSIST);
        List<List<String>> rows = new ArrayList<>();
        rows.add(unitsLast ? List.of(head.substring(0, 2), words[0], words[1], last)
                : List.of(head.substring(0, 2), words[0], words[1]));
        Set<String> endings = shortRowsEndings(texts, cut);
        for (int r = 0; r < texts.size(); r++) {
            String rest = texts.get(r).substring(cut);
            String units = "";
            int stop = rest.lastIndexOf('。');
            if (unitsLast && stop > 0 && unitNames(rest.substring(stop + 1))) {
                units = rest.substring(stop + 1);
                rest = rest.substring(0, stop + 1);
            }
            if (stop > 0) {
                rest = firstCell(rest, endings);
            }
            if (rest.isEmpty()) {
                return from;
            }
            rows.add(unitsLast ? List.of(String.valueOf(r + 1), common.substring(0, cut), rest, units)
                    : List.of(String.valueOf(r + 1), common.substring(0, cut), rest));
        }
        blocks.add(new Block.Table(rows));
        return end;
    }

    /** A row the copy kept short holds its first cell alone, no longer than this. */
    private static final int SHORT_ROW = 40;
    private static final int ENDING = 2;

    /**
     * 「2县教育和体育局普通话推广、普及与培训工作的检查」: the rows the copy kept short, their later cells merged with the row
     * above, hold the first cell alone and show how that column's cells end (…的检查, …的督导评估): their last two letters.
     */
    private static Set<String> shortRowsEndings(List<String> texts, int cut) {
        Set<String> endings = new HashSet<>();
        for (String t : texts) {
            String rest = t.substring(cut);
            if (rest.length() > ENDING * 2 && rest.length() <= SHORT_ROW && rest.indexOf('。') < 0) {
                endings.add(rest.substring(rest.length() - ENDING));
            }
        }
        return endings;
    }

    /**
     * 「国家通用文字标准和《汉语拼音方案》的应用情况的检查学校教育教学用语用字的管理和监督…第二十二条。」: a whole row run
     * together; its first cell ends where the first of the endings the short rows show stands. The text as it is where
     * none does.
     */
    private static String firstCell(String rest, Set<String> endings) {
        int best = -1;
        for (String e : endings) {
            int at = rest.indexOf(e, ENDING * 2);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 || best + ENDING >= rest.length() ? rest : rest.substring(0, best + ENDING);
    }

    /** "安全科、校建办": a few short names of bodies and nothing else. */
    private static boolean unitNames(String text) {
        if (text.isEmpty() || text.length() > 24) {
            return false;
        }
        for (String name : text.split("[、，,]")) {
            if (name.length() < 2 || name.length() > 12 || BODY_END.indexOf(name.charAt(name.length() - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeaderWordUnlabelled(String word) {
        return !word.endsWith(":") && !word.endsWith("：") && Columns.isHeaderWord(word);
    }

    /** 「| 玉皇阁」: a cell opened by its pipe at a line's start, no other pipe on the line. */
    private static final Pattern OPENED_CELL = Pattern.compile("^\\s*\\|\\s*[^|\\s][^|]*$");
    /** How many lines one row of wrapped cells may take. */
    private static final int MAX_WRAPPED_ROW_LINES = 16;

    /**
     * The lines without the blank lines that stand between two rows of cells between pipes ("| 1 | 宣传 | 县局 |"), as a
     * page copied with a blank line after each line sets them: a table's rows, not paragraphs of their own (the corpus
     * so copied read 606 fields fewer, 481 of them in its pipe tables).
     */
    static List<String> withoutBlanksBetweenRows(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean dropped = false;
        for (int k = 0; k < lines.size(); k++) {
            out.add(lines.get(k));
            if (isPipeRow(lines.get(k))) {
                int next = k + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next > k + 1 && next < lines.size() && isPipeRow(lines.get(next))) {
                    k = next - 1;
                    dropped = true;
                }
            }
        }
        return dropped ? out : lines;
    }

    /** A line of a pipe table: a row of cells between pipes ("| 1 | 宣传 |"), a cell its pipe closes, a lone pipe. */
    private static boolean isPipeRow(String line) {
        return line.indexOf('|') >= 0;
    }

    /**
     * 「演出时间 / | 地 点 / | 演出内容 / | 演出团体 / |」 over 「6月29日(星期二) / 20:00 / | 玉皇阁 / 广场 / | 非洲风情歌舞 / |
     * 莫桑比克 / “乌谢内”艺术团 / |」: a pipe table whose cells hold line breaks, each cell after a row's first opened by
     * its pipe at a line's start and each row closed by a lone pipe. Each such row is put back on one line
     * ("6月29日(星期二) 20:00 | 玉皇阁 广场 | …|"), a cell's lines joined by a space, where two rows at least stand so
     * (the header's first cell is taken as its one line); other lines stay as they are.
     */
    private static List<String> joinWrappedPipeRows(List<String> lines) {
        List<String> out = null;
        int copied = 0;
        for (int k = 1; k < lines.size(); k++) {
            if (!OPENED_CELL.matcher(lines.get(k)).matches() || lines.get(k - 1).indexOf('|') >= 0
                    || lines.get(k - 1).isBlank()) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            int from = k - 1;
            int end = wrappedRowEnd(lines, from);
            while (end > 0) {
                rows.add(wrappedRow(lines.subList(from, end)));
                from = end + 1;
                end = wrappedRowEnd(lines, from);
            }
            if (rows.size() < 2) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(lines.subList(copied, k - 1));
            out.addAll(rows);
            copied = from;
            k = from;
        }
        if (out == null) {
            return lines;
        }
        out.addAll(lines.subList(Math.min(copied, lines.size()), lines.size()));
        return out;
    }

    /**
     * The index of the lone pipe closing a row of wrapped cells that begins at {@code from}, or -1: its first line holds
     * no pipe, every other line is a cell opened by its pipe or a cell's next line, and one cell at least is opened.
     */
    private static int wrappedRowEnd(List<String> lines, int from) {
        if (from >= lines.size() || lines.get(from).isBlank() || lines.get(from).indexOf('|') >= 0) {
            return -1;
        }
        boolean opened = false;
        for (int i = from + 1; i < lines.size() && i <= from + MAX_WRAPPED_ROW_LINES; i++) {
            String line = lines.get(i);
            if (isPipe(line)) {
                return opened ? i : -1;
            }
            if (OPENED_CELL.matcher(line).matches()) {
                opened = true;
            } else if (line.isBlank() || line.indexOf('|') >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** One row of wrapped cells on one line, its cells parted by pipes. */
    private static String wrappedRow(List<String> lines) {
        StringBuilder row = new StringBuilder(lines.get(0).strip());
        for (String line : lines.subList(1, lines.size())) {
            if (OPENED_CELL.matcher(line).matches()) {
                row.append(" | ").append(line.strip().substring(1).strip());
            } else {
                row.append(' ').append(line.strip());
            }
        }
        return row.append(" |").toString();
    }

    /**
     * A pipe table's header row broken over two lines ("工作任务 | 具体要求" / "| 责任单位 |", or "| 序号 | 任务名称 |" /
     * "实施主体 | 联合部门 |"): one pipe stands where the line broke, the first line's last or the second's first, and
     * both hold nothing but header words. They are one row.
     */
    private static List<String> joinBrokenHeaders(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && line.contains("|")
                    && line.strip().endsWith("|") != lines.get(i + 1).stripLeading().startsWith("|")
                    && headerWords(line) >= 2 && headerWords(lines.get(i + 1)) >= 1
                    && !wholeRowUnder(lines.get(i + 1))) {
                out.add(line.stripTrailing() + " " + lines.get(i + 1).strip());
                i++;
                continue;
            }
            if (i + 2 < lines.size() && brokenTabHeader(line, lines.get(i + 1), lines.get(i + 2))) {
                // "序号\t任务名称\t检查类型 (日常/专项)" / "实施主体\t是否联合检查\t…": tabs between cells, the row broken
                // where a tab stood; the row under them has the cells of both
                out.add(line.stripTrailing() + "\t" + lines.get(i + 1).strip());
                i++;
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** Empty cells after a header's second row's words: as many as it takes to make the row as wide as the table. */
    private static final int MIN_EMPTY_AFTER_LOWER_ROW = 2;

    /**
     * 「序号 | 抽查项目 | 检查对象 | … | 检查依据 | |」 over 「抽查类别 | 抽查事项 | ||||||||」: a second header row, its words
     * the parts of a cell above that spans them, and empty cells after them to the table's width; not the rest of a
     * broken first row, which holds its words only.
     */
    private static boolean wholeRowUnder(String next) {
        List<String> cells = cellsOf(next);
        int empty = 0;
        for (int c = cells.size() - 1; c >= 0 && cells.get(c).isEmpty(); c--) {
            empty++;
        }
        return empty >= MIN_EMPTY_AFTER_LOWER_ROW;
    }

    /** Two lines of header words between tabs, and a row under them with as many cells as both together. */
    private static boolean brokenTabHeader(String line, String next, String row) {
        if (line.indexOf('\t') < 0 || next.indexOf('\t') < 0 || row.indexOf('\t') < 0 || line.contains("|")
                || next.contains("|")) {
            return false;
        }
        List<String> upper = trimmed(cellsOf(line));
        List<String> lower = trimmed(cellsOf(next));
        return upper.size() + lower.size() == trimmed(cellsOf(row)).size() && headerWords(upper) >= 2
                && headerWords(lower) >= 1;
    }

    /** How many cells are header words; 0 when any is neither one nor a short word that can head a column. */
    private static int headerWords(List<String> cells) {
        int n = 0;
        for (String raw : cells) {
            String cell = raw.strip();
            if (Columns.isHeaderWord(cell)) {
                n++;
            } else if (!Columns.isUnknownWord(cell)) {
                return 0;
            }
        }
        return n;
    }

    /**
     * How many cells of a pipe row are header words; 0 when any is neither one nor a short word that can head a column
     * beside them (是否联合检查).
     */
    private static int headerWords(String line) {
        String inner = PIPES_AROUND.matcher(line).replaceAll("");
        return headerWords(Arrays.asList(PIPE.split(inner)));
    }

    /**
     * Word and Excel copy a table as tab-separated rows, and a cell holding a line break as a quoted field spread over
     * several lines ({@code 1\t"开展专项\n检查"\t综合执法大队}). Those lines are one row.
     */
    static List<String> joinQuotedCells(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        for (String line : lines) {
            if (open != null) {
                open.append('\n').append(line);
                if (quotesBalanced(open)) {
                    out.add(open.toString());
                    open = null;
                }
            } else if (line.indexOf('\t') >= 0 && !quotesBalanced(line)) {
                open = new StringBuilder(line);
            } else {
                out.add(line);
            }
        }
        if (open != null) {
            out.addAll(open.toString().lines().toList());
        }
        return out;
    }

    /** Tab-separated fields; a field that opens with a quote runs to its closing quote, tabs and breaks included. */
    private static String[] splitTabs(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** Whether every field that opens with a quote (after a tab or at the start) has closed it. */
    private static boolean quotesBalanced(CharSequence row) {
        boolean inQuotes = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                if (inQuotes && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    i++;
                } else if (inQuotes) {
                    inQuotes = false;
                } else if (i == 0 || row.charAt(i - 1) == '\t') {
                    inQuotes = true;
                }
            }
        }
        return !inQuotes;
    }

    /**
     * 「…工作要点 / 责任分工分解表 / 序号 | / 工作任务 | / …」: a line with no pipe over cells each closed by its pipe is the
     * caption's last line, no header cell, though it holds a header's words.
     */
    private static boolean overCellsClosedByPipes(List<String> lines, int i) {
        return !lines.get(i).contains("|") && i + 2 < lines.size() && closedByPipe(lines.get(i + 1))
                && closedByPipe(lines.get(i + 2));
    }

    private static boolean isPipe(String line) {
        return line.strip().equals("|");
    }

    /** How long a header's cell closed by its pipe may be ("具体工作要求 |"). */
    private static final int MAX_CLOSED_HEADER_CELL = 16;

    /**
     * 「| / 工作任务 | / 具体工作要求 | / 责任单位 | / 完成时限 | / |」: a lone pipe over a header whose words are each
     * closed by their own pipe opens a table copied cell by cell, each cell closed by its pipe and each row by a lone
     * pipe; it is no flattened table's first pipe (that one's cells stand between lone pipes, no pipe of their own).
     */
    private static boolean opensClosedCells(List<String> lines, int at) {
        int words = 0;
        for (int i = at + 1; i < lines.size() && i <= at + 4; i++) {
            String next = lines.get(i);
            if (!closedByPipe(next) || next.length() > MAX_CLOSED_HEADER_CELL) {
                return false;
            }
            if (Columns.isHeaderWord(PIPES_AROUND.matcher(next).replaceAll(""))) {
                words++;
            }
        }
        return words >= 2;
    }

    /** Index after the last "|" line that still belongs to the flattened table starting at {@code from}. */
    private static int flattenedTableEnd(List<String> lines, int from) {
        int lastPipe = from;
        int sinceLastPipe = 0;
        for (int i = from + 1; i < lines.size(); i++) {
            if (isPipe(lines.get(i))) {
                lastPipe = i;
                sinceLastPipe = 0;
            } else if (++sinceLastPipe > MAX_LINES_PER_CELL) {
                break;
            }
        }
        return lastPipe + 1;
    }

    /**
     * Cells are what stands between two "|" lines (empty when two are adjacent). Rows end with "|" and the next
     * begins with "|", so between rows there is one empty "gap" cell. The header fixes the number of columns:
     * the cells up to the first gap. A copy that lost its last closing "|" leaves the last cell on the next line.
     */
    private static int readFlattened(List<String> lines, int from, int end, List<Block> blocks) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        for (int i = from; i < end; i++) {
            String line = lines.get(i);
            if (isPipe(line)) {
                if (cell != null) {
                    cells.add(cell.toString());
                }
                cell = new StringBuilder();
            } else if (cell != null) {
                cell.append(cell.isEmpty() ? "" : "\n").append(line.strip());
            }
        }
        if (cells.size() > 2 && !cells.get(0).isBlank() && cells.get(1).isEmpty() && cells.indexOf("") == 1
                && cells.subList(2, cells.size()).indexOf("") >= 2) {
            // 「| / 池州市…抽查工作计划 / | / | / 序号 / | / …」: the table's caption in a row of its own, over its header
            blocks.add(new Block.Line(cells.get(0).replace('\n', ' ')));
            cells = new ArrayList<>(cells.subList(2, cells.size()));
        }
        int opening = 0;
        while (opening < cells.size() && cells.get(opening).isEmpty()) {
            opening++; // 「标题 / | / | / | / 序号 / | / …」: the pipes a caption's row left, closing cells it did not have
        }
        if (opening > 0 && opening < cells.size() && Columns.isHeaderWord(cells.get(opening))) {
            cells = new ArrayList<>(cells.subList(opening, cells.size()));
        }
        int columns = cells.indexOf("");
        if (columns < 2) {
            columns = numberedWidth(cells);
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> merged = lostMergedCells(cells, columns);
        if (merged != null) {
            rows = merged;
            cells = List.of();
        }
        int at = 0;
        while (at < cells.size()) {
            if (at > 0 && cells.get(at).isEmpty()) {
                at++; // the gap between one row's closing "|" and the next row's opening "|"
            }
            if (at >= cells.size()) {
                break;
            }
            int stop = Math.min(at + columns, cells.size());
            rows.add(new ArrayList<>(cells.subList(at, stop)));
            at = stop;
        }
        int next = end;
        if (!rows.isEmpty()) {
            List<String> last = rows.get(rows.size() - 1);
            if (last.size() == columns - 1 && next < lines.size() && !lines.get(next).isBlank()) {
                last.add(lines.get(next).strip());
                next++;
            }
            while (last.size() < columns) {
                last.add("");
            }
        }
        blocks.add(new Block.Table(rows));
        return next;
    }

    /**
     * How many columns a flattened table has whose copy put one "|" between every two cells, rows and all, and so left no
     * empty cell between one row and the next (「| / 序号 / | / 抽查任务名称 / | / … / 备注 / | / 1 / | / 2025年度…抽查」):
     * the cells up to the row number 1, half of them header words at least (信用风险分类监管要求 heads a column as well), where
     * the second row, if the copy reaches it, opens with 2. All the cells as one row where no such header stands.
     */
    private static int numberedWidth(List<String> cells) {
        int first = cells.indexOf("1");
        if (first < 2 || 2 * first < cells.size() && !cells.get(2 * first).strip().equals("2")) {
            return cells.size();
        }
        long words = cells.subList(0, first).stream().map(String::strip).filter(Columns::isHeaderWord).count();
        return words >= 2 && 2 * words >= first ? first : cells.size();
    }

    /**
     * A table whose first columns were merged over several rows ("工作任务" over the "具体内容" rows under it) loses those
     * cells from every row but the first of its group: the rows, still parted by the empty cell between one row's
     * closing pipe and the next one's opening, are short. Read by count, every row after such a one would slip; so
     * where counting lets a row start without that gap before it and every part between gaps fits the columns, the
     * rows are the parts, a short one laid into the last columns with the merged cells carried down from above.
     * Null when counting reads the table well.
     */
    private static List<List<String>> lostMergedCells(List<String> cells, int columns) {
        boolean slips = false;
        int at = 0;
        while (at < cells.size()) {
            if (at > 0 && cells.get(at).isEmpty()) {
                at++;
            } else if (at > 0) {
                slips = true;
                break;
            }
            at += columns;
        }
        if (!slips) {
            return null;
        }
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String cell : cells) {
            if (cell.isEmpty()) {
                if (part.isEmpty() || part.size() > columns) {
                    return null; // two gaps in a row, or a part too long: an empty cell inside a row
                }
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(cell);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        if (parts.size() < 3 || parts.get(0).size() != columns || parts.stream().anyMatch(p -> p.size() > columns)) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> above = null;
        for (List<String> p : parts) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns - p.size(); c++) {
                row.add(above == null ? "" : above.get(c));
            }
            row.addAll(p);
            rows.add(row);
            above = row;
        }
        return rows;
    }

    /** The label that opens a site's index: 索引号, 索取号, alone on its line. */
    private static final Pattern INDEX_OPENS = Pattern.compile("^\\s*(?:索引号|索取号)\\s*[:：]?\\s*$");
    /** A label of a site's index: a short word, its colon perhaps. */
    private static final Pattern INDEX_LABEL = Pattern.compile("^\\s*\\p{IsHan}{2,6}\\s*[:：]?\\s*$");

    /**
     * 「索引号 / 000330185/2022-83945 / 公开方式 / 主动公开 / … / 发文日期 / 2022-07-14 / 序号 / 实事项目」: a site's index
     * copied one cell a line (or a paragraph), label and value in turn; it ends where a label is followed by another
     * header word, not a value (序号 / 实事项目, the table under it). The line after the index, or {@code from}.
     */
    private static int siteIndexEnd(List<String> lines, int from) {
        // every line of a text is asked: most are passed on the index's first word missing, without a pattern
        if (lines.get(from).indexOf('索') < 0 || !INDEX_OPENS.matcher(lines.get(from)).matches()) {
            return from;
        }
        int end = from;
        int pairs = 0;
        int label = from;
        while (label < lines.size() && INDEX_LABEL.matcher(lines.get(label)).matches()) {
            int value = label + 1;
            while (value < lines.size() && lines.get(value).isBlank()) {
                value++;
            }
            if (value == lines.size()
                    || pairs > 0 && Columns.isHeaderWord(PIPES_AROUND.matcher(lines.get(value)).replaceAll(""))) {
                break;
            }
            pairs++;
            end = value + 1;
            label = end;
            while (label < lines.size() && lines.get(label).isBlank()) {
                label++;
            }
        }
        return pairs >= 2 ? end : from;
    }

    /**
     * A row of a government site's index (索引号, 发布机构…, labels no task's cell opens with), as {@code document.Chrome}
     * reads it; the layout, read before the document, keeps its own short list.
     */
    static final Pattern SITE_INDEX_ROW = Pattern.compile(
            "^[\\s|｜]*(?:索引号|索取号|发文字号|发布机构|成文日期|生成日期|发布日期|主题分类|组配分类)\\s*[:：]");

    /** 「标题: | …」: a row that opens with a label. */
    private static final Pattern LABELLED_ROW = Pattern.compile("^[\\s|｜]*[^|｜:：\\s]{1,6}[:：]\\s*[|｜]");

    /** How many lines from {@code from} on are rows of a tab, multi-space or Markdown table. */
    private static int rowRun(List<String> lines, int from) {
        int n = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (MARKDOWN_RULE.matcher(line).matches() && line.contains("|") && n > 0) {
                n++;
                continue;
            }
            if (n > 0 && SITE_INDEX_ROW.matcher(line).lookingAt()
                    && !LABELLED_ROW.matcher(lines.get(from)).lookingAt()) {
                // 「索引号: | 1137…/2022-04772 | 成文日期: | 2022-10-08 |」 under a table's last row: the site's index, no
                // row of it (under 「标题: | …」 the index goes on)
                break;
            }
            List<String> cells = cellsOf(line);
            if (cells.size() < 3 && !(n > 0 && (closedByPipe(line) || cells.size() == 2 && line.indexOf('\t') >= 0)
                    && NUMBERED_ROW.matcher(line).find())
                    && !(n > 0 && cutByTheEnd(lines, i)) && !(n == 1 && lowerHeaderRow(lines, from, i))
                    && !(n > 0 && wrappedLastCell(lines.get(i - 1), line))
                    && !(n > 0 && goesOnOpenRow(lines.get(i - 1), line))
                    && !(n > 0 && loneCellBetweenRows(lines, i))) {
                // inside a run, a numbered row that lost its empty cells still closes its last one with a pipe:
                // "4.加强行政执法信息公开。 | 市场执法股 |", or keeps a tab between its two ("5.加强…公开。\t市直有关部门",
                // under a group cell merged over it); a caption or title closed so ("…的通知 |") is no row
                break;
            }
            n++;
        }
        return n;
    }

    /** A header's lower row has two to six cells of a few letters and no digits: "不定向 | 定向", "是(联合抽查部门) | 否". */
    private static final int MAX_LOWER_CELLS = 6;
    private static final int MAX_LOWER_WORD = 8;
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[（(][^）)]*[）)]|\\s");

    /**
     * The line under a header row is its lower row ("| 是(聯合抽查部門) | 否 |" under "…| 是否跨部門聯合抽查 |…") where its
     * cells are a header's short words and the row after it has more cells than the header's upper row.
     */
    private static boolean lowerHeaderRow(List<String> lines, int from, int at) {
        return at + 1 < lines.size() && isLowerRow(trimmed(cellsOf(lines.get(at))))
                && trimmed(cellsOf(lines.get(at + 1))).size() > trimmed(cellsOf(lines.get(from))).size();
    }

    private static boolean isLowerRow(List<String> cells) {
        if (cells.size() < 2 || cells.size() > MAX_LOWER_CELLS) {
            return false;
        }
        for (String cell : cells) {
            String word = BRACKETED_NOTE.matcher(Repair.withoutReadings(cell)).replaceAll("");
            if (word.isEmpty() || word.length() > MAX_LOWER_WORD || CellStream.A_DIGIT.matcher(word).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * 「| 計劃編號 | 抽查任務名稱 | 是否跨部門聯合抽查 | 抽查事項 | … |」 over 「| 是(聯合抽查部門) | 否 |」, rows
     * 「| 1 | 校園食品安全聯合檢查 | √ | | 加工制作過程的檢查… |」: a two-row header copied row by row. The lower row's cells
     * split the upper cell they stand under, so each row has as many more cells; that cell is the one that, split,
     * lays the rows' cells into the columns they fit best. The rows as they are where the widths do not tell so.
     */
    private static List<List<String>> twoRowHeader(List<List<String>> rows) {
        if (rows.size() < 3) {
            return rows;
        }
        List<String> upper = trimmed(rows.get(0));
        List<String> lower = trimmed(rows.get(1));
        List<List<String>> body = rows.subList(2, rows.size());
        int widest = body.stream().mapToInt(r -> trimmed(r).size()).max().orElse(0);
        if (!isLowerRow(lower) || widest > upper.size() + lower.size() - 1) {
            return rows;
        }
        int spanning = spanningCell(upper, lower);
        if (widest < upper.size() + lower.size() - 1 && (spanning < 0 || widest < upper.size())) {
            // (a cell whose second row names its parts spans them though the rows' last cells, notes, are empty)
            return rows;
        }
        if (spanning >= 0) {
            // 「抽查项目」 over 「抽查类别 | 抽查事项」: the one cell above whose first word the row below opens with
            List<String> header = new ArrayList<>(upper.subList(0, spanning));
            header.addAll(lower);
            header.addAll(upper.subList(spanning + 1, upper.size()));
            List<List<String>> out = new ArrayList<>();
            out.add(header);
            out.addAll(body);
            return out;
        }
        List<String> best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < upper.size(); p++) {
            List<String> header = new ArrayList<>(upper.subList(0, p));
            header.addAll(lower);
            header.addAll(upper.subList(p + 1, upper.size()));
            double fit = 0;
            for (List<String> row : body) {
                for (int c = 0; c < Math.min(row.size(), header.size()); c++) {
                    Columns.Role role = Columns.roleOf(header.get(c));
                    fit += CellStream.fit(row.get(c), role == null ? Columns.Role.OTHER : role);
                }
            }
            if (fit > bestFit) {
                bestFit = fit;
                best = header;
            }
        }
        List<List<String>> out = new ArrayList<>();
        out.add(best);
        out.addAll(body);
        return out;
    }

    /** What a cell names that spans the parts of the work under it: 抽查项目 over 抽查类别 | 抽查事项. */
    private static final Pattern SPANS_PARTS = Pattern.compile("(?:项目|事项|内容|任务|名称)$");

    /**
     * The one cell of a header's first row that names the work (抽查项目) and whose first two letters every word of its
     * second row opens with (抽查类别, 抽查事项), or -1.
     */
    static int spanningCell(List<String> upper, List<String> lower) {
        int found = -1;
        for (int p = 0; p < upper.size(); p++) {
            String word = upper.get(p).replaceAll("\\s", "");
            if (word.length() < 2 || !SPANS_PARTS.matcher(word).find()) {
                continue;
            }
            String head = word.substring(0, 2);
            if (lower.stream().map(w -> w.replaceAll("\\s", "")).allMatch(w -> w.startsWith(head) && !w.equals(word))) {
                if (found >= 0) {
                    return -1;
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * 「五、切实增强回应关切效果。 | 10.密切关注… | 各科室 |」 / 「11.提前做好重大政策发布前…」 and the text ends: the last row,
     * cut off by the end of the copy in its task cell, with no pipe to close it. It is a row where it is the text's last
     * line and its task opens with the number after the row above's.
     */
    private static boolean cutByTheEnd(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        int above = numberOf(cellsOf(lines.get(at - 1)));
        return above > 0 && numberOf(pipeCells(lines.get(at))) == above + 1;
    }

    /** How long a section's heading between a table's rows may be. */
    private static final int MAX_SECTION_LINE = 40;

    /**
     * 「工作任务\t具体要求\t责任单位 / 一、以公开助力经济平稳健康发展 / (一)加强…\t1.加大…\t区发展改革局」: a table copied with
     * tabs between its cells writes a row of one cell with no tab: a section's row over the whole width (a heading),
     * or a numbered task whose other cells were merged or empty ("2.做好…归集整理和主动公开工作。"), between two rows
     * of tabs; Markdown writes the heading between its pipes ("| 一、以公开助力经济平稳健康发展 |").
     */
    private static boolean loneCellBetweenRows(List<String> lines, int at) {
        String line = PIPES_AROUND.matcher(lines.get(at)).replaceAll("");
        boolean tabs = lines.get(at - 1).indexOf('\t') >= 0;
        boolean markdown = lines.get(at).strip().startsWith("|") && lines.get(at - 1).strip().startsWith("|");
        return (tabs || markdown) && line.indexOf('\t') < 0 && line.indexOf('|') < 0 && at + 1 < lines.size()
                && (tabs ? lines.get(at + 1).strip().indexOf('\t') > 0 : cellsOf(lines.get(at + 1)).size() >= 2)
                && (line.length() <= MAX_SECTION_LINE && Text.HEADING.matcher(line).find()
                        || tabs && NUMBERED_ROW.matcher(line).find());
    }

    /**
     * 「… | 市规划局 | 市国土资源局」 / 「市农牧林业局 | 2010年9月20日前 |」: a row broken inside a cell that held a line break
     * goes on at the next line, which closes it with its pipe.
     */
    private static boolean goesOnOpenRow(String above, String line) {
        return above.indexOf('|') >= 0 && !closedByPipe(above) && !line.strip().startsWith("|") && closedByPipe(line)
                && !NUMBERED_ROW.matcher(line).find();
    }

    /**
     * 「2 | 优秀论文交流会 | 北京标准化协会 | 各有关部门、行业 | 10月14日」 / 「| 和平里大酒店」: a row broken before its last
     * cell, which stands on a line of its own opened by the pipe the row above left off (「| 北京汽车博物馆 |」 likewise).
     */
    private static boolean wrappedLastCell(String above, String line) {
        return line.strip().startsWith("|") && !closedByPipe(above) && trimmed(pipeCells(line)).size() == 1;
    }

    /**
     * 「序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注」 over 「2 | 扎实做好疫苗接种信息公开… | 疾控处 | 长期推进 |」: a
     * row two or more cells short of its header lost cells between its first and its last (a task column merged over
     * the rows, an empty 备注); read in place, the unit fell under 细化分工 and the time under 责任处室. The cells after
     * its running number are laid into the columns after the number where they fit best, as a row lost into lines is.
     */
    private static List<List<String>> shortRowsLaid(List<List<String>> rows) {
        if (rows.size() < 2) {
            return rows;
        }
        List<String> header = rows.get(0);
        if (Columns.roleOf(header.get(0)) != Columns.Role.NO) {
            return rows;
        }
        List<Columns.Role> after = new ArrayList<>();
        for (String h : header.subList(1, header.size())) {
            Columns.Role role = Columns.roleOf(h);
            after.add(role == null ? Columns.Role.OTHER : role);
        }
        if (!after.contains(Columns.Role.CONTENT)) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> cells = trimmed(row);
            if (cells.size() < 3 || cells.size() > header.size() - 2 || numberOf(cells) <= 0
                    || !NUMBER_OPENS.matcher(cells.get(0).strip()).matches()) {
                out.add(row);
                continue;
            }
            List<CellStream.Cell> body = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                body.add(new CellStream.Cell(cells.get(c), c, false));
            }
            List<String> laid = new ArrayList<>();
            laid.add(cells.get(0));
            laid.addAll(CellStream.laid(body, after));
            out.add(laid);
        }
        return out;
    }

    /** A row's cells split at every pipe, where {@link #cellsOf} wants more than one to see a pipe row. */
    private static List<String> pipeCells(String line) {
        List<String> cells = cellsOf(line);
        if (cells.size() > 1 || line.indexOf('|') < 0) {
            return cells;
        }
        List<String> split = new ArrayList<>();
        for (String p : PIPES_AROUND.matcher(line).replaceAll("").split("\\|", -1)) {
            split.add(p.strip());
        }
        return split;
    }

    private static boolean closedByPipe(String line) {
        String t = line.strip();
        return t.length() > 1 && (t.endsWith("|") || t.endsWith("｜"));
    }

    private static List<List<String>> splitRows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        int width = -1;
        // the row before was broken off without its closing pipe: its last cell goes on, unless the line opens with
        // the pipe that closed it
        boolean open = false;
        List<String> last = null;
        for (String line : lines) {
            if (MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            List<String> cells = pipeCells(line);
            boolean cellGoesOn = open && !line.strip().startsWith("|");
            if (width < 0) {
                width = trimmed(cells).size();
            } else if (last != null && goesOn(last, cells, width, cellGoesOn, line)) {
                List<String> joined = new ArrayList<>(trimmed(last));
                List<String> more = trimmed(cells);
                if (cellGoesOn) {
                    joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "\n" + more.get(0));
                    more = more.subList(1, more.size());
                }
                joined.addAll(more);
                rows.set(rows.size() - 1, joined);
                last = joined;
                open = !closedByPipe(line);
                continue;
            }
            rows.add(cells);
            last = cells;
            open = line.contains("|") && !closedByPipe(line);
        }
        return rows;
    }

    /**
     * A pipe row broken where a cell held a line break ("1 | 对用人单位制定规章制度的行政检查 |" / "1.用人单位制定的… | 各类用人单位
     * | … |"): the next line opens with no running number, and the two together hold no more cells than the header.
     */
    private static boolean goesOn(List<String> row, List<String> next, int width, boolean open, String nextLine) {
        List<String> a = trimmed(row);
        List<String> b = trimmed(next);
        if (a.isEmpty() || b.isEmpty() || !nextLine.contains("|") || a.size() >= width
                || b.get(0).matches("\\d{1,3}[.、．]?") || b.get(0).isEmpty()
                || nextLine.strip().startsWith("|") && b.size() == 1 && Text.HEADING.matcher(b.get(0)).find()) {
            // 「| 二、紧扣宏观政策… |」: a row of one cell, a section's heading opened and closed by its pipes, is a row
            return false;
        }
        // "8.持续深化… | 市财政局 |" / "9.加大… |": a row that numbers its task in the text goes on with the next number
        int no = numberOf(a);
        // 「| (二)不断改进… | 7. 按照… |」: a group's heading may stand before the number, in a cell of its own
        String task = b.size() > 1 && Text.HEADING.matcher(b.get(0)).find() ? b.get(1) : b.get(0);
        Matcher opening = NUMBER_OPENS.matcher(task);
        if (opening.find() && (no < 0 || Integer.parseInt(opening.group(1)) == no + 1)) {
            return false;
        }
        return a.size() + b.size() - (open ? 1 : 0) <= width;
    }

    private static final Pattern NUMBER_OPENS = Pattern.compile("^(\\d{1,3})(?:[.、．](?!\\d)|$)");

    /** The row's running number: its first cell that is a number or opens with one ("1", "8.持续深化…"), else -1. */
    private static int numberOf(List<String> row) {
        for (int c = 0; c < Math.min(row.size(), 3); c++) {
            Matcher m = NUMBER_OPENS.matcher(row.get(c));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static long filledCells(String line) {
        return cellsOf(line).stream().filter(c -> !c.isEmpty()).count();
    }

    private static List<String> cellsOf(String line) {
        String[] parts;
        if (PIPE_ROW.matcher(line).matches() || INNER_PIPES.matcher(line).find() || closedByPipe(line)) {
            String inner = line.strip();
            inner = inner.substring(inner.startsWith("|") ? 1 : 0,
                    inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
            parts = inner.split("\\|", -1);
        } else if (line.indexOf('\t') >= 0) {
            parts = splitTabs(line);
        } else {
            parts = SPACES.split(line.strip(), -1);
        }
        List<String> cells = new ArrayList<>();
        for (String p : parts) {
            cells.add(p.strip());
        }
        return cells;
    }
}
