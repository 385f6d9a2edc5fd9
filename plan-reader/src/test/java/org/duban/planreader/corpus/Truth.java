package org.duban.planreader.corpus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's reading of one corpus notice (see corpus/README.md). */
record Truth(String name, String source, String level, String kind, String shape, boolean truncated, String title,
        String issuer, LocalDate date, Integer year, List<Task> tasks) {

    record Task(String no, String content, String timeText, Day start, Day end, List<String> lead,
            List<String> assist) {
    }

    /**
     * A task's start or end: a date, or, where the notice writes no year anywhere (its truth's year is null), the
     * month and day the text gives, as ISO 8601 writes one (--09-01). The reader dates such a notice in an assumed
     * year and warns AMBIGUOUS_YEAR; its month and day are still right or wrong.
     */
    record Day(LocalDate date, MonthDay monthDay) {

        static Day of(LocalDate date) {
            return date == null ? null : new Day(date, null);
        }

        static Day parse(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            return s.startsWith("--") ? new Day(null, MonthDay.parse(s)) : new Day(LocalDate.parse(s), null);
        }

        /** Whether the reader's date is this day (of any year, for a month and day). */
        static boolean same(Day want, LocalDate got) {
            if (want == null || got == null) {
                return want == null && got == null;
            }
            return want.date != null ? want.date.equals(got) : want.monthDay.equals(MonthDay.from(got));
        }

        @Override
        public String toString() {
            return date != null ? date.toString() : monthDay.toString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Truth parse(String name, String json) {
        JsonNode n = JSON.readTree(json);
        List<Task> tasks = new ArrayList<>();
        for (JsonNode t : n.path("tasks")) {
            tasks.add(new Task(text(t, "no"), text(t, "content"), text(t, "timeText"), Day.parse(text(t, "start")),
                    Day.parse(text(t, "end")),
                    list(t, "lead"), list(t, "assist")));
        }
        return new Truth(name, text(n, "source"), text(n, "level"), text(n, "kind"), text(n, "shape"),
                n.path("truncated").asBoolean(false), text(n, "title"), text(n, "issuer"), date(n, "date"),
                n.path("year").isNumber() ? n.path("year").asInt() : null, tasks);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field)) {
            out.add(v.asString());
        }
        return out;
    }
}
