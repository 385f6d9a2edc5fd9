package org.duban.planreader;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link PlanDraft} as JSON, keys in a fixed order (the format documented in the README). Hand-written so
 * the reader needs no JSON library; the server reads the same JSON back with its own.
 */
public final class PlanDraftJson {

    private PlanDraftJson() {
    }

    public static String write(PlanDraft d) {
        Json j = new Json();
        j.open('{');
        j.field("title", d.title()).field("issuer", d.issuer()).field("docNumber", d.docNumber())
                .field("date", d.date()).field("year", d.year())
                .field("recipients", d.recipients()).field("references", d.references())
                .field("disclosure", d.disclosure()).field("theme", d.theme());
        j.key("period");
        if (d.period() == null) {
            j.raw("null");
        } else {
            j.open('{').field("text", d.period().text()).field("start", d.period().start())
                    .field("end", d.period().end()).close('}');
        }
        j.key("contact");
        if (d.contact() == null) {
            j.raw("null");
        } else {
            j.open('{').field("name", d.contact().name()).field("phone", d.contact().phone()).close('}');
        }
        j.field("summaryDeadline", d.summaryDeadline()).field("reportTo", d.reportTo())
                .field("requirements", d.requirements());
        j.key("tasks").open('[');
        for (TaskDraft t : d.tasks()) {
            j.element().open('{').field("no", t.no()).field("content", t.content()).field("timeText", t.timeText())
                    .field("start", t.start()).field("end", t.end()).field("timeKind", t.timeKind().name())
                    .field("lead", t.lead()).field("assist", t.assist()).field("groups", t.groups())
                    .field("section", t.section()).close('}');
        }
        j.close(']');
        j.key("warnings").open('[');
        for (Warning w : d.warnings()) {
            j.element().open('{').field("code", w.code()).field("message", w.message()).field("where", w.where())
                    .close('}');
        }
        j.close(']');
        PlanDraft.Reading r = d.reading() == null ? PlanDraft.Reading.NONE : d.reading();
        j.key("reading").open('{').field("finder", r.finder()).field("confidence", r.confidence())
                .field("alternatives", r.alternatives());
        j.key("tables").open('[');
        for (PlanDraft.TableShape t : r.tables()) {
            j.element().open('{').field("index", t.index()).field("header", t.header()).field("rows", t.rows())
                    .field("roles", t.roles()).close('}');
        }
        j.close(']');
        j.key("levels").open('[');
        for (PlanDraft.Level l : r.levels()) {
            j.element().open('{').field("rank", l.rank()).field("items", l.items()).field("example", l.example())
                    .close('}');
        }
        j.close(']');
        j.key("layout");
        if (r.layout() == null) {
            j.raw("null");
        } else {
            Layout l = r.layout();
            j.open('{').field("finder", l.finder()).field("table", l.table()).field("columns", l.columns())
                    .field("level", l.level()).close('}');
        }
        j.close('}');
        j.close('}');
        return j.toString();
    }

    /** A tiny streaming writer: two-space indentation, one key per line, short arrays of strings inline. */
    private static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private int depth;
        private boolean first = true;

        Json open(char c) {
            sb.append(c);
            depth++;
            first = true;
            return this;
        }

        Json close(char c) {
            depth--;
            if (!first) {
                newline();
            }
            sb.append(c);
            first = false;
            return this;
        }

        Json key(String k) {
            element();
            string(k);
            sb.append(": ");
            return this;
        }

        Json element() {
            if (!first) {
                sb.append(',');
            }
            newline();
            first = true;
            return this;
        }

        Json raw(String s) {
            sb.append(s);
            first = false;
            return this;
        }

        Json field(String k, Object v) {
            key(k);
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number n) {
                sb.append(n);
            } else if (v instanceof LocalDate date) {
                string(date.toString());
            } else if (v instanceof List<?> list) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    string(String.valueOf(list.get(i)));
                }
                sb.append(']');
            } else {
                string(v.toString());
            }
            first = false;
            return this;
        }

        private void newline() {
            sb.append('\n');
            sb.append("  ".repeat(depth));
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
