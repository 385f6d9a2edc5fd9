package org.duban.planreader.layout;

import java.util.List;

/** A piece of a document as laid out: a line of text or a table. */
public sealed interface Block {

    record Line(String text) implements Block {
    }

    /** Rows of cells, merged cells already copied into every grid position they cover. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
