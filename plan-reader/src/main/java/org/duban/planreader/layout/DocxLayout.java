package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.duban.planreader.PlanReadException;

/**
 * Lines and tables of a Word document. Vertically merged cells (a lead unit merged over several tasks) are copied
 * down into every row they cover; horizontally merged cells fill each grid column they span.
 *
 * <p>The document's XML is streamed once ({@code word/document.xml}, StAX) rather than built into POI's object model:
 * the reader needs only the text of paragraphs and the grid of tables, and building the model for every run and cell
 * cost most of the time of reading a long plan. The archive has been checked for size and entries before this
 * ({@link DocumentReader}); DTDs and external entities are off.
 */
final class DocxLayout {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private DocxLayout() {
    }

    /** The blocks of a Word document's main part ({@code word/document.xml}), as the archive check inflated it. */
    static List<Block> blocks(byte[] documentXml) {
        return blocks(documentXml, WordNumbering.NONE);
    }

    /** The same, each list paragraph with the number Word writes before it. */
    static List<Block> blocks(byte[] documentXml, WordNumbering numbering) {
        try {
            XMLStreamReader in = parser(new ByteArrayInputStream(documentXml));
            try {
                return new Walk(numbering).read(in);
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new PlanReadException(PlanReadException.Reason.CORRUPT,
                    "Word 文档已损坏，无法读取。 The Word document is damaged.", e);
        }
    }

    /** A parser of a part of the document, DTDs and external entities off. */
    static XMLStreamReader parser(InputStream xml) throws XMLStreamException {
        return XML.createXMLStreamReader(xml);
    }

    /** One pass over the document, keeping the paragraph, cell, row and table being read. */
    private static final class Walk {

        private final WordNumbering numbering;
        /** The list the paragraph being read names (numPr) and its style: Word numbers it by them. */
        private String numId;
        private String ilvl;
        private String style;
        private boolean inParagraphProperties;

        Walk(WordNumbering numbering) {
            this.numbering = numbering;
        }

        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Table> tables = new ArrayDeque<>();
        private StringBuilder paragraph;
        /** Paragraphs inside a paragraph (a text box): their text joins the outer one's. */
        private int innerParagraphs;
        private int runDepth;
        /** Inside mc:Fallback: a copy of what mc:Choice holds, read once. */
        private int skipDepth;

        List<Block> read(XMLStreamReader in) throws XMLStreamException {
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(in);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(in.getLocalName());
                }
            }
            return blocks;
        }

        private void start(XMLStreamReader in) throws XMLStreamException {
            String name = in.getLocalName();
            if (skipDepth > 0 || name.equals("Fallback")) {
                skipDepth++;
                return;
            }
            switch (name) {
                case "tbl" -> tables.push(new Table());
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().row = new ArrayList<>();
                    }
                }
                case "tc" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().cell = new Cell();
                    }
                }
                case "gridSpan" -> {
                    Cell cell = currentCell();
                    String val = value(in);
                    if (cell != null && paragraph == null && val != null && val.matches("\\d{1,3}")) {
                        cell.span = Math.max(1, Math.min(Integer.parseInt(val), 64));
                    }
                }
                case "vMerge" -> {
                    Cell cell = currentCell();
                    String val = value(in);
                    if (cell != null && paragraph == null) {
                        cell.continued = val == null || val.equals("continue");
                    }
                }
                case "p" -> {
                    if (paragraph != null) {
                        innerParagraphs++;
                        paragraph.append('\n');
                    } else {
                        paragraph = new StringBuilder();
                        numId = null;
                        ilvl = null;
                        style = null;
                    }
                }
                case "pPr" -> inParagraphProperties = paragraph != null && innerParagraphs == 0;
                case "numId", "ilvl", "pStyle" -> {
                    if (inParagraphProperties) {
                        String val = value(in);
                        switch (name) {
                            case "numId" -> numId = val;
                            case "ilvl" -> ilvl = val;
                            default -> style = val;
                        }
                    }
                }
                case "r" -> runDepth++;
                case "t" -> {
                    if (paragraph != null) {
                        paragraph.append(in.getElementText());
                    }
                }
                case "tab" -> {
                    if (paragraph != null && runDepth > 0) {
                        paragraph.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (paragraph != null && runDepth > 0) {
                        paragraph.append('\n');
                    }
                }
                case "noBreakHyphen" -> {
                    if (paragraph != null) {
                        paragraph.append('-');
                    }
                }
                default -> {
                    // styles, properties, drawings, field codes (instrText) and deleted text (delText) are not read
                }
            }
        }

        private void end(String name) {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            switch (name) {
                case "pPr" -> inParagraphProperties = false;
                case "p" -> endParagraph();
                case "r" -> runDepth = Math.max(0, runDepth - 1);
                case "tc" -> endCell();
                case "tr" -> endRow();
                case "tbl" -> endTable();
                default -> {
                }
            }
        }

        private void endParagraph() {
            if (paragraph == null) {
                return;
            }
            if (innerParagraphs > 0) {
                innerParagraphs--;
                return;
            }
            // "一、", "（二）", a table's 序号: the number Word writes itself is part of what the paragraph shows (an
            // empty numbered paragraph is counted, and shown only in a table's cell)
            String own = paragraph.toString();
            String label = numbering.next(numId, ilvl, style);
            paragraph = null;
            Cell cell = currentCell();
            String text = WordNumbering.numbered(label, own, cell != null);
            if (cell != null) {
                String t = text.strip();
                if (!t.isEmpty()) {
                    cell.lines.add(t);
                }
            } else {
                for (String line : text.split("\\R")) {
                    if (!line.isBlank()) {
                        blocks.add(new Block.Line(line.strip()));
                    }
                }
            }
        }

        private void endCell() {
            Table table = tables.peek();
            if (table == null || table.cell == null || table.row == null) {
                return;
            }
            Cell cell = table.cell;
            table.cell = null;
            String text = String.join("\n", cell.lines);
            for (int k = 0; k < cell.span; k++) {
                int col = table.row.size();
                table.row.add(cell.continued && col < table.above.size() ? table.above.get(col) : text);
            }
        }

        private void endRow() {
            Table table = tables.peek();
            if (table == null || table.row == null) {
                return;
            }
            table.above = table.row;
            if (table.row.stream().anyMatch(c -> !c.isBlank())) {
                table.rows.add(table.row);
            }
            table.row = null;
        }

        private void endTable() {
            if (tables.isEmpty()) {
                return;
            }
            Table done = tables.pop();
            Cell outer = currentCell();
            if (outer == null) {
                blocks.add(new Block.Table(done.rows));
                return;
            }
            // a table inside a cell: its rows are lines of that cell
            for (List<String> row : done.rows) {
                String line = String.join(" ", row.stream().filter(c -> !c.isBlank()).toList()).strip();
                if (!line.isEmpty()) {
                    outer.lines.add(line);
                }
            }
        }

        private Cell currentCell() {
            Table table = tables.peek();
            return table == null ? null : table.cell;
        }

        private static String value(XMLStreamReader in) {
            for (int i = 0; i < in.getAttributeCount(); i++) {
                if (in.getAttributeLocalName(i).equals("val")) {
                    return in.getAttributeValue(i);
                }
            }
            return null;
        }
    }

    private static final class Table {
        final List<List<String>> rows = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<String> row;
        Cell cell;
    }

    private static final class Cell {
        final List<String> lines = new ArrayList<>();
        int span = 1;
        boolean continued;
    }
}
