package org.duban.planreader.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's reading of one corpus notice (see corpus/README.md). */
record Truth(String name, String source, String level, String kind, String shape, boolean truncated, String title,
        String issuer, LocalDate date, Integer year, List<Task> tasks) {

    record Task(String no, String content, String timeText, LocalDate start, LocalDate end, List<String> lead,
            List<String> assist) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Truth parse(String name, String json) {
        JsonNode n = JSON.readTree(json);
        List<Task> tasks = new ArrayList<>();
        for (JsonNode t : n.path("tasks")) {
            tasks.add(new Task(text(t, "no"), text(t, "content"), text(t, "timeText"), date(t, "start"), date(t, "end"),
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
