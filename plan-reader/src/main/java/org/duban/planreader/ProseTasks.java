package org.duban.planreader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks written as numbered prose rather than a table:
 * {@code 1. 开展XX专项检查（牵头单位：…；配合单位：…；完成时限：6月底前）}, or with the labels on lines of their own
 * under the task. A numbered paragraph is a task only when it names a lead unit or a deadline; the rest of a
 * notice is numbered too.
 */
final class ProseTasks {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:(\\d{1,3})\\s*[.、．)）]|[（(](\\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})[、.．]|([①-⑳]))\\s*");
    private static final String LEAD_LABELS = "牵头单位|牵头部门|牵头股室|牵头科室|责任单位|责任部门|责任股室|责任科室|主办单位|牵头|主办|负责单位";
    private static final String ASSIST_LABELS = "配合单位|配合部门|协助单位|协助部门|协办单位|参与单位|配合股室|协办|配合|协助";
    private static final String TIME_LABELS = "完成时限|完成时间|时间安排|时间节点|办结时限|时限|活动时间|时间";
    private static final Pattern LABEL = Pattern.compile("(" + LEAD_LABELS + "|" + ASSIST_LABELS + "|" + TIME_LABELS + ")\\s*[:：]");
    private static final Pattern LEAD = Pattern.compile("^(" + LEAD_LABELS + ")$");
    private static final Pattern ASSIST = Pattern.compile("^(" + ASSIST_LABELS + ")$");
    /** A paragraph that ends in its labels, as Word's auto-numbered lists leave it (the number is not in the text). */
    private static final Pattern LABELLED_END = Pattern.compile("[（(][^（(]*(" + LEAD_LABELS + "|" + TIME_LABELS + ")\\s*[:：][^（(]*[）)][。；;]?$");
    /** A task's own text before its labels run on, at most this many lines. */
    private static final int MAX_LINES = 6;

    private ProseTasks() {
    }

    static List<TaskTable.RawTask> read(List<String> lines) {
        List<List<String>> candidates = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (MARKER.matcher(line).find() || LABELLED_END.matcher(line).find()) {
                current = new ArrayList<>();
                candidates.add(current);
                current.add(line);
            } else if (current != null && current.size() < MAX_LINES && LABEL.matcher(line).find()) {
                current.add(line);
            } else {
                current = null;
            }
        }
        List<TaskTable.RawTask> tasks = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (List<String> candidate : candidates) {
            TaskTable.RawTask task = taskOf(String.join("；", candidate));
            if (task != null) {
                tasks.add(task);
                numbers.add(task.no());
            }
        }
        // numbering restarts in every section ("（一）… 1. 2. （二）… 1. 2."): number the tasks through instead
        if (numbers.stream().distinct().count() < numbers.size() || numbers.contains("")) {
            List<TaskTable.RawTask> renumbered = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                TaskTable.RawTask t = tasks.get(i);
                renumbered.add(new TaskTable.RawTask(String.valueOf(i + 1), t.content(), t.timeText(), t.leadText(),
                        t.assistText()));
            }
            return renumbered;
        }
        return tasks;
    }

    private static TaskTable.RawTask taskOf(String text) {
        Matcher marker = MARKER.matcher(text);
        boolean numbered = marker.find();
        String no = numbered ? number(marker) : "";
        String body = numbered ? text.substring(marker.end()) : text.strip();
        Matcher label = LABEL.matcher(body);
        if (!label.find()) {
            return null;
        }
        String lead = "";
        String assist = "";
        String time = "";
        int contentEnd = label.start();
        do {
            String name = label.group(1);
            int valueStart = label.end();
            int valueEnd = valueEnd(body, valueStart);
            String value = body.substring(valueStart, valueEnd).strip();
            if (LEAD.matcher(name).matches()) {
                lead = lead.isEmpty() ? value : lead + "、" + value;
            } else if (ASSIST.matcher(name).matches()) {
                assist = assist.isEmpty() ? value : assist + "、" + value;
            } else {
                time = value;
            }
        } while (label.find());
        if (lead.isEmpty() && time.isEmpty()) {
            return null;
        }
        String content = body.substring(0, contentEnd).replaceAll("[（(\\s；;，,。]+$", "").strip();
        if (content.isEmpty()) {
            return null;
        }
        return new TaskTable.RawTask(no, content, time, lead, assist);
    }

    /** A labelled value runs to the next ；, 。, closing bracket or label. */
    private static int valueEnd(String body, int from) {
        Matcher next = LABEL.matcher(body);
        int end = next.find(from) ? next.start() : body.length();
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (c == '；' || c == ';' || c == '。' || c == '）' || c == ')') {
                return i;
            }
        }
        return end;
    }

    private static String number(Matcher m) {
        for (int g = 1; g <= 4; g++) {
            String s = m.group(g);
            if (s == null) {
                continue;
            }
            if (s.chars().allMatch(Character::isDigit)) {
                return s;
            }
            if (g == 4) {
                return String.valueOf(s.charAt(0) - '①' + 1);
            }
            return String.valueOf(ChineseNumerals.valueOf(s));
        }
        return "";
    }
}
