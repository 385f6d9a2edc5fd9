package org.duban.planreader.document;

import java.util.List;
import org.duban.planreader.layout.Block;

/** A piece of a notice's body: a paragraph, or a table in its place. */
public sealed interface Part {

    /**
     * One paragraph, with the number it starts with (null for an unnumbered one).
     *
     * @param line the paragraph's position among the notice's lines, for warnings
     */
    record Paragraph(String text, Numbering.Marker marker, int line) implements Part {

        /** The text after the number. */
        public String body() {
            return marker == null ? text : Numbering.afterMarker(text);
        }
    }

    /** A table, merged cells already copied into every grid position they cover. */
    record Table(List<List<String>> rows, int line) implements Part {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public Block.Table block() {
            return new Block.Table(rows);
        }
    }
}
