package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Lines and tables of a Word document. Vertically merged cells (a lead unit merged over several tasks) are copied
 * down into every row they cover; horizontally merged cells fill each grid column they span.
 */
final class DocxLayout {

    private DocxLayout() {
    }

    static List<Block> blocks(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    addLines(p.getText(), blocks);
                } else if (element instanceof XWPFTable t) {
                    blocks.add(new Block.Table(grid(t)));
                } else if (element instanceof XWPFSDT sdt) {
                    addLines(sdt.getContent().getText(), blocks);
                }
            }
            return blocks;
        }
    }

    private static void addLines(String text, List<Block> blocks) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new Block.Line(line.strip()));
            }
        }
    }

    private static List<List<String>> grid(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (XWPFTableRow tr : table.getRows()) {
            List<String> row = new ArrayList<>();
            for (XWPFTableCell cell : tr.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                    span = Math.max(1, Math.min(((BigInteger) pr.getGridSpan().getVal()).intValue(), 64));
                }
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                String text = cellText(cell);
                for (int k = 0; k < span; k++) {
                    int col = row.size();
                    row.add(continued && col < above.size() ? above.get(col) : text);
                }
            }
            above = row;
            if (row.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }
}
