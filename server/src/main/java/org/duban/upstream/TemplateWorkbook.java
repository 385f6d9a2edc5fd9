package org.duban.upstream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A statistics template as Apache POI reads it (XLSX or XLS): the cells a number or a name can go into, each with
 * the labels a person would read it by, and the same workbook with values written into chosen cells.
 */
final class TemplateWorkbook {

    static final int MAX_SHEETS = 5;
    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 30;
    static final int MAX_CELLS = 400;
    /** How far a label may stand from its cell: to the left in the row, or above in the column. */
    private static final int REACH = 8;

    private TemplateWorkbook() {
    }

    /** A cell a value can go into, and what labels it: the nearest text to its left and above it. */
    record Slot(int sheet, String sheetName, String ref, String rowLabel, String columnLabel, String current) {

        String key() {
            return sheet + "!" + ref;
        }

        String labels() {
            return (rowLabel == null ? "" : rowLabel) + " " + (columnLabel == null ? "" : columnLabel);
        }
    }

    /**
     * Opens the bytes as a workbook.
     *
     * @throws StatTemplateRefused when they are not an Excel workbook POI can read, are protected, or have no sheet
     */
    static Workbook open(byte[] bytes) {
        try {
            Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
            if (workbook.getNumberOfSheets() == 0) {
                throw new StatTemplateRefused(400, "upstream.error.noSheet");
            }
            return workbook;
        } catch (EncryptedDocumentException e) {
            throw new StatTemplateRefused(400, "upstream.error.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatTemplateRefused refused) {
                throw refused;
            }
            throw new StatTemplateRefused(400, "upstream.error.notExcel");
        }
    }

    /** The cells of the first sheets that are empty or hold a number, under or beside a label. */
    static List<Slot> slots(byte[] bytes) {
        List<Slot> slots = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = open(bytes)) {
            for (int s = 0; s < Math.min(MAX_SHEETS, workbook.getNumberOfSheets()); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
                int width = 0;
                for (int r = 0; r <= lastRow; r++) {
                    Row row = sheet.getRow(r);
                    width = Math.max(width, row == null ? 0 : Math.min(row.getLastCellNum(), MAX_COLUMNS));
                }
                for (int r = 0; r <= lastRow && slots.size() < MAX_CELLS; r++) {
                    if (empty(sheet.getRow(r))) {
                        continue; // a spacer row: nothing in it says what would go there
                    }
                    for (int c = 0; c < width && slots.size() < MAX_CELLS; c++) {
                        if (!fillable(sheet, r, c)) {
                            continue;
                        }
                        String left = label(sheet, r, c, 0, -1, format);
                        String above = label(sheet, r, c, -1, 0, format);
                        if (left != null || above != null) {
                            Cell cell = cell(sheet, r, c);
                            slots.add(new Slot(s, sheet.getSheetName(), new CellAddress(r, c).formatAsString(), left,
                                    above, cell == null ? "" : format.formatCellValue(cell)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StatTemplateRefused(400, "upstream.error.notExcel");
        }
        return slots;
    }

    /** The workbook with {@code values} (by {@link Slot#key()}) written in, numbers as numbers, formulas recalculated. */
    static byte[] fill(byte[] bytes, Map<String, Object> values) throws IOException {
        try (Workbook workbook = open(bytes)) {
            for (Map.Entry<String, Object> v : values.entrySet()) {
                int bang = v.getKey().indexOf('!');
                int s = Integer.parseInt(v.getKey().substring(0, bang));
                if (s >= workbook.getNumberOfSheets()) {
                    continue; // the mapping outlived a sheet: nothing to write into
                }
                Sheet sheet = workbook.getSheetAt(s);
                CellAddress at = new CellAddress(v.getKey().substring(bang + 1));
                Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
                Cell cell = row.getCell(at.getColumn()) == null ? row.createCell(at.getColumn()) : row.getCell(at.getColumn());
                if (v.getValue() instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(v.getValue()));
                }
            }
            workbook.setForceFormulaRecalculation(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static boolean empty(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** Empty or a plain number, and not inside a merged block other than at its top-left corner. */
    private static boolean fillable(Sheet sheet, int r, int c) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(r, c) && (merged.getFirstRow() != r || merged.getFirstColumn() != c)) {
                return false;
            }
        }
        Cell cell = cell(sheet, r, c);
        return cell == null || cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    /** The nearest text in one direction; a number or another empty cell in between does not stop the look. */
    private static String label(Sheet sheet, int r, int c, int dr, int dc, DataFormatter format) {
        for (int i = 1; i <= REACH; i++) {
            int rr = r + dr * i;
            int cc = c + dc * i;
            if (rr < 0 || cc < 0) {
                return null;
            }
            Cell cell = cell(sheet, rr, cc);
            if (cell == null) {
                cell = mergedCorner(sheet, rr, cc);
            }
            if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                return format.formatCellValue(cell).replaceAll("\\s+", "");
            }
        }
        return null;
    }

    private static Cell mergedCorner(Sheet sheet, int r, int c) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(r, c)) {
                return cell(sheet, merged.getFirstRow(), merged.getFirstColumn());
            }
        }
        return null;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }
}
