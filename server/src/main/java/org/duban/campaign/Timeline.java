package org.duban.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign's windows laid out on one time axis, as percentages of its width, with a line for today. An open
 * end ("6月底前" has no start) is drawn to the edge of the axis and marked open.
 */
public record Timeline(LocalDate first, LocalDate last, List<Bar> bars, List<Tick> months, Double todayAt,
        LocalDate today) {

    public record Bar(long activityId, String no, String content, Double left, Double width, boolean openStart,
            boolean openEnd, String label) {

        public boolean drawn() {
            return left != null;
        }
    }

    /** The first day of a month on the axis; the page formats its name in the user's language. */
    public record Tick(LocalDate month, double left) {
    }

    public static Timeline of(Campaign campaign, LocalDate today) {
        LocalDate first = campaign.firstDay();
        LocalDate last = campaign.lastDay();
        if (first == null || last == null || last.isBefore(first)) {
            return new Timeline(first, last, List.of(), List.of(), null, today);
        }
        first = first.withDayOfMonth(1);
        last = YearMonth.from(last).atEndOfMonth();
        double days = ChronoUnit.DAYS.between(first, last) + 1;
        List<Bar> bars = new ArrayList<>();
        for (Campaign.Activity a : campaign.activities()) {
            if (a.start() == null && a.end() == null) {
                bars.add(new Bar(a.id(), a.no(), a.content(), null, null, false, false, a.timeText()));
                continue;
            }
            LocalDate s = a.start() == null ? first : a.start();
            LocalDate e = a.end() == null ? last : a.end();
            double left = ChronoUnit.DAYS.between(first, s) / days * 100;
            double width = Math.max(ChronoUnit.DAYS.between(s, e) + 1, 1) / days * 100;
            bars.add(new Bar(a.id(), a.no(), a.content(), round(left), round(width), a.start() == null,
                    a.end() == null, a.timeText()));
        }
        List<Tick> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            months.add(new Tick(m.atDay(1), round(ChronoUnit.DAYS.between(first, m.atDay(1)) / days * 100)));
        }
        Double todayAt = today.isBefore(first) || today.isAfter(last) ? null
                : round((ChronoUnit.DAYS.between(first, today) + 0.5) / days * 100);
        return new Timeline(first, last, bars, months, todayAt, today);
    }

    private static double round(double pct) {
        return Math.round(pct * 100) / 100.0;
    }
}
