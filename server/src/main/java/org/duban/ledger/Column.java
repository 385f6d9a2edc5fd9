package org.duban.ledger;

import java.util.function.Function;

/**
 * One column of a data sheet: its header, what kind of cell it holds, and how its 合计 cell is made. A sheet is a
 * list of these, so a column (say a count from the metric catalog) is added by adding one to the list.
 *
 * @param rollUp a number column of 活动台账 that 活动汇总 and 单位汇总 repeat, summed per activity and per unit
 */
public record Column<R>(String header, Kind kind, int width, Function<R, Object> value, Function<Totals, Object> total,
        boolean rollUp) {

    /** What a cell holds: numbers are numbers, dates are dates, in the workbook as in the data. */
    public enum Kind { TEXT, INTEGER, DATE, DATETIME, PERCENT }

    public static <R> Column<R> text(String header, int width, Function<R, Object> value) {
        return new Column<>(header, Kind.TEXT, width, value, t -> null, false);
    }

    public static <R> Column<R> date(String header, Function<R, Object> value) {
        return new Column<>(header, Kind.DATE, 11, value, t -> null, false);
    }

    public static <R> Column<R> dateTime(String header, Function<R, Object> value) {
        return new Column<>(header, Kind.DATETIME, 16, value, t -> null, false);
    }

    /** A count, summed in the 合计 row. */
    public static <R> Column<R> count(String header, Function<R, Object> value) {
        return new Column<>(header, Kind.INTEGER, Math.max(8, header.length() * 2 + 2), value,
                t -> t.sum(header), false);
    }

    /** The row's number, counted as the sheet is written. */
    public static <R> Column<R> rowNumber() {
        return new Column<>("序号", Kind.INTEGER, 6, null, t -> null, false);
    }

    /** A share in [0, 1], shown as a percentage; its 合计 cell is worked out from the sheet's sums. */
    public static <R> Column<R> rate(String header, Function<R, Object> value, Function<Totals, Object> total) {
        return new Column<>(header, Kind.PERCENT, 9, value, total, false);
    }

    /** This count also appears, summed, in 活动汇总 and 单位汇总. */
    public Column<R> rolledUp() {
        return new Column<>(header, kind, width, value, total, true);
    }

    /** The sums of a sheet's count columns, for its 合计 row. */
    public interface Totals {

        double sum(String header);

        long rows();

        /** {@code part / whole}, or nothing when the whole is 0. */
        default Object ratio(String part, String whole) {
            return sum(whole) == 0 ? null : sum(part) / sum(whole);
        }
    }
}
