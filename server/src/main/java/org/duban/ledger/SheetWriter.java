package org.duban.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one data sheet row by row: a frozen header repeated on every printed page, A4 landscape fitted to the
 * page's width, no merged cells, and a 合计 row at the end. Every value written is also fed to the workbook's data
 * digest, so the same data gives the same hash however often (and whenever) it is exported.
 */
final class SheetWriter<R> {

    private static final byte FIELD = 0x1f;
    private static final byte RECORD = 0x1e;

    private final SXSSFSheet sheet;
    private final List<Column<R>> columns;
    private final LedgerStyles styles;
    private final MessageDigest digest;
    private final Map<String, Double> sums = new HashMap<>();
    private int next = 1;

    SheetWriter(SXSSFSheet sheet, List<Column<R>> columns, LedgerStyles styles, MessageDigest digest) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.digest = digest;
        digest.update(sheet.getSheetName().getBytes(StandardCharsets.UTF_8));
        digest.update(RECORD);
        Row header = sheet.createRow(0);
        for (int i = 0; i < this.columns.size(); i++) {
            Column<R> c = this.columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, c.width()) * 256);
            feed(c.header());
        }
        digest.update(RECORD);
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    void add(R line) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            Object value = c.value() == null ? next : c.value().apply(line);
            write(row.createCell(i), c.kind(), value);
            if (value instanceof Number n && c.kind() == Column.Kind.INTEGER) {
                sums.merge(c.header(), n.doubleValue(), Double::sum);
            }
        }
        digest.update(RECORD);
        next++;
    }

    /** The 合计 row; the sheet then takes no more rows. */
    void finish() {
        long rows = next - 1;
        Column.Totals totals = new Column.Totals() {
            @Override
            public double sum(String header) {
                return sums.getOrDefault(header, 0d);
            }

            @Override
            public long rows() {
                return rows;
            }
        };
        Row row = sheet.createRow(next);
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            Object value = i == 0 ? "合计" : c.total().apply(totals);
            Cell cell = row.createCell(i);
            write(cell, i == 0 ? Column.Kind.TEXT : c.kind(), value);
            cell.setCellStyle(styles.total(i == 0 ? Column.Kind.TEXT : c.kind()));
        }
        digest.update(RECORD);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
    }

    private void write(Cell cell, Column.Kind kind, Object value) {
        cell.setCellStyle(styles.of(kind));
        if (value == null) {
            feed("");
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        feed(value instanceof Boolean b ? (b ? "是" : "否") : canonical(value));
    }

    private static String canonical(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    private void feed(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update(FIELD);
    }
}
