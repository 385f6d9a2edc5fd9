package org.duban.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compiled report as blocks of text that know where each part came from. The editor, the DOCX and the PDF all
 * render this one text, so what the coordinator reads, edits and signs is what is sent.
 */
public record ReportText(String title, List<Block> blocks) {

    public ReportText {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph, Table, Signature, PageBreak, Figure {
    }

    public enum Level { TITLE, SECTION, SUBSECTION, APPENDIX_LABEL, APPENDIX_TITLE }

    public record Heading(Level level, String text) implements Block {
    }

    /** BODY is the report's own text; MATERIAL is offered to the coordinator (【素材】) and left out of what is signed. */
    public enum Style { RECIPIENT, BODY, MATERIAL, CONTACT }

    public enum State { DRAFTED, EDITED, REMOVED }

    /**
     * A paragraph of the report.
     *
     * @param key      stable from one draft to the next, so the coordinator's edit is kept under it; null when it is
     *                 not editable
     * @param drafted  the text as drafted from the data, before any edit
     * @param editedBy who made the edit in force, or null
     */
    public record Paragraph(String key, int section, Style style, State state, List<Span> spans, String drafted,
            String editedBy) implements Block {

        public Paragraph {
            spans = List.copyOf(spans);
        }

        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }

        public boolean shown() {
            return state != State.REMOVED;
        }

        /** Numbers the coordinator wrote that are not in the data. */
        public List<String> unsupported() {
            return spans.stream().filter(Span::unsupported).map(Span::text).toList();
        }

        /** The reports and summaries this paragraph's text came from, each once. */
        public List<Source> sources() {
            Set<Source> all = new LinkedHashSet<>();
            spans.forEach(s -> all.addAll(s.sources()));
            return new ArrayList<>(all);
        }
    }

    /** A run of text; a number in the report is a span of its own with the reports it was counted from. */
    public record Span(String text, List<Source> sources, boolean unsupported) {

        public Span {
            sources = List.copyOf(sources);
        }

        /** A number of its own (a count, a rate), as opposed to a run of words. */
        public boolean number() {
            return NumberLinks.isNumber(text);
        }

        static Span plain(String text) {
            return new Span(text, List.of(), false);
        }

        static Span from(String text, List<Source> sources) {
            return new Span(text, sources, false);
        }
    }

    /** A report, a summary or a page of Duban where a number or a sentence can be checked. */
    public record Source(String label, String href) {
    }

    public record Cell(String text, List<Source> sources) {

        public Cell {
            sources = List.copyOf(sources);
        }

        static Cell plain(String text) {
            return new Cell(text, List.of());
        }
    }

    /** @param textColumn the column of long text, set flush left; the others are centred */
    public record Table(List<String> head, List<List<Cell>> rows, int textColumn) implements Block {

        public Table {
            head = List.copyOf(head);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record Signature(String issuer, String date) implements Block {
    }

    public record PageBreak() implements Block {
    }

    /** A photo of 附件2, as a JPEG without metadata, with its caption. */
    public record Figure(String caption, long photoId, byte[] jpeg, int width, int height) implements Block {
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
