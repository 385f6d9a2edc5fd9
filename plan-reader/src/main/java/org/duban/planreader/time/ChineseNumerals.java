package org.duban.planreader.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full-width digits and Chinese numerals (九月, 十二月, 三十日, 二〇二〇年) turned into ASCII digits. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    /**
     * What documents write for the zero of a year in numerals besides 〇: a white circle (二○○六年, the commonest in
     * printed notices), a letter O (二O一O年, 二ＯＯ六年).
     */
    private static final String ZEROS = "○ＯO";
    private static final String NUMERALS = "〇○ＯO零一二两三四五六七八九十";
    /** The first characters of the units a numeral is read before. */
    private static final String UNITS = "年月日号季";
    private static final Pattern BEFORE_UNIT =
            Pattern.compile("([" + NUMERALS + "]{1,4})(?=年|月|日|号|季度|季)");

    /**
     * "5月30日一6月4日", "2022年4月一2022年10月", "4月一12月": a range's dash that a copy (OCR, a PDF's text) turned into
     * 一, between a date's last unit and the next date's digits.
     */
    private static final Pattern DASH_READ_AS_ONE = Pattern.compile("(?<=\\d[日号月])一(?=\\d{1,2}[月日号]|20\\d{2}年)");

    private ChineseNumerals() {
    }

    /** "元月", the first month, not the 元 of an amount or an era ("10元月票", "公元"). */
    private static final Pattern FIRST_MONTH = Pattern.compile("(?<![\\d公纪])元月");

    public static String toAsciiDigits(String text) {
        if (text.indexOf('元') >= 0) {
            // "元月上旬": the first month
            text = FIRST_MONTH.matcher(text).replaceAll("1月");
        }
        if (!hasNumerals(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        Matcher m = BEFORE_UNIT.matcher(sb);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // a letter O alone before 年 is no numeral ("ISO年度"); among numerals it is a zero
            int value = m.group(1).chars().allMatch(ch -> ZEROS.indexOf(ch) >= 0) ? -1 : valueOf(m.group(1));
            m.appendReplacement(out, value < 0 ? m.group(1) : String.valueOf(value));
        }
        m.appendTail(out);
        // "5月30日一6月4日": a dash that a copy turned into 一, between one date and the next
        return out.indexOf("一") < 0 ? out.toString() : DASH_READ_AS_ONE.matcher(out).replaceAll("—");
    }

    /**
     * Whether there is anything to turn: a full-width digit, a numeral right before a unit of time (九月, 二〇二〇年), or
     * a 一 after a day that may be a dash. Most lines hold 一 or 二 only in words (一是, 统一) and are passed as they are.
     */
    private static boolean hasNumerals(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                return true;
            }
            if (i > 0 && (UNITS.indexOf(c) >= 0 && NUMERALS.indexOf(text.charAt(i - 1)) >= 0
                    || c == '一' && "日号月".indexOf(text.charAt(i - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** 九 → 9, 十二 → 12, 二十 → 20, 三十一 → 31, 二〇二〇 → 2020; -1 when it is not a number. */
    public static int valueOf(String numeral) {
        String s = numeral.replace('两', '二');
        if (s.isEmpty()) {
            return -1;
        }
        if (s.indexOf('十') < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int at = s.indexOf('十');
        if (s.indexOf('十', at + 1) >= 0) {
            return -1;
        }
        String tens = s.substring(0, at);
        String ones = s.substring(at + 1);
        int t = tens.isEmpty() ? 1 : (tens.length() == 1 ? digit(tens.charAt(0)) : -1);
        int o = ones.isEmpty() ? 0 : (ones.length() == 1 ? digit(ones.charAt(0)) : -1);
        return t < 0 || o < 0 ? -1 : t * 10 + o;
    }

    private static int digit(char c) {
        if (c == '零' || ZEROS.indexOf(c) >= 0) {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
