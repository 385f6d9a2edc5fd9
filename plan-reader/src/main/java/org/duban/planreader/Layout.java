package org.duban.planreader;

import java.util.List;

/**
 * How a person says a notice is laid out, when the reader's own choice was wrong: which table holds the tasks and
 * what each of its columns means, or which level of the numbering splits the tasks. The server keeps the last one
 * per issuer as a layout profile, so next year's notice from the same bureau reads by itself.
 *
 * @param finder  {@link #TABLE} or {@link #OUTLINE}
 * @param table   for a table: its index among the notice's tables (see {@link PlanDraft.Reading#tables()})
 * @param columns for a table: what each column means, one of {@code NO CONTENT TIME LEAD ASSIST OTHER} per column,
 *                or empty to let the reader tell
 * @param level   for the outline: the rank whose items are the tasks (1 一、, 2 （一）, 3 1., 4 （1）, 5 ①, 6 一是; 0 the
 *                days that head lists numbered 一、, as in "2月4日 活动一 / 一、…")
 */
public record Layout(String finder, Integer table, List<String> columns, Integer level) {

    public static final String TABLE = "table";
    public static final String OUTLINE = "outline";
    public static final List<String> ROLES = List.of("NO", "CONTENT", "TIME", "LEAD", "ASSIST", "OTHER");

    public Layout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (!TABLE.equals(finder) && !OUTLINE.equals(finder)) {
            throw new IllegalArgumentException("finder must be table or outline: " + finder);
        }
        if (TABLE.equals(finder) && (table == null || table < 0)) {
            throw new IllegalArgumentException("a table layout names its table");
        }
        if (OUTLINE.equals(finder) && (level == null || level < 0 || level > 6)) {
            throw new IllegalArgumentException("an outline layout names its level, 0 to 6");
        }
        for (String c : columns) {
            if (!ROLES.contains(c)) {
                throw new IllegalArgumentException("unknown column role " + c);
            }
        }
    }

    public static Layout table(int index, List<String> columns) {
        return new Layout(TABLE, index, columns, null);
    }

    public static Layout outline(int level) {
        return new Layout(OUTLINE, null, List.of(), level);
    }
}
