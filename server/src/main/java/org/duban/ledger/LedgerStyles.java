package org.duban.ledger;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once: a workbook has a limit on styles, and rows are many. */
final class LedgerStyles {

    final CellStyle header;
    final CellStyle title;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private final CellStyle totalText;
    private final CellStyle totalInteger;
    private final CellStyle totalPercent;

    LedgerStyles(Workbook workbook) {
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
        short percentFormat = workbook.createDataFormat().getFormat("0.0%");
        short integerFormat = workbook.createDataFormat().getFormat("General"); // whole counts, and 万元 with its decimals
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        title = workbook.createCellStyle();
        title.setFont(big);
        text = bordered(workbook);
        text.setWrapText(true);
        integer = bordered(workbook);
        integer.setDataFormat(integerFormat);
        date = bordered(workbook);
        date.setDataFormat(dateFormat);
        dateTime = bordered(workbook);
        dateTime.setDataFormat(dateTimeFormat);
        percent = bordered(workbook);
        percent.setDataFormat(percentFormat);
        totalText = bordered(workbook);
        totalText.setFont(bold);
        totalInteger = bordered(workbook);
        totalInteger.setFont(bold);
        totalInteger.setDataFormat(integerFormat);
        totalPercent = bordered(workbook);
        totalPercent.setFont(bold);
        totalPercent.setDataFormat(percentFormat);
    }

    CellStyle of(Column.Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case INTEGER -> integer;
            case DATE -> date;
            case DATETIME -> dateTime;
            case PERCENT -> percent;
        };
    }

    CellStyle total(Column.Kind kind) {
        return switch (kind) {
            case INTEGER -> totalInteger;
            case PERCENT -> totalPercent;
            default -> totalText;
        };
    }

    CellStyle textStyle() {
        return text;
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
