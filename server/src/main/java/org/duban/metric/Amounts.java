package org.duban.metric;

import java.math.BigDecimal;

/**
 * A count as typed into a form (a report's 发放宣传资料, an activity's target) read into a number, or refused with a
 * message that names the count: not a number, negative, a fraction of something counted whole, absurdly large.
 */
final class Amounts {

    /** Ten million of anything is more than a county bureau counts in a campaign; 9 999 999 万元 likewise. */
    static final BigDecimal MAX = new BigDecimal("9999999");

    private Amounts() {
    }

    /** The number, or null when nothing was typed. */
    static BigDecimal read(Metric metric, String typed) {
        if (typed == null) {
            return null;
        }
        String s = wideToAscii(typed).strip().replace(",", "").replace(" ", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[-−－]\\s*\\d+(\\.\\d+)?")) {
            throw new MetricRuleBroken("metric.error.negative", metric.name());
        }
        if (!s.matches("\\d{1,12}(\\.\\d+)?")) {
            throw new MetricRuleBroken("metric.error.notANumber", metric.name(), shortened(typed.strip()));
        }
        BigDecimal v = new BigDecimal(s);
        if (v.stripTrailingZeros().scale() > 0 && !metric.allowsDecimals()) {
            throw new MetricRuleBroken("metric.error.wholeNumber", metric.name(), metric.unit());
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new MetricRuleBroken("metric.error.twoDecimals", metric.name());
        }
        if (v.compareTo(MAX) > 0) {
            throw new MetricRuleBroken("metric.error.tooLarge", metric.name(), MAX.toPlainString(), metric.unit());
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    private static String wideToAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c == '，' ? ',' : c);
        }
        return sb.toString();
    }

    private static String shortened(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
