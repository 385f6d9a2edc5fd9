package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Words;

/** The words bureaus put over the columns of a task table, by what the column means. */
public final class Columns {

    public enum Role { NO, CONTENT, TIME, LEAD, ASSIST, OTHER }

    /** Checked in this order: "活动时间" is a time before it is an activity, "配合单位" assists before it is a unit. */
    private static final Map<Role, List<String>> SYNONYMS = new EnumMap<>(Map.of(
            Role.NO, List.of("序号", "编号", "序", "号", "No", "NO", "no", "No.", "项次"),
            Role.TIME, List.of("活动时间", "完成时限要求", "完成时限", "时间安排", "时间节点", "完成时间", "时限要求", "时间要求",
                    "进度安排", "截止时间", "完成期限", "办结时限", "推进时限", "工作时限", "实施时间", "开展时间",
                    "检查时间", "抽查时间", "计划时间", "起止时间", "时间进度", "实施时段", "时间段", "时段", "时限", "时间",
                    // an inspection plan's cycle: when in the year the checks fall (全年, 第三季度)
                    "检查周期", "抽查周期", "实施周期",
                    "期限", "日期"),
            Role.ASSIST, List.of("协助部门", "协助单位", "配合单位", "配合部门", "协办单位", "协办部门", "协办",
                    "参与单位", "参加单位", "协同单位", "配合股室", "配合科室", "配合处室", "协助股室", "协助科室",
                    "参与部门", "协作单位", "参检单位", "参检部门",
                    "联办单位", "联办部门", "联合部门", "联合单位", "联合处室", "联合科室", "联合股室", "配合检查单位",
                    "配合", "协助", "参与"),
            Role.LEAD, List.of("牵头部门", "牵头单位", "牵头股室", "牵头科室", "牵头处室", "责任单位", "责任部门",
                    "责任股室", "责任科室", "责任处室", "主办单位", "主办部门", "主办", "负责单位", "负责部门", "牵头",
                    "责任主体", "实施单位", "承办单位", "主责单位", "主责部门", "落实单位", "落实部门", "责任牵头单位",
                    "责任牵头部门", "实施主体", "执行单位", "承担单位",
                    "组织单位", "实施部门", "检查单位", "抽查单位", "检查主体", "抽查主体", "承办处室", "承办科室", "承办股室",
                    "牵头处室单位", "发起部门", "发起单位", "股室", "科室", "处室", "责任", "单位", "部门"),
            Role.CONTENT, List.of("活动内容", "工作任务", "工作内容", "主要任务", "任务内容", "重点任务", "具体任务",
                    "工作事项", "任务事项", "主要内容", "具体内容", "工作措施", "具体措施", "主要措施", "具体举措", "主要举措", "工作举措", "活动名称",
                    "活动项目", "任务名称", "工作重点", "重点工作", "工作目标", "抽查事项", "检查事项", "检查内容",
                    "抽查内容", "主要工作", "工作安排", "活动安排", "活动主题", "任务分解", "目标任务", "改革任务",
                    "具体要求", "职责分工", "工作职责", "主要职责", "预期目标", "主要目标", "发展目标", "事项", "内容", "任务",
                    "项目", "活动", "措施", "举措", "名称",
                    // "一级要点 | 二级要点": a 政务公开 division's points, the finer the row's work
                    "要点")));
    /** A header cell with its spaces, pipes and a bracketed note is never longer than this. */
    private static final int MAX_RAW = 40;
    private static final Pattern BRACKETED = Pattern.compile("[（(].*?[）)]");
    private static final Map<String, Role> EXACT = new java.util.HashMap<>();
    private static final List<Role> ORDER = List.of(Role.NO, Role.TIME, Role.ASSIST, Role.LEAD, Role.CONTENT);
    /** Header cells that name people, places or progress rather than units, time or the task. */
    private static final List<String> OTHER_WORDS = List.of(
            "领导", "责任人", "负责人", "经办人", "联系", "联络", "电话", "备注", "说明", "完成状况", "完成状态", "进展",
            // a progress report's columns: 1-10月推进情况, 落实情况, 完成情况
            "情况",
            "成效", "依据", "地点", "范围", "对象", "人员",
            "比例", "数量", "方式", "形式", "标准", "目标值", "类别", "分类", "类型", "层级", "户数", "频次", "批次", "模式", "评分", "计量单位",
            // a ledger's day the work was handed down, not its time: 部署时间 beside an empty 完成时限
            "部署时间", "部署日期", "交办时间", "交办日期", "下达时间", "批示时间", "收文时间", "来文时间", "签收时间", "登记时间");
    private static final Words<Role> NOT_A_ROLE = Words.ranked(List.of(Map.entry(Role.OTHER, OTHER_WORDS)));
    /** The synonyms of two characters or more, the first role in ORDER that lists a word winning. */
    private static final Words<Role> CONTAINED;

    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    static {
        // the first role in ORDER that lists a word wins, as the loop over ORDER did
        for (Role role : List.of(Role.NO, Role.TIME, Role.ASSIST, Role.LEAD, Role.CONTENT)) {
            for (String name : SYNONYMS.get(role)) {
                EXACT.putIfAbsent(name, role);
            }
        }
        List<Map.Entry<Role, List<String>>> lists = new ArrayList<>();
        for (Role role : ORDER) {
            if (role != Role.NO) {
                lists.add(Map.entry(role, SYNONYMS.get(role).stream().filter(n -> n.length() >= 2).toList()));
            }
        }
        CONTAINED = Words.ranked(lists);
    }

    private Columns() {
    }

    /**
     * What a header cell means; null when it names none of the roles. {@link Role#OTHER} for a header that names
     * something else a table may hold (备注, 活动地点, 责任人).
     */
    public static Role roleOf(String headerCell) {
        // every line of a notice is asked whether it is a header: long ones are not, and cost nothing
        if (headerCell == null || headerCell.length() > MAX_RAW) {
            return null;
        }
        String cell = normal(headerCell);
        if (cell.isEmpty() || cell.length() > 12 || numbered(cell)) {
            return null;
        }
        if (NOT_A_ROLE.anyIn(cell)) {
            return unitsWithANote(cell);
        }
        Role exact = EXACT.get(cell);
        if (exact != null) {
            return exact;
        }
        if ((cell.startsWith("参加") || cell.startsWith("参与") || cell.startsWith("配合"))
                && (cell.endsWith("单位") || cell.endsWith("部门"))) {
            // "参加活动的主要单位", "配合开展检查的部门": who takes part, however many words stand between
            return Role.ASSIST;
        }
        if (cell.endsWith("编号") || cell.endsWith("序号")) {
            // "抽查计划编号", "任务序号"
            return Role.NO;
        }
        return CONTAINED.bestIn(cell);
    }

    /**
     * 「考核指标 | 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门」: beside a column that names who does the work, a bare 单位
     * is what a target is counted in (%, 万亩, 万元/人), no unit of government. Whether the header's column {@code c} is
     * such a column.
     */
    public static boolean measuredIn(List<String> header, int c) {
        if (c < 0 || c >= header.size() || !normal(header.get(c)).equals("单位")) {
            return false;
        }
        for (int d = 0; d < header.size(); d++) {
            Role role = roleOf(header.get(d));
            if (d != c && (role == Role.LEAD || role == Role.ASSIST) && !normal(header.get(d)).equals("单位")) {
                return true;
            }
        }
        return false;
    }

    /** "分工", "责任分工": who does each row's work, after a note on how it is done. */
    private static final Pattern DIVISION = Pattern.compile("(?:责任|任务)?分工");

    /**
     * "检查部门及实施层级", "责任单位及责任人": a unit column whose header adds what else the cell says (the level, the
     * person) is a unit column; any other header that names something besides the roles is {@link Role#OTHER}.
     */
    private static Role unitsWithANote(String cell) {
        int and = cell.indexOf('及');
        if (and > 1 && and < cell.length() - 1) {
            String first = cell.substring(0, and);
            Role role = NOT_A_ROLE.anyIn(first) ? null : EXACT.getOrDefault(first, CONTAINED.bestIn(first));
            if ((role == Role.LEAD || role == Role.ASSIST) && NOT_A_ROLE.anyIn(cell.substring(and + 1))) {
                return role;
            }
            if (DIVISION.matcher(cell.substring(and + 1)).matches()) {
                // "组织开展形式及分工": how each activity is run, and by whom
                return Role.LEAD;
            }
        }
        return Role.OTHER;
    }

    /** "三、活动安排", "2.工作要求", "（一）": a heading of the notice, not a column. */
    private static boolean numbered(String cell) {
        char first = cell.charAt(0);
        if (first == '（' || first == '(' || first == '〔') {
            return true;
        }
        if (first == '第' && cell.length() > 2 && CHINESE_DIGITS.indexOf(cell.charAt(1)) >= 0) {
            // "第二，活动主题": a part of the notice counted off, as "二、活动主题" is
            return true;
        }
        int i = 0;
        boolean chinese = CHINESE_DIGITS.indexOf(first) >= 0;
        while (i < cell.length() && (chinese ? CHINESE_DIGITS.indexOf(cell.charAt(i)) >= 0 : Character.isDigit(cell.charAt(i)))) {
            i++;
        }
        return i > 0 && i < cell.length() && "、.．".indexOf(cell.charAt(i)) >= 0;
    }

    /**
     * A heading that names a part of a plan rather than an activity: a header word standing alone ("主要内容", "活动时间"),
     * or a few joined ("时间和主题", "时间、地点").
     */
    public static boolean namesAPart(String heading) {
        String h = normal(heading).replaceAll("[。.]$", "");
        if (h.isEmpty() || h.length() > 12) {
            return false;
        }
        for (String part : h.split("和|及|与|、|/")) {
            boolean known = PARTS.contains(part);
            for (List<String> words : SYNONYMS.values()) {
                known |= words.contains(part);
            }
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> PARTS = List.of("主题", "地点", "对象", "范围", "要求", "形式", "安排", "步骤", "方式",
            "目标", "背景", "意义", "组织", "保障",
            // "二、责任分工 / 各县(市)区要…。 / 市民政局负责…。": the part that shares out duties, a paragraph per body
            "责任分工", "任务分工", "工作分工", "部门职责",
            // "三、组织安排 / 市住建委负责组织指导…。市水务办承担…": the same, under the name of who arranges what
            "组织安排", "组织分工");

    /** A header word exactly as the vocabulary has it ("牵头单位", not "牵头单位名称"). */
    public static boolean isExactWord(String cell) {
        return EXACT.containsKey(normal(cell));
    }

    /** A header word of a column that names no role, exactly as the vocabulary has it ("地点", "备注", "负责人"). */
    public static boolean isExactOtherWord(String cell) {
        return OTHER_WORDS.contains(normal(cell));
    }

    /** A cell that could only be a header: a role word standing alone, short. */
    public static boolean isHeaderWord(String cell) {
        Role r = roleOf(cell);
        return r != null && normal(cell).length() <= 8;
    }

    /** How many of a row's cells could only be a header. */
    public static int headerWords(List<String> cells) {
        return (int) cells.stream().filter(Columns::isHeaderWord).count();
    }

    /** A short word of no digits, no caption (…安排表, …清单). */
    private static final Pattern UNKNOWN_WORD = Pattern.compile("\\p{IsHan}{2,6}(?<![表单])");

    /** "检查对象", "抽查对象范围": the header over what a spot check looks at. */
    private static final Pattern WHAT_IS_CHECKED = Pattern.compile("(?:检查|抽查)对象(?:范围|名称)?");

    /**
     * The column whose header names what a spot check looks at (检查对象), in a table that names no work beside who checks
     * and when (检查对象 | 检查依据 | 执行科室 | 检查比例 | 初步检查时间): each row's object is its check. -1 where the
     * table names its work ({@code roles} holds CONTENT), names neither who nor when, or has no such column.
     */
    public static int checkedObjects(List<String> header, Collection<Role> roles) {
        if (roles.contains(Role.CONTENT) || !roles.contains(Role.LEAD) && !roles.contains(Role.TIME)) {
            return -1;
        }
        for (int c = 0; c < header.size(); c++) {
            String cell = header.get(c);
            if (cell != null && WHAT_IS_CHECKED.matcher(Hans.simplified(cell).replaceAll("\\s", "")).matches()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * 「演练科目」, 「情景构建」: a header cell no vocabulary knows, a short word that can still head a column beside
     * known ones.
     */
    public static boolean isUnknownWord(String cell) {
        String c = withoutSpaces(cell);
        return UNKNOWN_WORD.matcher(c).matches() && roleOf(c) == null;
    }

    /** The text without whitespace, ideographic spaces and pipes, without a regular expression: every short cell comes here. */
    private static String withoutSpaces(String s) {
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '|';
    }

    private static String normal(String cell) {
        if (cell == null) {
            return "";
        }
        String c = withoutSpaces(Hans.simplified(cell));
        c = c.indexOf('(') >= 0 || c.indexOf('（') >= 0 ? BRACKETED.matcher(c).replaceAll("") : c;
        return c.endsWith(":") || c.endsWith("：") ? c.substring(0, c.length() - 1) : c;
    }
}
