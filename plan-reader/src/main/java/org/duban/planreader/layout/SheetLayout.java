package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lines and tables of a workbook (XLSX or the old XLS): each sheet is a table, merged cells copied into every cell
 * they cover (a lead unit merged over several tasks leads them all). Title rows above a sheet's table (one value
 * merged across) are lines, so the plan's title is read as a title. Cells are read as they are shown (dates as
 * written in the sheet, not as serial numbers).
 */
final class SheetLayout {

    /** A task sheet has dozens or hundreds of rows; beyond this it is not a plan. */
    private static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 60;

    private SheetLayout() {
    }

    static List<Block> blocks(byte[] bytes) throws IOException {
        List<Block> blocks = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                    continue;
                }
                addSheet(book.getSheetAt(s), shown, blocks);
            }
        }
        return blocks;
    }

    private static void addSheet(Sheet sheet, DataFormatter shown, List<Block> blocks) {
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell).strip());
                }
            }
            grid.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            int top = merged.getFirstRow();
            int left = merged.getFirstColumn();
            if (top > last || left >= MAX_COLUMNS) {
                continue;
            }
            String value = cell(grid, top, left);
            for (int r = top; r <= Math.min(merged.getLastRow(), last); r++) {
                for (int c = left; c <= Math.min(merged.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    List<String> row = grid.get(r);
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, value);
                }
            }
        }
        List<List<String>> table = new ArrayList<>();
        boolean inTable = false;
        for (List<String> row : grid) {
            List<String> filled = row.stream().filter(v -> !v.isEmpty()).distinct().toList();
            if (filled.isEmpty()) {
                continue;
            }
            if (!inTable && filled.size() == 1) {
                blocks.add(new Block.Line(filled.get(0)));
                continue;
            }
            inTable = true;
            table.add(row);
        }
        if (!table.isEmpty()) {
            blocks.add(new Block.Table(table));
        }
    }

    private static String cell(List<List<String>> grid, int r, int c) {
        List<String> row = grid.get(r);
        return c < row.size() ? row.get(c) : "";
    }
}
