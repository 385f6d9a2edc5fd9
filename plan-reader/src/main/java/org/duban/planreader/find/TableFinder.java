package org.duban.planreader.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.document.Numbering;
import org.duban.planreader.text.Text;
import org.duban.planreader.layout.Columns;
import org.duban.planreader.layout.Columns.Role;
import org.duban.planreader.text.Hans;
import org.duban.planreader.time.ChineseNumerals;
import org.duban.planreader.time.TimeKind;
import org.duban.planreader.time.TimeText;
import org.duban.planreader.time.TimesInText;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/**
 * Reads a plan's task table. The header row is found by its words (which vary from plan to plan) <em>and</em> by
 * what each column holds: a column of unit names is a unit column under any header (or none), a column of dates a
 * time column. Section rows ("一、宣传活动" merged across the table) name the section of the rows under them, and
 * numbers that restart under a new section are made unique ("2.1").
 */
public final class TableFinder {

    /** The stop after a row's number: "1." "2、". */
    private static final Pattern NUMBER_STOP = Pattern.compile("[.、．]$");
    /** A row's running number and nothing else: "3", "3.", "3、". */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}[.、．]?");
    /**
     * "A牵头，B配合", "A（牵头）、B（配合）": who leads, then who helps ("B、C按职责分工配合": how they help is taken off
     * their names by {@link UnitNames#split}).
     */
    private static final Pattern LEAD_MARK = Pattern.compile(
            "^(.+?)[（(]?牵头(?:负责)?[）)]?[，,；;、\\s]*(.+?)[（(]?(配合|协助|参与|协办)[）)]?$");
    private static final Pattern LED = Pattern.compile(
            // "A指导，B负责落实": the ministry that guides, then the places that carry it out
            "^(.+?)[（(]?(?:牵头(?:负责)?|指导)[）)]?[，,；;、\\s]+(.+?)(?:等)?(?:单位|部门)?"
                    + "(?:按职责分工负责|按职责负责|共同负责|配合|协助|参与|参加|协办|承办|负责)?[。.]?$");
    /** "参与", "负责落实", "按职责分工负责", "参照落实": the part a clause's units take, said after them. */
    private static final Pattern PART_AT_END = Pattern.compile(
            "(?:按职责分工|按职责|共同|分别|参照)?(?:负责落实|负责|落实|配合|协助|参与|参加|协办|承办)[。.]?$");
    /** 「主办:北京市质监局 承办:北京标准化协会」: a unit cell labelled as an event's fields are, the host first. */
    private static final Pattern HOSTED = Pattern.compile("^主[办辦][:：]\\s*(.+?)\\s*(?:承[办辦]|协[办辦])[:：]\\s*(.+)$");
    private static final Pattern HELPER_LABEL = Pattern.compile("\\s*(?:承[办辦]|协[办辦])[:：]\\s*");
    private static final Pattern WITH = Pattern.compile("^([^、，,；;]+?(?:[处科室局股队](?=会)|(?=\\s*(?:会同|联合))))\\s*(会同|联合|会)\\s*(.+)$");
    private static final Pattern MARKED_LEAD = Pattern.compile("[（(](牵头|负责|主办)(?:单位|部门|科室|处室|股室)?[）)]");
    private static final int HEADER_SEARCH_ROWS = 4;
    /** Share of a column's filled cells that must be unit names (or times) for the column to count as such. */
    private static final double TYPED = 0.6;

    private TableFinder() {
    }

    /** The tasks of a table, or empty when it is not a task table. */
    public static Optional<List<RawTask>> read(List<List<String>> rows) {
        return read(rows, header(rows));
    }

    /**
     * The tasks of a table whose columns a person named (NO CONTENT TIME LEAD ASSIST OTHER, one per column); header
     * rows at its top are skipped.
     */
    public static Optional<List<RawTask>> read(List<List<String>> rows, List<String> roles) {
        Map<Role, List<Integer>> columns = new EnumMap<>(Role.class);
        for (int c = 0; c < roles.size(); c++) {
            Role role = Role.valueOf(roles.get(c));
            if (role != Role.OTHER) {
                columns.computeIfAbsent(role, k -> new ArrayList<>()).add(c);
            }
        }
        if (!columns.containsKey(Role.CONTENT)) {
            return Optional.empty();
        }
        int dataFrom = 0;
        while (dataFrom < rows.size() && mapHeader(rows.get(dataFrom)).size() >= 2) {
            dataFrom++;
        }
        return read(rows, new Header(dataFrom, columns));
    }

    /** What the reader takes each column of a table to mean, or OTHER for every column of a table of no tasks. */
    public static List<String> rolesOf(List<List<String>> rows) {
        Header header = header(rows);
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> roles = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String role = Role.OTHER.name();
            if (header != null) {
                for (Map.Entry<Role, List<Integer>> e : header.columns.entrySet()) {
                    if (e.getValue().contains(c)) {
                        role = e.getKey().name();
                    }
                }
            }
            roles.add(role);
        }
        return roles;
    }

    /** How far a table that goes on may skip in its numbers (an item left out of a division, 80 then 82). */
    private static final int NUMBERS_SKIPPED = 3;

    /**
     * A table Word broke off at a page and went on in a table of its own (corpus-files f09: rows 80–81 under the
     * header, then 82… with no header and fewer columns, the header's cell merged over three results now one): the
     * rows of {@code next} under the header of {@code previous} when {@code next} has none of its own and its first
     * row's number goes on from the last of {@code previous}; the header's cells copied over a merge are taken once
     * where {@code next} is narrower. {@code next} as it is otherwise.
     */
    public static List<List<String>> goingOn(List<List<String>> previous, List<List<String>> next) {
        if (previous.isEmpty() || next.isEmpty() || !numbered(next.get(0))
                || mapHeader(next.get(0)).containsKey(Role.CONTENT)) {
            return next;
        }
        Header header = header(previous);
        if (header == null || header.dataFrom() <= 0 || !numbered(previous.get(previous.size() - 1))) {
            return next;
        }
        int last = numberOf(previous.get(previous.size() - 1));
        int first = numberOf(next.get(0));
        if (first < last || first > last + NUMBERS_SKIPPED) {
            // a table numbered from 1 again is a table of its own
            return next;
        }
        List<String> head = previous.get(header.dataFrom() - 1);
        int width = next.get(0).size();
        if (head.size() != width) {
            List<String> once = new ArrayList<>();
            for (String cell : head) {
                if (once.isEmpty() || !once.get(once.size() - 1).equals(cell)) {
                    once.add(cell);
                }
            }
            head = once;
        }
        if (head.size() != width) {
            return next;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(head);
        rows.addAll(next);
        return rows;
    }

    private static Optional<List<RawTask>> read(List<List<String>> table, Header header) {
        if (header == null) {
            return Optional.empty();
        }
        List<List<String>> rows = aligned(table, header);
        Map<Role, List<Integer>> columns = header.columns;
        List<Integer> contentColumns = new ArrayList<>(columns.get(Role.CONTENT));
        int categoryColumn = -1;
        int results = resultsWithTheirTimes(rows, header.dataFrom, columns);
        if (results >= 0) {
            // 「改革举措 (merged over its rows) | 主要成果及出台时间 / 制定…实施规划和年度方案。（2014年）」: the measure is the
            // rows' group, each result the row's work, and the time it closes with the row's time
            categoryColumn = contentColumns.get(0);
            contentColumns = List.of(results);
            Map<Role, List<Integer>> moved = new EnumMap<>(columns);
            List<Integer> times = new ArrayList<>(columns.get(Role.TIME));
            times.remove(Integer.valueOf(results));
            moved.put(Role.CONTENT, List.of(results));
            if (times.isEmpty()) {
                moved.remove(Role.TIME);
            } else {
                moved.put(Role.TIME, times);
            }
            columns = moved;
        }
        int numberColumn = first(columns, Role.NO);
        if (contentColumns.size() > 1 && numberColumn > contentColumns.get(0)
                && numberColumn < contentColumns.get(contentColumns.size() - 1)) {
            // "工作任务 | 序号 | 具体要求": what stands before the row's number is the group it belongs to
            categoryColumn = contentColumns.get(0);
            contentColumns = contentColumns.stream().filter(c -> c > numberColumn).toList();
        }
        if (contentColumns.size() > 1) {
            // a category merged over several rows, then the task: the category is the task's section
            int fullest = contentColumns.stream().mapToInt(c -> filledCells(rows, header.dataFrom, c).size()).max().orElse(0);
            // a column left empty in most rows (a category merged over them, its cells lost in the copy) names no
            // row's work
            List<Integer> varying = contentColumns.stream()
                    .filter(c -> !repeats(rows, header.dataFrom, c) && !mergedAndLeftEmpty(rows, header.dataFrom, c, fullest)
                            && filledCells(rows, header.dataFrom, c).size() * 2 >= fullest)
                    .toList();
            if (!varying.isEmpty() && varying.size() < contentColumns.size() && categoryColumn < 0) {
                categoryColumn = contentColumns.stream().filter(c -> !varying.contains(c)).findFirst().orElse(-1);
            }
            int numbering = numberColumn < 0 ? numberingColumn(rows, header.dataFrom, varying) : -1;
            // 「工作任务 | 具体要求 | 落实单位」 with 「明确工作机构及领导职责 | 1.加强政务公开工作组织领导… | 各镇街」: where no column
            // numbers the rows, the column whose cells carry the running number holds each row's work
            contentColumns = List.of(varying.isEmpty() ? contentColumns.get(0)
                    : numbering >= 0 ? numbering : mostTheTask(rows, header.dataFrom, varying));
        }
        // 「抽查类别 | 抽查事项」 where some rows list the points they check in the 事项 cell: those rows are named by the
        // column before it, the others by their own 事项
        int namingOfLists = -1;
        if (contentColumns.size() == 1 && enumerates(rows, header.dataFrom, contentColumns.get(0))) {
            contentColumns = List.of(namingColumn(rows, header.dataFrom, contentColumns.get(0)));
        } else if (contentColumns.size() == 1) {
            int naming = namingColumn(rows, header.dataFrom, contentColumns.get(0));
            namingOfLists = naming == contentColumns.get(0) ? -1 : naming;
        }
        List<RawTask> tasks = new ArrayList<>();
        String section = null;
        int sectionNo = 0;
        String groupLead = null;
        for (int r = header.dataFrom; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (isHeaderAgain(row, columns) || header.dataFrom > 0 && sameWords(row, rows.get(header.dataFrom - 1))) {
                continue;
            }
            String lost = tasks.isEmpty() ? null : lostIntoTheFirstCell(row, tasks.get(tasks.size() - 1), contentColumns);
            if (lost != null) {
                Matcher own = Text.OPENING_NUMBER.matcher(lost);
                if (cell(row, 0).isBlank() && own.lookingAt()) {
                    // the task's own cell, cut off by the end of the text: its number as the rows above have theirs
                    tasks.add(new RawTask(own.group(1), lost.substring(own.end()), "", "", "", section));
                } else {
                    tasks.add(new RawTask("", lost, "", "", "", section));
                }
                continue;
            }
            String groupUnit = groupUnit(row);
            if (groupUnit != null) {
                // 「分管局领导：刘兵  责任处室：政策法规处  5月以前：1/3」 across a ledger: the rows under it are that unit's
                groupLead = groupUnit;
                continue;
            }
            if (isSectionRow(row)) {
                section = row.stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip();
                sectionNo++;
                continue;
            }
            String content = content(row, contentColumns);
            if (namingOfLists >= 0 && listsPoints(content) && !cell(row, namingOfLists).isBlank()) {
                content = cell(row, namingOfLists);
            }
            if (content.isEmpty()) {
                continue;
            }
            String no = NUMBER_STOP.matcher(cell(row, first(columns, Role.NO))).replaceAll("");
            Matcher own = numberColumn < 0 ? Text.OPENING_NUMBER.matcher(content) : null;
            if (own != null && !own.lookingAt()) {
                // "2.2021年底前制定…": the digits after the mark are the year the item opens with
                own = RUNNING_NO.matcher(content);
            }
            if (own != null && own.lookingAt()) {
                // 「1. 生产总值增长7.5%以上。 | 董贵波 | 市发改委…」: no number column, the task's cell opens with its number
                no = own.group(1);
                content = content.substring(own.end());
            }
            String lead = initiators(joined(row, columns.get(Role.LEAD)));
            String assist = joined(row, columns.get(Role.ASSIST));
            if (!columns.containsKey(Role.ASSIST)) {
                String[] split = splitResponsibility(UnitNames.lineBreaksRead(lead));
                lead = split[0];
                assist = split[1];
            }
            Matcher hosted = HOSTED.matcher(lead.strip());
            if (hosted.matches()) {
                lead = hosted.group(1);
                assist = helpersBefore(hosted.group(2), assist);
            }
            lead = withoutParts(lead);
            assist = withoutParts(assist);
            if (lead.isBlank() && groupLead != null) {
                lead = groupLead;
            }
            RawTask above = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
            if (above != null && numberColumn >= 0 && no.isBlank() && lead.isBlank() && assist.isBlank()
                    && !above.no().isBlank()) {
                // 「1 | 学校办学情况抽查 | 1.学校招生…的检查 | … | 教育部门 | 市场监管部门」 over 「2.中小学教育装备产品…检查 |
                // 各类中小学 | 60-70家 | 区级发起」: a row under the merged number of the row above, its unit cells merged
                // with that row's too, is done by the same units
                lead = above.leadText();
                assist = above.assistText();
            }
            String category = categoryColumn < 0 ? null : cell(row, categoryColumn);
            String time = results >= 0 ? timeClosing(cell(row, results))
                    : columns.containsKey(Role.TIME) ? timeOf(row, columns.get(Role.TIME))
                    : timeOpeningACell(row, columns);
            if (time.isBlank() && above != null && first(columns, Role.TIME) == 0 && numberColumn < 0
                    && cell(row, 0).isEmpty()) {
                // 「3月31日前 | 1.上报…招生计划 | 计财科」 over 「 | 2.下达…招生计划 | 计财科」: a schedule's day merged over the
                // rows after it, its first column, written in the first row only
                time = above.timeText();
            }
            String group = category == null || category.isEmpty() ? section : category;
            List<Integer> next = own != null && own.lookingAt() ? itemsGoingOn(content, no) : List.of();
            if (!next.isEmpty()) {
                // 「 | 2.学生综合素质评价。 3.初中毕业生体育测试…。 4.… | 市教育局中招办」: the items of the cell the rows
                // number, one line each, that share the units' cell merged beside them, each a task
                List<String> pieces = Text.cutAt(content, next);
                tasks.add(new RawTask(no, pieces.get(0), time, lead, assist, group));
                for (String piece : pieces.subList(1, pieces.size())) {
                    Matcher number = Text.OPENING_NUMBER.matcher(piece);
                    number.lookingAt();
                    tasks.add(new RawTask(number.group(1), piece.substring(number.end()), time, lead, assist, group));
                }
                continue;
            }
            tasks.add(new RawTask(no, content, time, lead, assist, group));
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.unique(tasks, sectionNo > 0));
    }

    /**
     * 「主办:北京市质监局 承办:北京标准化协会 | 各有关委办局、区质监局」: the host leads (as 主办 does in an item's fields);
     * the bodies that carry the event out (承办, 协办) assist, before the units the table says take part.
     */
    private static String helpersBefore(String helpers, String assist) {
        String named = HELPER_LABEL.matcher(helpers).replaceAll("、");
        return assist.isBlank() ? named : named + "、" + assist;
    }

    private static boolean isRowNumber(String cell) {
        return ROW_NUMBER.matcher(cell).matches();
    }

    private static final Pattern OPENING_NO = Pattern.compile("^(\\d{1,3})[.、．](?!\\d)");

    /**
     * "3 | 旅行社行业监管 | 3.旅行社取得许可证情况的检查 | …" then "4.旅行社经营情况的检查 | |||||||||||": a task whose other
     * cells were merged with the row above, copied into the first cell with the rest left empty; or the task's cell
     * alone, the text cut off after it. Its text goes on with the numbering of the task above it; the cell, else null.
     */
    private static String lostIntoTheFirstCell(List<String> row, RawTask above, List<Integer> contentColumns) {
        List<String> filled = row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() != 1 || row.size() < 3 || !cell(row, 0).equals(filled.get(0))
                && contentColumns.stream().noneMatch(c -> cell(row, c).equals(filled.get(0)))) {
            return null;
        }
        Matcher here = OPENING_NO.matcher(filled.get(0));
        Matcher before = OPENING_NO.matcher(above.content());
        int aboveNo = before.find() ? Integer.parseInt(before.group(1))
                : above.no().strip().matches("\\d{1,3}") ? Integer.parseInt(above.no().strip()) : -1;
        return here.find() && aboveNo >= 0 && Integer.parseInt(here.group(1)) == aboveNo + 1
                ? Text.oneLine(filled.get(0)) : null;
    }

    /** "市直有关部门落实", "各镇(街)参照落实", "市有关单位按职能分工负责": what a unit does, said after its name. */
    private static final Pattern PART = Pattern.compile(
            "(?<=[^\\s、，,；;])(?:(?:按职能分工|按职责分工|按职责)(?:落实|执行|负责)?|(?:参照)?(?:落实|执行|负责|配合|协助|参与))"
                    + "(?=$|[、，,；;\\s])");

    /** The first characters of those words: a cell holding none is passed without trying them at each character. */
    private static final Pattern PART_FIRSTS = Pattern.compile("[按参落执负配协]");

    /** A unit cell's names without the words after each that say its part. */
    static String withoutParts(String units) {
        return units.isEmpty() || !PART_FIRSTS.matcher(units).find() ? units : PART.matcher(units).replaceAll("");
    }

    private record Header(int dataFrom, Map<Role, List<Integer>> columns) {
    }

    /** "修改意见", "反馈意见", "意见建议": a column of what the bodies asked said about a draft. */
    private static final Pattern COMMENTS = Pattern.compile("^(?:修改|反馈|部门|具体|主要)?(?:意见|建议|意见建议|意见和建议)$");
    /** "处理结果", "采纳情况": whether the drafter took each comment. */
    private static final Pattern TAKEN_OR_NOT = Pattern.compile("^(?:处理|采纳|办理)(?:结果|情况|意见)?$|^是否采纳$");

    /**
     * 「序号 | 单位 | 修改意见 | 处理结果」: the comments the bodies consulted made on a draft (an 意见采纳情况表 sent with
     * it), each row a body's word, not its work.
     */
    private static boolean ofComments(List<List<String>> rows) {
        for (List<String> row : rows.subList(0, Math.min(HEADER_SEARCH_ROWS, rows.size()))) {
            List<String> words = row.stream().map(Text::withoutSpaces).toList();
            if (words.stream().anyMatch(w -> COMMENTS.matcher(w).matches())
                    && words.stream().anyMatch(w -> TAKEN_OR_NOT.matcher(w).matches())) {
                return true;
            }
        }
        return false;
    }

    /** The header row (or a two-row header), completed by what the columns hold; null for a table of no tasks. */
    private static Header header(List<List<String>> rows) {
        if (ofComments(rows)) {
            return null;
        }
        int dataFrom = -1;
        Map<Role, List<Integer>> columns = Map.of();
        List<String> headerRow = List.of();
        int best = 0;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            // a two-row header: "责任单位" merged over "牵头单位 | 配合单位"
            List<List<String>> candidates = r + 1 < rows.size() && !numbered(rows.get(r + 1))
                    && !numberedUnder(rows.get(r), rows.get(r + 1))
                    ? List.of(rows.get(r), stacked(rows.get(r), rows.get(r + 1)))
                    : List.of(rows.get(r));
            for (int k = 0; k < candidates.size(); k++) {
                Map<Role, List<Integer>> mapped = mapHeader(candidates.get(k));
                int score = mapped.values().stream().mapToInt(List::size).sum();
                if (mapped.containsKey(Role.CONTENT) && score > best) {
                    best = score;
                    dataFrom = r + 1 + k;
                    columns = mapped;
                    headerRow = candidates.get(k);
                }
            }
        }
        for (int r = 0; dataFrom < 0 && r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            int task = unnamedTaskColumn(rows.get(r));
            if (task >= 0) {
                columns = mapHeader(rows.get(r));
                columns.put(Role.CONTENT, new ArrayList<>(List.of(task)));
                dataFrom = r + 1;
                headerRow = rows.get(r);
            }
        }
        for (int r = 0; dataFrom < 0 && r + 1 < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            // 「序号 | 市（州）扶贫移民部门反映问题 | 李昌平常委批示 | 分管领导 | 责任处室」 over numbered rows: a header that
            // names its number and its units, and its task's column by what this table is about; the column is
            // found by what it holds
            final List<String> head = rows.get(r);
            Map<Role, List<Integer>> mapped = new EnumMap<>(Role.class);
            // a long cell that holds a unit's word (市（州）扶贫移民部门反映问题) says what the column is about, not whose
            mapHeader(head).forEach((role, at) -> {
                List<Integer> words = at.stream().filter(c -> Columns.isHeaderWord(cell(head, c))).toList();
                if (!words.isEmpty()) {
                    mapped.put(role, new ArrayList<>(words));
                }
            });
            if (mapped.containsKey(Role.NO) && (mapped.containsKey(Role.LEAD) || mapped.containsKey(Role.ASSIST)
                    || mapped.containsKey(Role.TIME)) && !numbered(rows.get(r)) && numbered(rows.get(r + 1))) {
                columns = mapped;
                dataFrom = r + 1;
                headerRow = rows.get(r);
            }
        }
        if (dataFrom < 0 && labelledFields(rows)) {
            // 「索引号: | 330522/2023-01775 发文时间: | 2023-02-24」 / 「公开方式: | 主动公开 公开时限: | 长期公开」: a site's
            // index set out in columns, a field's label and its value, no table of work
            return null;
        }
        if (dataFrom < 0) {
            // no header at all: the columns say what they are; a first row of short words no vocabulary knows
            // (「组名 | 组长 | 成员 | 督查范围」) is still a header, naming no column's role
            columns = new EnumMap<>(Role.class);
            dataFrom = rows.size() > 2 && wordsOnly(rows.get(0)) && !wordsOnly(rows.get(1)) ? 1 : 0;
        }
        if (columns.containsKey(Role.LEAD)) {
            // 「考核内容 | 单位 | 年度目标 | 责任部门」: the bare 单位 beside who does the work is what the target is counted in
            final List<String> head = headerRow;
            List<Integer> units = columns.get(Role.LEAD).stream().filter(c -> !Columns.measuredIn(head, c)).toList();
            if (units.size() < columns.get(Role.LEAD).size()) {
                Map<Role, List<Integer>> without = new EnumMap<>(columns);
                if (units.isEmpty()) {
                    without.remove(Role.LEAD);
                } else {
                    without.put(Role.LEAD, new ArrayList<>(units));
                }
                columns = without;
            }
        }
        List<Integer> leads = columns.get(Role.LEAD);
        if (leads != null && leads.size() > 1 && !headerRow.isEmpty()) {
            // "牵头责任单位 | 责任单位": with a 牵头 column beside it, a 责任 column is who assists; so is a 承办 column
            // beside a 主办 one (「主辦單位 | 承辦單位」: the hosts lead, the bodies that carry the event out assist)
            final List<String> head = headerRow;
            List<Integer> leading = leads.stream()
                    .filter(c -> LEADING_HEADER.matcher(Hans.simplified(cell(head, c))).find()).toList();
            if (!leading.isEmpty() && leading.size() < leads.size() && (!columns.containsKey(Role.ASSIST)
                    || leads.stream().anyMatch(c -> !leading.contains(c) && assistsBesideALead(cell(head, c))))) {
                Map<Role, List<Integer>> split = new EnumMap<>(Role.class);
                columns.forEach((k, v) -> split.put(k, new ArrayList<>(v)));
                // "牵头单位 | 参与单位 | 责任单位": beside a 牵头 column, the 责任 column assists too, in the columns' order
                boolean assisted = columns.containsKey(Role.ASSIST);
                List<Integer> moved = leads.stream().filter(c -> !leading.contains(c)
                        && (!assisted || assistsBesideALead(cell(head, c)))).toList();
                split.put(Role.LEAD, new ArrayList<>(leads.stream().filter(c -> !moved.contains(c)).toList()));
                List<Integer> assisting = new ArrayList<>(split.getOrDefault(Role.ASSIST, List.of()));
                assisting.addAll(moved);
                assisting.sort(null);
                split.put(Role.ASSIST, assisting);
                columns = split;
            }
        }
        // a column headed 地点, 责任人, 备注…: what it holds is not the task's units, however much it looks like them
        List<Integer> namedOther = new ArrayList<>();
        for (int c = 0; c < headerRow.size(); c++) {
            if (Columns.roleOf(headerRow.get(c)) == Role.OTHER || Columns.measuredIn(headerRow, c)) {
                namedOther.add(c);
            }
        }
        columns = typed(rows, dataFrom, columns, namedOther);
        columns = ledByTheInitiators(rows, dataFrom, columns, headerRow);
        dropTheBureauItself(rows, dataFrom, columns, headerRow);
        boolean usable = columns.containsKey(Role.CONTENT)
                && (columns.containsKey(Role.LEAD) || columns.containsKey(Role.TIME)
                        || numberedUnderItsHeader(rows, dataFrom, columns, headerRow));
        return usable && rows.size() > dataFrom ? new Header(dataFrom, columns) : null;
    }

    /** A spot check's 发起方式 cell: the level that starts it, and in brackets the offices that lead or guide it (發起 too). */
    private static final Pattern INITIATED = Pattern.compile(
            "[发發]起[（(]([^（）()]+?)(?:按[职職][责責](?:分工)?)?(?:[负負][责責]|指[导導]|[牵牽][头頭])?[）)]\\s*$");

    /**
     * 「发起方式(牵头指导科室) | 抽查主体(层级)」 over 「市级统一组织发起(信用监管科、网络交易监管科按职责分工指导) |
     * 县(市、区)级市场监管部门」, 「市级组织发起(市局林政科负责) | 市、县级林业主管部门」: a joint spot check's 发起方式 column
     * names in brackets the offices that lead it, where its cells mostly do; the 主体 column beside it only names the
     * levels that carry the checks out, and is no lead. The columns as they are otherwise.
     */
    private static Map<Role, List<Integer>> ledByTheInitiators(List<List<String>> rows, int from,
            Map<Role, List<Integer>> columns, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            if (!Hans.simplified(cell(header, c)).contains("发起方式")) {
                continue;
            }
            List<String> filled = filledCells(rows, from, c);
            long initiated = filled.stream().filter(cell -> INITIATED.matcher(cell).find()).count();
            if (initiated == 0 || initiated * 2 < filled.size()) {
                continue;
            }
            Map<Role, List<Integer>> led = new EnumMap<>(Role.class);
            columns.forEach((k, v) -> led.put(k, new ArrayList<>(v)));
            led.put(Role.LEAD, new ArrayList<>(columns.getOrDefault(Role.LEAD, List.of()).stream()
                    .filter(l -> !Hans.simplified(cell(header, l)).contains("主体")).toList()));
            led.get(Role.LEAD).add(c);
            led.get(Role.LEAD).sort(null);
            return led;
        }
        return columns;
    }

    /** The offices a 发起方式 cell names in its brackets (「市级组织发起(市局林政科负责)」: 市局林政科), else the cell. */
    private static String initiators(String cell) {
        Matcher m = INITIATED.matcher(cell);
        return m.find() ? m.group(1).strip() : cell;
    }

    /** A label's colon at the end of a cell: "索引号:", "发文时间：". */
    private static final Pattern LABEL_END = Pattern.compile("[:：]\\s*$");

    /** Whether most rows open with a field's label ("索引号:", "公开方式:"), as a site's index does. */
    private static boolean labelledFields(List<List<String>> rows) {
        long labelled = rows.stream().filter(r -> !r.isEmpty() && LABEL_END.matcher(r.get(0)).find()).count();
        return labelled * 2 > rows.size();
    }

    /** Rows a numbered table must run to before it counts as a task table without a unit or a time column. */
    private static final int MIN_NUMBERED_TASKS = 2;

    /**
     * "序号 | 活动名称 | 活动内容", "序号 | 抽查事项 | 事项类别 | 抽查内容 | 抽查依据 | 抽查方式": an activity table or a spot-check
     * list names no unit and no time (the bureau that issued it does the work), yet each row is a task. Such a table
     * counts when its header names the number and the task and its rows run 1, 2, 3… in the number column.
     */
    private static boolean numberedUnderItsHeader(List<List<String>> rows, int dataFrom, Map<Role, List<Integer>> columns,
            List<String> headerRow) {
        if (headerRow.isEmpty() || !columns.containsKey(Role.NO)
                || columns.get(Role.CONTENT).stream().noneMatch(c -> Columns.roleOf(cell(headerRow, c)) == Role.CONTENT)) {
            return false;
        }
        int no = first(columns, Role.NO);
        int expected = 1;
        for (int r = dataFrom; r < rows.size(); r++) {
            String cell = cell(rows.get(r), no);
            if (cell.isEmpty() || isSectionRow(rows.get(r))) {
                continue; // a row broken over two, or a section's heading
            }
            if (!isRowNumber(cell) || Integer.parseInt(NUMBER_STOP.matcher(cell).replaceAll("")) != expected) {
                return false;
            }
            expected++;
        }
        return expected > MIN_NUMBERED_TASKS;
    }

    /**
     * Columns the header did not name are typed by their cells: unit names make a lead (then an assisting) column,
     * dates a time column, a leading column of small numbers the number, the longest text the task.
     */
    private static Map<Role, List<Integer>> typed(List<List<String>> rows, int dataFrom, Map<Role, List<Integer>> named,
            List<Integer> namedOther) {
        Map<Role, List<Integer>> columns = new EnumMap<>(Role.class);
        named.forEach((k, v) -> columns.put(k, new ArrayList<>(v)));
        int width = rows.stream().skip(dataFrom).mapToInt(List::size).max().orElse(0);
        List<Integer> taken = new ArrayList<>(namedOther);
        columns.values().forEach(taken::addAll);
        double longest = 0;
        int contentColumn = -1;
        for (int c = 0; c < width; c++) {
            if (taken.contains(c)) {
                continue;
            }
            int filled = 0;
            int units = 0;
            int times = 0;
            int numbers = 0;
            long length = 0;
            for (int r = dataFrom; r < rows.size(); r++) {
                String cell = cell(rows.get(r), c);
                if (cell.isEmpty()) {
                    continue;
                }
                filled++;
                length += cell.length();
                if (UnitGrammar.isUnitList(cell.replace('\n', '、'))) {
                    units++;
                }
                TimeKind kind = TimeText.read(cell, 2000, null).kind();
                if (cell.length() <= 40 && (kind == TimeKind.WINDOW || kind == TimeKind.ONGOING)) {
                    times++;
                }
                if (isRowNumber(cell)) {
                    numbers++;
                }
            }
            if (filled < 2) {
                continue;
            }
            if (named.isEmpty() && c == 0 && numbers >= filled * 0.8) {
                columns.put(Role.NO, new ArrayList<>(List.of(c)));
            } else if (units >= filled * TYPED && !columns.containsKey(Role.ASSIST)) {
                columns.computeIfAbsent(columns.containsKey(Role.LEAD) ? Role.ASSIST : Role.LEAD,
                        k -> new ArrayList<>()).add(c);
            } else if (times >= filled * TYPED && !columns.containsKey(Role.TIME)) {
                columns.put(Role.TIME, new ArrayList<>(List.of(c)));
            } else if (!named.containsKey(Role.CONTENT) && (double) length / filled > longest) {
                longest = (double) length / filled;
                contentColumn = c;
            }
        }
        if (!columns.containsKey(Role.CONTENT) && contentColumn >= 0 && longest >= 4) {
            columns.put(Role.CONTENT, new ArrayList<>(List.of(contentColumn)));
        }
        return columns;
    }

    /** A unit column whose header says it leads: 牵头…, or the hosts (主办单位) beside the bodies carrying it out. */
    private static final Pattern LEADING_HEADER = Pattern.compile("牵头|主办");

    /**
     * A column that assists beside a 牵头 or 主办 one even where a 配合 or 协办 column stands too: 责任 beside 牵头, and
     * 承办 beside 主办 (「主办单位 | 承办单位 | 协办」: the hosts lead, who carries the event out and who helps assist).
     */
    private static boolean assistsBesideALead(String header) {
        String h = Hans.simplified(header);
        return h.contains("责任") || h.contains("承办");
    }

    /**
     * A 检查主体 / 实施主体 column that names the same body on every row is the bureau that issued the plan; when
     * another column names units row by row, those are who leads. A column its header calls the lead (牵头部门,
     * 责任单位, a joint spot check's 发起部门 beside its 配合部门) keeps its role however often it names the same unit: a
     * short table led by one office throughout.
     */
    private static void dropTheBureauItself(List<List<String>> rows, int from, Map<Role, List<Integer>> columns,
            List<String> header) {
        List<Integer> units = new ArrayList<>(columns.getOrDefault(Role.LEAD, List.of()));
        units.addAll(columns.getOrDefault(Role.ASSIST, List.of()));
        // two rows led by the same body say nothing of who issued the plan: it takes a few to tell
        if (units.size() < 2 || rows.size() - from < 3) {
            return;
        }
        List<Integer> lead = columns.getOrDefault(Role.LEAD, List.of());
        List<Integer> constant = lead.stream()
                .filter(c -> constant(rows, from, c) && !LEADS_BY_ITS_HEADER.matcher(Hans.simplified(cell(header, c))).matches())
                .toList();
        List<Integer> varying = units.stream().filter(c -> !constant(rows, from, c)).toList();
        if (constant.isEmpty() || varying.isEmpty()) {
            return;
        }
        List<Integer> newLead = new ArrayList<>(lead.stream().filter(c -> !constant.contains(c)).toList());
        List<Integer> assist = new ArrayList<>(columns.getOrDefault(Role.ASSIST, List.of()));
        if (newLead.isEmpty()) {
            newLead.add(assist.remove(0));
        }
        columns.put(Role.LEAD, newLead);
        if (assist.isEmpty()) {
            columns.remove(Role.ASSIST);
        } else {
            columns.put(Role.ASSIST, assist);
        }
    }

    /** A unit column its header calls the lead: 牵头部门, 责任单位, a joint spot check's 发起部门. */
    private static final Pattern LEADS_BY_ITS_HEADER = Pattern.compile(".*(牵头|责任|发起).*");

    private static boolean constant(List<List<String>> rows, int from, int c) {
        String first = null;
        int empty = 0;
        for (int r = from; r < rows.size(); r++) {
            String cell = cell(rows.get(r), c);
            if (cell.isEmpty()) {
                // a row the copy broke may have lost the cell: a few such rows leave the column the bureau's
                empty++;
                continue;
            }
            if (first != null && !first.equals(cell)) {
                return false;
            }
            first = cell;
        }
        return first != null && empty * 3 < rows.size() - from;
    }

    /** "1.", "2、", and "2.2021年底前…", where the digits after the mark are a year, not a decimal. */
    private static final Pattern RUNNING_NO = Pattern.compile("^(\\d{1,3})(?:[、．]|\\.(?!\\d)|\\.(?=(?:19|20)\\d{2}年))");

    /** The one column of these whose filled cells (most of them, two at least) open with running numbers; else -1. */
    private static int numberingColumn(List<List<String>> rows, int dataFrom, List<Integer> columns) {
        int found = -1;
        for (int c : columns) {
            int filled = 0;
            int running = 0;
            int last = 0;
            for (int r = dataFrom; r < rows.size(); r++) {
                String cell = cell(rows.get(r), c);
                if (cell.isEmpty()) {
                    continue;
                }
                filled++;
                Matcher m = RUNNING_NO.matcher(cell);
                if (m.find() && Integer.parseInt(m.group(1)) > last) {
                    last = Integer.parseInt(m.group(1));
                    running++;
                }
            }
            if (running >= 2 && running * 5 >= filled * 4) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * Of several columns that name the task row by row, the one its header calls the task's name (任务名称, 计划名称,
     * 抽查事项), else its content (工作内容, 活动内容), else the first; a power list's item or a basis (权责清单事项, 依据) only when
     * nothing else is left. "重点任务 | 工作内容": the content; "内容 | 任务与要求": the content.
     */
    private static int mostTheTask(List<List<String>> rows, int dataFrom, List<Integer> columns) {
        if (dataFrom <= 0) {
            return columns.get(0);
        }
        List<String> head = rows.get(dataFrom - 1);
        // each column's header word, spaces out ("主 要 内 容"), read once for both passes
        List<String> heads = columns.stream().map(c -> Hans.simplified(cell(head, c)).replaceAll("\\s", "")).toList();
        boolean described = heads.stream().anyMatch(h -> DESCRIBES_WORK.matcher(h).matches());
        int best = columns.get(0);
        double bestRank = -1;
        for (int k = 0; k < columns.size(); k++) {
            int c = columns.get(k);
            String h = heads.get(k);
            double rank = h.contains("权责") || h.contains("清单") || h.contains("依据") ? 0
                    : h.equals("活动内容") && titledEvents(rows, dataFrom, columns) ? 4
                    // "计划名称 | … | 抽查事项": the plan a check belongs to, beside the check itself, which says more
                    : h.contains("计划名称") && saysMoreThan(rows, dataFrom, columns, c) ? 2
                    : h.contains("名称") || h.contains("事项") || h.equals("项目") ? 3
                    // 「工作任务 | 主要内容」 with 「主题学习宣贯活动 | 深入宣传贯彻…」: the work named, then described; but a
                    // field's word (政策解读, 迴应关切) over what is done in it is no name of the work
                    : NAMED_WORK.matcher(h).matches() && described && meanLength(rows, dataFrom, c) > FIELD_WORD ? 2.5
                    : h.contains("内容") ? 2 : 1;
            if (rank > bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A column that names each row's work: 工作任务, 重点任务, 改革举措, 具体措施 (a bare 任务 may be half a header). */
    private static final Pattern NAMED_WORK = Pattern.compile("(?:工作|重点|主要|具体|改革)(?:任务|举措|措施)|举措|措施");
    /** A column that describes each row's work: 主要内容, 具体内容, 工作内容. */
    private static final Pattern DESCRIBES_WORK = Pattern.compile("(?:主要|具体|工作|任务)?内容");
    /** How long a field's word is at most (政策解读, 财政资金), where the name of a piece of work runs longer. */
    private static final int FIELD_WORD = 5;

    /**
     * Whether a 事项 column among the others holds longer cells than column {@code c}, row for row on the whole, and no
     * other column names the task (任务名称): then the 事项 says what the row's check is.
     */
    private static boolean saysMoreThan(List<List<String>> rows, int dataFrom, List<Integer> columns, int c) {
        List<String> head = rows.get(dataFrom - 1);
        double own = meanLength(rows, dataFrom, c);
        return columns.stream().noneMatch(o -> o != c && Hans.simplified(cell(head, o)).contains("名称"))
                && columns.stream().anyMatch(o -> o != c && Hans.simplified(cell(head, o)).contains("事项")
                        && meanLength(rows, dataFrom, o) > own);
    }

    private static double meanLength(List<List<String>> rows, int dataFrom, int c) {
        return filledCells(rows, dataFrom, c).stream().mapToInt(String::length).average().orElse(0);
    }

    /** How long an event's title is at most (书香启航仪式, 电子书体验区), where a phrase of work runs longer. */
    private static final int EVENT_TITLE = 8;

    /**
     * 「活动名称 | 活动内容 / 书香启航仪式 | 邀请知名作家、学者致辞,宣布活动启动」: where every 活动名称 cell is an event's short
     * title, the 活动内容 beside it names the row's work (a 活动名称 that is itself the work, 「举办“质量月”活动启动仪式」,
     * stays the task; as a check's 事项名称 does beside the 检查内容 it lists).
     */
    private static boolean titledEvents(List<List<String>> rows, int dataFrom, List<Integer> columns) {
        List<String> head = rows.get(dataFrom - 1);
        for (int c : columns) {
            if (Hans.simplified(cell(head, c)).replaceAll("\\s", "").equals("活动名称")) {
                List<String> names = filledCells(rows, dataFrom, c);
                return !names.isEmpty() && names.stream().allMatch(n -> n.replaceAll("\\s", "").length() <= EVENT_TITLE);
            }
        }
        return false;
    }

    /** "1.学校教学环境卫生。2.学校落实传染病…": a cell listing several points is what to check, not the task's name. */
    private static final Pattern ENUMERATION = Pattern.compile("^\\s*[（(]?1[.、．)）].+[^\\d]2[.、．)）].+", Pattern.DOTALL);

    /**
     * "抽查类别 | 抽查事项" with the points to check listed in the 事项 cell: the column before it that names each row's
     * check in a few words (its header a 类别 or 名称, its cells short and different row by row) is the task.
     */
    private static int namingColumn(List<List<String>> rows, int dataFrom, int listing) {
        if (dataFrom <= 0) {
            return listing;
        }
        List<String> head = rows.get(dataFrom - 1);
        for (int c = listing - 1; c >= 0; c--) {
            String h = Hans.simplified(cell(head, c)).replaceAll("\\s", "");
            if (!h.matches(".*(类别|名称|项目|领域)") || h.startsWith("事项") || repeats(rows, dataFrom, c)) {
                continue;
            }
            List<String> filled = filledCells(rows, dataFrom, c);
            long length = filled.stream().mapToLong(String::length).sum();
            if (filled.size() * 2 > rows.size() - dataFrom && length <= 30L * filled.size()) {
                return c;
            }
        }
        return listing;
    }

    /**
     * Whether most of a column's cells enumerate points (1.… 2.…), or every one opens a list and some go on with it
     * (「1、测绘成果质量抽查」 over 「1、测绘资质条件的真实性 2、…」: a list of one point is a list too).
     */
    private static boolean enumerates(List<List<String>> rows, int from, int c) {
        List<String> filled = filledCells(rows, from, c);
        long listed = filled.stream().filter(cell -> ENUMERATION.matcher(cell).matches()).count();
        return !filled.isEmpty() && (listed * 2 > filled.size()
                || listed > 0 && filled.stream().allMatch(cell -> FIRST_POINT.matcher(cell).lookingAt()));
    }

    private static final Pattern FIRST_POINT = Pattern.compile("^\\s*[（(]?1[.、．)）]");
    /** "登记事项变动及履行登记手续;内部治理;活动开展情况;…": points to check set apart by semicolons. */
    private static final Pattern SEMICOLON_POINTS = Pattern.compile("[^;；]{2,}[;；][^;；]{2,}[;；].*", Pattern.DOTALL);

    /** Whether one row's cell lists the points it checks: numbered, or three and more set apart by semicolons. */
    private static boolean listsPoints(String cell) {
        return ENUMERATION.matcher(cell).matches() || SEMICOLON_POINTS.matcher(cell).matches();
    }

    /** A column's cells from a row on, the empty ones left out. */
    private static List<String> filledCells(List<List<String>> rows, int from, int c) {
        List<String> out = new ArrayList<>();
        for (int r = from; r < rows.size(); r++) {
            String cell = cell(rows.get(r), c);
            if (!cell.isEmpty()) {
                out.add(cell);
            }
        }
        return out;
    }

    /**
     * A copy that left a merged cell in its first row only ("4 | 对学校安全工作的监督检查 | 学校安全管理工作的监督检查 |
     * …" then "5 | 对学校安全状况的评估 | ||||||||"): the column is filled on the first data row and on at most half as
     * many rows as the task column beside it, empty under each of its cells.
     */
    private static boolean mergedAndLeftEmpty(List<List<String>> rows, int from, int c, int fullest) {
        int filled = filledCells(rows, from, c).size();
        if (filled == 0 || filled >= fullest || fullest < 3 || cell(rows.get(from), c).isEmpty()) {
            return false;
        }
        // empty under a filled cell of its own, on a row whose task another column names
        int emptyUnder = 0;
        for (int r = from + 1; r < rows.size(); r++) {
            if (cell(rows.get(r), c).isEmpty() && !cell(rows.get(r - 1), c).isEmpty() && !isSectionRow(rows.get(r))) {
                emptyUnder++;
            }
        }
        return emptyUnder > 0 && emptyUnder * 2 >= filled - 1;
    }

    /** Whether a column mostly repeats the cell above it: a category merged over its rows. */
    private static boolean repeats(List<List<String>> rows, int from, int c) {
        int same = 0;
        int filled = 0;
        for (int r = from + 1; r < rows.size(); r++) {
            String cell = cell(rows.get(r), c);
            if (!cell.isEmpty()) {
                filled++;
                if (cell.equals(cell(rows.get(r - 1), c))) {
                    same++;
                }
            }
        }
        return filled >= 2 && same * 2 > filled;
    }

    /** The time cells of a row; of several (日期 | 时间 | 备注), the ones that read as a time. */
    private static String timeOf(List<String> row, List<Integer> at) {
        if (at == null) {
            return "";
        }
        List<String> times = new ArrayList<>();
        List<String> windows = new ArrayList<>();
        for (int c : at) {
            String text = Text.oneLine(cell(row, c));
            TimeKind kind = TimeText.read(text, 2000, null).kind();
            if (!text.isEmpty() && (kind == TimeKind.WINDOW || kind == TimeKind.ONGOING) && !times.contains(text)) {
                times.add(text);
                if (kind == TimeKind.WINDOW) {
                    windows.add(text);
                }
            }
        }
        // 「抽查周期 | 实施日期」 as 「每月一次 | 2020年全年」: the dates the checks fall in, over how often they recur
        return times.isEmpty() ? Text.oneLine(joined(row, at)) : String.join("、", windows.isEmpty() ? times : windows);
    }

    /**
     * 「…引导市民参与生活垃圾分类。 | 2021年2月底前,群众对生活垃圾分类的知晓率达90%以上。 | 市委宣传部…」: a table with no time
     * column gives a row's time where a cell of its work (a column of the task's) opens with one; "" where none does.
     */
    private static String timeOpeningACell(List<String> row, Map<Role, List<Integer>> columns) {
        for (int c : columns.getOrDefault(Role.CONTENT, List.of())) {
            // "2.2021年底前制定…": after the item's number, if it has one
            String text = RUNNING_NO.matcher(Text.oneLine(cell(row, c))).replaceFirst("");
            String time = TimesInText.firstIn(text);
            if (time != null && ChineseNumerals.toAsciiDigits(text).startsWith(time)) {
                return time;
            }
        }
        return "";
    }

    /** How many characters a time cell holds at most besides those of its time; one with more says what is done. */
    private static final int BESIDE_A_TIME = 5;

    /** The characters times are written with besides digits: 2015年6月底前, 上午9:00至11:30, 每周一. */
    private static final String TIME_WORDS = "年月日号时分秒上下午晚早中至到前后起止底末初旬周天期间每一二三四五六七八九十";

    /** "完成全省贫困户建档立卡工作。": a cell that says what is done, not only when (2014年, 上午9:00——11:30). */
    private static boolean saysWork(String cell) {
        int words = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fa5' && TIME_WORDS.indexOf(c) < 0) {
                words++;
            }
        }
        return words > BESIDE_A_TIME;
    }

    /** "…年度方案。（2014年）", "…考核办法（试行）。（2015年6月底前）": the time a result's cell closes with. */
    private static final Pattern CLOSING_TIME = Pattern.compile("[（(]([^（()）]{2,20})[）)][。.；;]?\\s*$");

    /**
     * The column of a table's results and their times (主要成果及出台时间), where the only column named for the work
     * is a measure merged over some of its rows: a column the header names for a time whose cells, most of them, are
     * sentences of work that close with their time, more of them than of measures. -1 where there is none.
     */
    private static int resultsWithTheirTimes(List<List<String>> rows, int dataFrom, Map<Role, List<Integer>> columns) {
        List<Integer> content = columns.getOrDefault(Role.CONTENT, List.of());
        if (!columns.containsKey(Role.TIME) || content.size() != 1) {
            return -1;
        }
        long measures = filledCells(rows, dataFrom, content.get(0)).stream().distinct().count();
        for (int t : columns.get(Role.TIME)) {
            List<String> cells = filledCells(rows, dataFrom, t);
            long work = cells.stream().map(Text::oneLine).filter(TableFinder::saysWork).count();
            // the results vary where the measure, merged over some of their rows, does not
            if (cells.size() >= 2 && work * 2 > cells.size() && cells.stream().distinct().count() > measures) {
                return t;
            }
        }
        return -1;
    }

    /** The time a result's cell closes with in brackets, else the first it names; "" where it names none. */
    private static String timeClosing(String cell) {
        String text = Text.oneLine(cell);
        Matcher closing = CLOSING_TIME.matcher(text);
        if (closing.find() && TimeText.read(closing.group(1), 2000, null).kind() == TimeKind.WINDOW) {
            // "（2014年）": a year alone is a time here, as a time column's cell
            return closing.group(1).strip();
        }
        String time = TimesInText.firstIn(text);
        return time == null ? "" : time;
    }

    /** The running number a numbered row starts with. */
    private static int numberOf(List<String> row) {
        return Integer.parseInt(NUMBER_STOP.matcher(row.get(0).strip()).replaceAll(""));
    }

    /** A row that starts with a running number is data, never the lower half of a header. */
    private static boolean numbered(List<String> row) {
        return !row.isEmpty() && isRowNumber(row.get(0).strip());
    }

    /**
     * 「分类 | 序号 | 事项 | … / 发展目标 | 1 | …」: the row under the header holds a row's number under its 序号, so it is
     * the first row (its group cell a word the header vocabulary knows), not the header's second row.
     */
    private static boolean numberedUnder(List<String> upper, List<String> lower) {
        for (int c = 0; c < Math.min(upper.size(), lower.size()); c++) {
            if (Columns.roleOf(upper.get(c)) == Role.NO && isRowNumber(lower.get(c).strip())) {
                return true;
            }
        }
        return false;
    }

    /** The lower header row's cell where it names a role, the upper row's otherwise. */
    private static List<String> stacked(List<String> upper, List<String> lower) {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String low = c < lower.size() ? lower.get(c).strip() : "";
            String up = c < upper.size() ? upper.get(c) : "";
            // only the vocabulary's own words ("牵头单位"), not a data cell that happens to contain one ("重点检查事项")
            Role role = Columns.roleOf(low);
            header.add(!low.isEmpty() && low.length() <= 12 && role != null && role != Role.OTHER
                    && Columns.isExactWord(low) ? low : up);
        }
        return header;
    }

    /**
     * One 责任单位 column for both roles: "A牵头，B配合", or "A（牵头）、B、C" where the units after the marked lead
     * assist. Without a marker every unit in the cell is responsible, so all lead.
     */
    public static String[] splitResponsibility(String cell) {
        Matcher m = LEAD_MARK.matcher(cell);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        Matcher led = LED.matcher(cell);
        if (led.matches()) {
            // "A牵头，B、C承办", "A牵头，B及各地区按职责分工负责"; "A牵头，B、C等参与，各县(市、区)政府负责落实": those
            // after the one who leads, each clause saying its units' part, all take part
            return new String[] {led.group(1), String.join("、", Arrays.stream(led.group(2).split("[，,；;]"))
                    .map(clause -> PART_AT_END.matcher(clause.strip()).replaceFirst(""))
                    .filter(clause -> !clause.isBlank()).toList())};
        }
        Matcher with = WITH.matcher(cell.strip());
        if (with.matches() && UnitGrammar.isUnitName(with.group(1).strip())
                && UnitGrammar.unitShare(with.group(3).strip().replaceAll("\\s+", "、")) >= 0.5) {
            // "A会同B", "教育局 联合 卫健委 市场监管局", "政审处会基教处、职成处": A leads, B assists
            return new String[] {with.group(1).strip(), with.group(3).strip().replaceAll("\\s+", "、")};
        }
        String[] byClauses = byTheirDeeds(cell);
        if (byClauses != null) {
            return byClauses;
        }
        Matcher marked = MARKED_LEAD.matcher(cell);
        if (marked.find()) {
            String before = cell.substring(0, marked.start());
            String after = cell.substring(marked.end());
            return new String[] {before, after};
        }
        return new String[] {cell, ""};
    }

    /** A clause of a unit cell that ends with what its units do: "局党组组织", "党员干部参加", "相关处室承办。". */
    private static final Pattern DEED_CLAUSE = Pattern.compile(
            "^(.+?)(?:(组织|牵头|负责|主办)|参加|参与|承办|配合|协助|协办)(?:或[\\u4e00-\\u9fa5]{1,6})?[。.]?$");
    private static final Pattern DEED_INSIDE = Pattern.compile("主办|牵头|负责|配合|协助|参加|承办|协办|参与");
    /** "在局党组领导下": under whose lead, no one's part. */
    private static final Pattern UNDER_THE_LEAD_OF = Pattern.compile("^在.{2,20}领导下$");

    /**
     * 「局党组组织，局中心组成员、副处以上干部参加」, 「全局党员干部参加」: a unit cell whose clauses each say what their
     * units do, those who organise or lead it leading and those who take part or carry it out assisting; null when a
     * clause says no such deed (or a lone clause has its units lead).
     */
    private static String[] byTheirDeeds(String cell) {
        String[] clauses = cell.strip().split("[，,；;]");
        List<String> lead = new ArrayList<>();
        List<String> assist = new ArrayList<>();
        for (String clause : clauses) {
            if (UNDER_THE_LEAD_OF.matcher(clause.strip()).matches()) {
                continue;
            }
            Matcher m = DEED_CLAUSE.matcher(clause.strip());
            if (!m.matches() || DEED_INSIDE.matcher(m.group(1)).find()) {
                // "局防控办主办、各工作组协办": deeds inside the clause, set apart by 、, are another shape's
                return null;
            }
            (m.group(2) != null ? lead : assist).add(m.group(1));
        }
        return clauses.length < 2 && assist.isEmpty() ? null
                : new String[] {String.join("、", lead), String.join("、", assist)};
    }

    private static Map<Role, List<Integer>> mapHeader(List<String> row) {
        Map<Role, List<Integer>> mapped = new EnumMap<>(Role.class);
        for (int c = 0; c < row.size(); c++) {
            Role role = Columns.roleOf(row.get(c));
            if (role != null && role != Role.OTHER) {
                List<Integer> at = mapped.computeIfAbsent(role, k -> new ArrayList<>());
                // a merged header cell spans several grid columns with the same text: those are one column
                if (at.isEmpty() || !row.get(at.get(at.size() - 1)).equals(row.get(c))) {
                    at.add(c);
                }
            }
        }
        int objects = Columns.checkedObjects(row, mapped.keySet());
        if (objects >= 0) {
            // "检查对象 | 检查依据 | 执行科室 | … | 初步检查时间": no column of the work, each row's object is its check
            mapped.put(Role.CONTENT, new ArrayList<>(List.of(objects)));
        }
        // a second "time" column is the end of the window (开始时间 | 结束时间): both are the time
        return mapped;
    }

    /**
     * 「演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求」: a header that names units or times in two columns or more
     * and no task, its other cells short words the vocabulary does not know: the first of those names what is to be
     * done. Its column, or -1 when the row is no such header.
     */
    private static int unnamedTaskColumn(List<String> row) {
        int task = -1;
        int named = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            Role role = Columns.roleOf(cell);
            if (role == Role.LEAD || role == Role.ASSIST || role == Role.TIME) {
                named++;
            } else if (Columns.isUnknownWord(cell)) {
                task = task < 0 ? c : task;
            } else if (role != Role.NO && role != Role.OTHER && !cell.isBlank()) {
                return -1;
            }
        }
        return named >= 2 ? task : -1;
    }

    private static boolean isHeaderAgain(List<String> row, Map<Role, List<Integer>> columns) {
        Map<Role, List<Integer>> again = mapHeader(row);
        return again.size() >= 2 && again.keySet().containsAll(columns.keySet());
    }

    /**
     * The header again where a page break repeated it, its words laid into other cells ("类别\n具体内容" under 项目): the
     * same words in the same order, whatever the cells.
     */
    private static boolean sameWords(List<String> row, List<String> header) {
        String words = Text.withoutSpaces(String.join("", row));
        return !words.isEmpty() && words.equals(Text.withoutSpaces(String.join("", header)));
    }

    /** "责任处室：政策法规处": the label of the unit a row across a table gives the rows under it, and the unit. */
    private static final Pattern GROUP_UNIT = Pattern.compile(
            "(?:责任|牵头|负责|承办)(?:单位|部门|处室|科室|股室)\\s*[:：]\\s*([^\\s:：，,；;]{2,30})");

    /** Whether a row's cells, two or more, are each a short word of a header's kind. */
    private static boolean wordsOnly(List<String> row) {
        List<String> filled = row.stream().filter(c -> !c.isBlank()).toList();
        return filled.size() >= 2 && filled.stream().allMatch(c -> Columns.isHeaderWord(c) || Columns.isUnknownWord(c));
    }

    /** "分管局领导：刘兵", "5月以前：1/3": a label and its value, as a group's row across a ledger sets them out. */
    private static final Pattern FIELD_CELL = Pattern.compile("^[^:：\\s]{1,8}[:：]");

    /**
     * The unit a row across the table names by its label, the rows under it that unit's: one cell merged across, or
     * cells that each hold a label and its value; else null.
     */
    private static String groupUnit(List<String> row) {
        List<String> filled = distinctFilled(row);
        if (filled.isEmpty() || filled.size() > 1 && !filled.stream().allMatch(c -> FIELD_CELL.matcher(c).find())) {
            return null;
        }
        Matcher m = GROUP_UNIT.matcher(String.join("  ", filled));
        return m.find() && UnitGrammar.isUnitName(Hans.simplified(m.group(1))) ? m.group(1) : null;
    }

    /** A row's filled cells, stripped, each text once (a cell merged across the row is copied into every column). */
    private static List<String> distinctFilled(List<String> row) {
        return row.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** "一、宣传活动" merged across the row: every filled cell says the same thing, or only one cell is filled. */
    private static boolean isSectionRow(List<String> row) {
        List<String> filled = distinctFilled(row);
        long cells = row.stream().filter(s -> !s.isBlank()).count();
        return filled.size() == 1 && (cells > 1 && row.size() > 1 || Numbering.markerOf(filled.get(0)) != null);
    }

    /**
     * The task's text. With two content-like columns (a category merged over rows, then the specific task) the
     * specific task is the content and the category its prefix.
     */
    private static String content(List<String> row, List<Integer> at) {
        List<String> parts = new ArrayList<>();
        for (int c : at) {
            String text = Text.oneLine(cell(row, c));
            if (!text.isEmpty() && !parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join("：", parts);
    }

    private static String joined(List<String> row, List<Integer> at) {
        if (at == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int c : at) {
            String text = cell(row, c).strip();
            if (!text.isEmpty() && !parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join("、", parts);
    }

    private static int first(Map<Role, List<Integer>> columns, Role role) {
        List<Integer> at = columns.get(role);
        return at == null ? -1 : at.get(0);
    }

    /** The most cells a copy may have dropped from one row (the merged cells it wrote in the first row only). */
    private static final int MAX_DROPPED = 2;
    /** How much better a row must fit the columns with its cells moved right than as it stands. */
    private static final int BETTER_FIT = 2;

    /**
     * 「1 | 一、夯实基础 | 明确…专职人员 | 局办公室 | 2019年6月」 over 「2 | 修订完善…制度 | 局办公室 | 2019年11月底前」: a copy of
     * a web page's table (or a table pasted from the browser) writes a cell merged over several rows in the first of
     * them only, and the rows under it come out shorter, their cells under the wrong columns (a time under the
     * units). Each short row is set under the columns its cells fit best, the dropped cells left empty where they
     * fit (a category or a number merged over rows), when that fits clearly better than the row as it stands.
     */
    private static List<List<String>> aligned(List<List<String>> rows, Header header) {
        Map<Integer, Integer> lengths = new HashMap<>();
        for (int r = header.dataFrom; r < rows.size(); r++) {
            if (filled(rows.get(r)) >= 2) {
                lengths.merge(usedLength(rows.get(r)), 1, Integer::sum);
            }
        }
        // as wide as the header, or as the widest rows (two at least: one row's stray cell widens no table)
        int width = Math.max(header.dataFrom > 0 ? usedLength(rows.get(header.dataFrom - 1)) : 0,
                lengths.entrySet().stream().filter(e -> e.getValue() >= 2).mapToInt(Map.Entry::getKey).max().orElse(0));
        if (lengths.size() < 2 || width < 3) {
            return rows;
        }
        Role[] roles = new Role[width];
        Arrays.fill(roles, Role.OTHER);
        header.columns.forEach((role, at) -> at.stream().filter(c -> c < width).forEach(c -> roles[c] = role));
        List<List<String>> out = new ArrayList<>(rows.subList(0, header.dataFrom));
        for (int r = header.dataFrom; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int used = usedLength(row);
            if (used >= width || used < width - MAX_DROPPED || filled(row) < 2 || distinctFilled(row).size() < 2) {
                out.add(row);
                continue;
            }
            // 「… | 检查内容 | 」 under 「… | 检查内容 | 备注」: a row whose last cells are only notes left empty
            boolean notesLeftEmpty = Arrays.stream(roles, used, width).allMatch(role -> role == Role.OTHER);
            List<String> cells = row.subList(0, used);
            if (!notesLeftEmpty && fit(new int[] {kindOf(cells.get(used - 1))}, new int[] {used - 1}, roles) > 0) {
                // its last cell fits the column it stands under (units under the units, a time under the time): a row
                // whose last columns are left empty, most often, and reading every cell's kind costs time
                out.add(row);
                continue;
            }
            int[] kinds = cells.stream().mapToInt(TableFinder::kindOf).toArray();
            if (notesLeftEmpty && !misfitsUnitsOrTimes(kinds, roles)) {
                // is whole, unless words stand under the units or the time (「15.推进… | 完成… | 教育体育局 | 刘福利 | … |
                // 监督电话」 under 「类别 | 民生事项名称 | 任务目标 | 责任单位 | 分管市领导 | … | 监督电话」, the category merged
                // over it lost)
                out.add(row);
                continue;
            }
            List<String> best = row;
            int bestFit = fit(kinds, identity(used), roles) + BETTER_FIT;
            for (int[] at : placements(used, width)) {
                int f = fit(kinds, at, roles);
                // of placements that fit as well, the later leaves its gaps further left, where a merged category or
                // number stands
                if (f >= bestFit) {
                    bestFit = f;
                    List<String> moved = new ArrayList<>(Collections.nCopies(width, ""));
                    for (int k = 0; k < used; k++) {
                        moved.set(at[k], cells.get(k));
                    }
                    best = moved;
                }
            }
            out.add(best);
        }
        return out;
    }

    private static final int NUMBER = 0;
    private static final int TIME = 1;
    private static final int UNITS = 2;
    private static final int WORDS = 3;
    private static final int BLANK = 4;

    private static int kindOf(String raw) {
        String cell = raw == null ? "" : raw.strip();
        if (cell.isEmpty()) {
            return BLANK;
        }
        if (isRowNumber(cell)) {
            return NUMBER;
        }
        TimeKind kind = cell.length() <= 40 ? TimeText.read(cell, 2000, null).kind() : TimeKind.NONE;
        if (kind == TimeKind.WINDOW || kind == TimeKind.ONGOING) {
            return TIME;
        }
        return UnitGrammar.isUnitList(cell.replace('\n', '、')) ? UNITS : WORDS;
    }

    /** How well cells of these kinds fit the columns they stand under. */
    private static int fit(int[] kinds, int[] at, Role[] roles) {
        int fit = 0;
        for (int k = 0; k < kinds.length; k++) {
            int kind = kinds[k];
            fit += kind == BLANK ? 0 : switch (roles[at[k]]) {
                case NO -> kind == NUMBER ? 3 : -2;
                case TIME -> kind == TIME ? 2 : kind == WORDS ? -1 : -2;
                case LEAD, ASSIST -> kind == UNITS ? 2 : kind == WORDS ? -1 : -2;
                case CONTENT -> kind == WORDS ? 1 : kind == NUMBER ? -2 : -1;
                default -> 0;
            };
        }
        return fit;
    }

    /** Whether words or a number stand under a column of units or of times. */
    private static boolean misfitsUnitsOrTimes(int[] kinds, Role[] roles) {
        for (int k = 0; k < kinds.length; k++) {
            boolean unitsOrTime = roles[k] == Role.LEAD || roles[k] == Role.ASSIST || roles[k] == Role.TIME;
            if (unitsOrTime && (kinds[k] == WORDS || kinds[k] == NUMBER)) {
                return true;
            }
        }
        return false;
    }

    private static int[] identity(int n) {
        int[] at = new int[n];
        for (int k = 0; k < n; k++) {
            at[k] = k;
        }
        return at;
    }

    /**
     * Every way of setting {@code n} cells in order under {@code width} columns, the first way (the row as it is) left
     * out.
     */
    private static List<int[]> placements(int n, int width) {
        List<int[]> all = new ArrayList<>();
        place(new int[n], 0, 0, width, all);
        all.remove(0);
        return all;
    }

    private static void place(int[] at, int k, int from, int width, List<int[]> all) {
        if (k == at.length) {
            all.add(at.clone());
            return;
        }
        for (int c = from; c <= width - (at.length - k); c++) {
            at[k] = c;
            place(at, k + 1, c + 1, width, all);
        }
    }

    private static int usedLength(List<String> row) {
        int used = row.size();
        while (used > 0 && cell(row, used - 1).isEmpty()) {
            used--;
        }
        return used;
    }

    private static int filled(List<String> row) {
        return (int) row.stream().filter(c -> c != null && !c.isBlank()).count();
    }

    /** "。3.", "。 4、": an item's number after the sentence before it ends, and the item's words after it. */
    private static final Pattern ITEM_AFTER_A_SENTENCE = Pattern.compile(
            "(?<=[。；;]\\s{0,3})(\\d{1,2})[.．、](?!\\d)(?=\\s*\\S)");

    /**
     * Where the items that go on from the cell's own number ({@code no}) begin inside it, each after a sentence's end
     * and counting up from the next; none when the cell holds one item.
     */
    private static List<Integer> itemsGoingOn(String content, String no) {
        if (!no.strip().matches("\\d{1,2}")) {
            return List.of();
        }
        return Text.countingUp(ITEM_AFTER_A_SENTENCE.matcher(content), Integer.parseInt(no.strip()) + 1,
                m -> Integer.parseInt(m.group(1)));
    }

    private static String cell(List<String> row, int c) {
        return c >= 0 && c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
    }
}
