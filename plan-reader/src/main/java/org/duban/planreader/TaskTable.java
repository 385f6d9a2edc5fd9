package org.duban.planreader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's task table: finds the header row by what its cells say (header names vary from plan to plan),
 * then reads one {@link RawTask} per row, skipping section rows ("一、宣传活动" merged across the table).
 */
final class TaskTable {

    enum Column { NO, CONTENT, TIME, LEAD, ASSIST }

    /** Checked in this order: "活动时间" is a time before it is an activity, "配合单位" assists before it is a unit. */
    private static final Map<Column, List<String>> SYNONYMS = new EnumMap<>(Map.of(
            Column.NO, List.of("序号", "编号", "序", "号", "No", "NO", "no"),
            Column.TIME, List.of("活动时间", "完成时限", "时间安排", "时间节点", "完成时间", "时限要求", "时间要求",
                    "进度安排", "截止时间", "完成期限", "办结时限", "时限", "时间", "期限"),
            Column.ASSIST, List.of("协助部门", "协助单位", "配合单位", "配合部门", "协办单位", "协办部门", "协办",
                    "参与单位", "参加单位", "协同单位", "配合股室", "配合科室", "协助股室", "配合", "协助"),
            Column.LEAD, List.of("牵头部门", "牵头单位", "牵头股室", "牵头科室", "牵头处室", "责任单位", "责任部门",
                    "责任股室", "责任科室", "责任处室", "主办单位", "主办部门", "主办", "负责单位", "负责部门", "牵头",
                    "责任主体", "实施单位", "承办单位", "责任"),
            Column.CONTENT, List.of("活动内容", "工作任务", "工作内容", "主要任务", "任务内容", "重点任务", "具体任务",
                    "工作事项", "任务事项", "主要内容", "具体内容", "工作措施", "具体措施", "主要措施", "活动名称",
                    "活动项目", "任务名称", "工作重点", "重点工作", "工作目标", "事项", "内容", "任务", "项目", "活动",
                    "措施")));
    private static final List<Column> ORDER = List.of(Column.NO, Column.TIME, Column.ASSIST, Column.LEAD, Column.CONTENT);
    private static final Pattern NOT_A_ROLE = Pattern.compile("领导|责任人|联系人|联系方式|电话|备注|完成情况|进展|成效|依据");
    private static final Pattern LEAD_MARK = Pattern.compile("^(.+?)[（(]?牵头[）)]?[，,；;、\\s]*(.+?)[（(]?(配合|协助|参与|协办)[）)]?$");
    private static final Pattern MARKED_LEAD = Pattern.compile("[（(](牵头|负责|主办)[）)]");
    private static final int HEADER_SEARCH_ROWS = 4;

    private TaskTable() {
    }

    /** A task as the document wrote it, before dates are resolved. */
    record RawTask(String no, String content, String timeText, String leadText, String assistText) {
    }

    static Optional<List<RawTask>> read(List<List<String>> rows) {
        int dataFrom = -1;
        Map<Column, List<Integer>> columns = Map.of();
        int best = 0;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            // a two-row header: "责任单位" merged over "牵头单位 | 配合单位"
            List<List<String>> candidates = r + 1 < rows.size()
                    ? List.of(rows.get(r), stacked(rows.get(r), rows.get(r + 1)))
                    : List.of(rows.get(r));
            for (int k = 0; k < candidates.size(); k++) {
                Map<Column, List<Integer>> mapped = mapHeader(candidates.get(k));
                int score = mapped.values().stream().mapToInt(List::size).sum();
                boolean usable = mapped.containsKey(Column.CONTENT)
                        && (mapped.containsKey(Column.LEAD) || mapped.containsKey(Column.TIME));
                if (usable && score > best) {
                    best = score;
                    dataFrom = r + 1 + k;
                    columns = mapped;
                }
            }
        }
        if (dataFrom < 0) {
            return Optional.empty();
        }
        List<RawTask> tasks = new ArrayList<>();
        for (int r = dataFrom; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (isHeaderAgain(row, columns) || isSectionRow(row)) {
                continue;
            }
            String content = content(row, columns.get(Column.CONTENT));
            if (content.isEmpty()) {
                continue;
            }
            String no = cell(row, first(columns, Column.NO)).replaceAll("[.、．]$", "");
            String lead = joined(row, columns.get(Column.LEAD), "、");
            String assist = joined(row, columns.get(Column.ASSIST), "、");
            if (!columns.containsKey(Column.ASSIST)) {
                String[] split = splitResponsibility(lead.replace('\n', '、'));
                lead = split[0];
                assist = split[1];
            }
            tasks.add(new RawTask(no, content, Text.oneLine(joined(row, columns.get(Column.TIME), "、")), lead, assist));
        }
        return Optional.of(tasks);
    }

    /** The lower header row's cell where it names a role, the upper row's otherwise. */
    private static List<String> stacked(List<String> upper, List<String> lower) {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String low = c < lower.size() ? lower.get(c).strip() : "";
            String up = c < upper.size() ? upper.get(c) : "";
            header.add(!low.isEmpty() && low.length() <= 12 && roleOf(low.replaceAll("\\s+", "")) != null ? low : up);
        }
        return header;
    }

    /**
     * One 责任单位 column for both roles: "A牵头，B配合", or "A（牵头）、B、C" where the units after the marked lead
     * assist. Without a marker every unit in the cell is responsible, so all lead.
     */
    static String[] splitResponsibility(String cell) {
        Matcher m = LEAD_MARK.matcher(cell);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        Matcher marked = MARKED_LEAD.matcher(cell);
        if (marked.find()) {
            String before = cell.substring(0, marked.start());
            String after = cell.substring(marked.end());
            return new String[] {before, after};
        }
        return new String[] {cell, ""};
    }

    private static Map<Column, List<Integer>> mapHeader(List<String> row) {
        Map<Column, List<Integer>> mapped = new EnumMap<>(Column.class);
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).replaceAll("[\\s\u3000]+", "").replaceAll("[（(].*?[）)]", "");
            if (cell.isEmpty() || cell.length() > 12 || NOT_A_ROLE.matcher(cell).find()) {
                continue;
            }
            Column role = roleOf(cell);
            if (role != null) {
                List<Integer> at = mapped.computeIfAbsent(role, k -> new ArrayList<>());
                // a merged header cell spans several grid columns with the same text: those are one column
                if (at.isEmpty() || !row.get(at.get(at.size() - 1)).equals(row.get(c))) {
                    at.add(c);
                }
            }
        }
        return mapped;
    }

    private static Column roleOf(String cell) {
        for (Column column : ORDER) {
            for (String name : SYNONYMS.get(column)) {
                if (cell.equals(name)) {
                    return column;
                }
            }
        }
        for (Column column : ORDER) {
            if (column == Column.NO) {
                continue;
            }
            for (String name : SYNONYMS.get(column)) {
                if (name.length() >= 2 && cell.contains(name)) {
                    return column;
                }
            }
        }
        return null;
    }

    private static boolean isHeaderAgain(List<String> row, Map<Column, List<Integer>> columns) {
        return mapHeader(row).keySet().containsAll(columns.keySet());
    }

    /** "一、宣传活动" merged across the row: every filled cell says the same thing, or only one cell is filled. */
    private static boolean isSectionRow(List<String> row) {
        List<String> filled = row.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        long cells = row.stream().filter(s -> !s.isBlank()).count();
        return filled.size() == 1 && (cells > 1 || Text.HEADING.matcher(filled.get(0)).find());
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

    private static String joined(List<String> row, List<Integer> at, String separator) {
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
        return String.join(separator, parts);
    }

    private static int first(Map<Column, List<Integer>> columns, Column column) {
        List<Integer> at = columns.get(column);
        return at == null ? -1 : at.get(0);
    }

    private static String cell(List<String> row, int c) {
        return c >= 0 && c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
    }
}
