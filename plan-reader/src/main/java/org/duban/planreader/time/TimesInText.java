package org.duban.planreader.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time a sentence gives its work: "于9月10日至20日开展…", "6月底前完成…", "9月中旬，组织…", "下半年".
 * What it finds is then read by {@link TimeText}.
 */
public final class TimesInText {

    /** The holidays a plan times its work by. */
    public static final String HOLIDAY = "(?:春节|春節|元旦|清明节?|清明節|五一|劳动节|勞動節|端午节?|端午節|中秋节?|中秋節|国庆节?|國慶節?|元宵节?|元宵節"
            + "|重阳节?|重陽節?|除夕)";
    /** A year, or a template's masked year ("20xx年", "20__年", "**年"): the day after it is read in the plan's year. */
    private static final String YEAR = "(?:(?:\\d{4}|(?:19|20)[xX×*＊_]{2}|[xX×*＊_]{2,4})\\s*年\\s*)?";
    private static final String PART = "(?:上中旬|中下旬|上旬|中旬|下旬|初|底|末)";
    private static final String DAY = "\\d{1,2}\\s*[日号]";
    /** "9月10前": a deadline's day that lost its 日 before its 前, read back by TimeText. */
    private static final String DAY_LOST_BEFORE = "\\d{1,2}(?=之?前|以前)";
    private static final String MONTH_DAY = YEAR + "\\d{1,2}\\s*月\\s*(?:" + DAY + "|" + PART + "|" + DAY_LOST_BEFORE
            + ")?";
    /** "(腊月廿三)", "(正月初九至十六)", "(星期五)": the lunar day or the weekday a notice writes after a day. */
    private static final String LUNAR_NOTE = "[（(](?:农历|農曆|腊月|臘月|正月|冬月|[^（()）]{0,4}(?:初[一二三四五六七八九十]|廿|卅)"
            + "|星期|周[一二三四五六日天])[^（()）]{0,10}[）)]";
    /** "—", "至", and "起至" ("9月15日起至9月25日": from a day on, until another). */
    private static final String RANGE = "\\s*(?:起至|起到|[至到]|[-—–－―~～]{1,3})\\s*";
    /** The day a range ends on, its month perhaps said again: "7日", "4月30日". */
    static final String NEXT_DAY = "(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号]";
    /** "5月2日7日", "4月1日4月30日": a range whose dash the copy lost, its second day right after the first's 日. */
    private static final String LOST_DASH = "(?<=[日号])" + NEXT_DAY;
    // "8月20日―9月10": a range's last day that lost its 日 at the end of the phrase; "2021年12月至2025年上半年": a later
    // year's half, or its end
    private static final String RIGHT = "(?:\\d{4}\\s*年(?:上半年|下半年|年底|底|年末|末)|" + YEAR
            + "(?:\\d{1,2}\\s*月\\s*)?(?:" + DAY + "|" + PART + ")|" + YEAR
            + "\\d{1,2}\\s*月\\s*\\d{1,2}(?![\\d日号月:：.])|" + YEAR + "\\d{1,2}\\s*月(?:份)?|\\d{1,2}\\s*[日号])";
    /**
     * "2月9日下午下班前", "2月9日晚19:00时前", "3月5日17:00前": the hour a deadline falls at on its day, kept with the
     * day only where 前 closes it.
     */
    private static final String CLOCK = "(?:下班|\\d{1,2}\\s*[:：]\\s*\\d{2}\\s*时?|\\d{1,2}\\s*[点时])";
    private static final String HOUR_BEFORE = "(?:(?:上午|下午|晚上|晚|中午)" + CLOCK + "?|" + CLOCK + ")(?=之?前|以前)";
    private static final Pattern PHRASE = Pattern.compile(
            "(?:即日起(?:至" + MONTH_DAY + ")?|即日" + RANGE + MONTH_DAY
                    // "4月1—11日为宣传发动阶段": the first day without its 日, the month said once
                    + "|" + YEAR + "\\d{1,2}\\s*月\\s*\\d{1,2}" + RANGE + "(?:\\d{1,2}\\s*月\\s*)?" + DAY
                    + "(?:前|之前|以前|起|开始|期间)?"
                    // "10月10至10月15": a range whose days both lost their 日, each with its month
                    + "|" + YEAR + "\\d{1,2}\\s*月\\s*\\d{1,2}" + RANGE + "\\d{1,2}\\s*月\\s*\\d{1,2}(?![\\d日号月:：.])"
                    // "4.23日": a month and its day written with a dot, the 日 saying it is a day
                    + "|(?<![\\d.．·•])(?:0?[1-9]|1[0-2])[.．·•]\\d{1,2}\\s*[日号](?:前|之前|以前|起)?"
                    + "|" + MONTH_DAY + "(?:份)?(?:" + RANGE + RIGHT + "|" + LOST_DASH
                    // "6月1日、2日、3日、4日": days of one month listed, the month said once
                    + "|(?<=[日号])(?:、\\d{1,2}\\s*[日号])+)?(?:" + HOUR_BEFORE + ")?"
                    // "2月10日(腊月廿三)前": the lunar day or the weekday noted between the day and its 前 or 起
                    + "(?:\\s*" + LUNAR_NOTE + "(?=\\s*(?:前|之前|以前|起)))?"
                    // "11月9日前后": around the day, the day itself as TimeText reads it (not a deadline, 11月9日前)
                    + "(?:前后|前後|前|之前|以前|起|开始|期间)?"
                    // "总局将于2022919日在…", "2023720日前完成": a day whose 年 and 月 the copy lost, read back by TimeText
                    // (the year before it says it is a date: a run alone, 626日, may be a count of days)
                    + "|(?<![\\d年月./-])20\\d{2}\\d{3,4}日(?:前|之前|以前|起)?(?![内后]|以内|之内)"
                    // "2011年9-12月": months of a year the plan's may not be
                    + "|" + YEAR + "\\d{1,2}" + RANGE + "\\d{1,2}\\s*月(?:份)?"
                    // "到2032年底": the year's own end, its 年 shared ("2032年年底" says it twice)
                    + "|\\d{4}\\s*年(?:底前|底|末|内)"
                    // "到2025年，乡镇生活污水收集率达90%以上": the year a target is to be reached by, a clause's opening
                    + "|[到至]\\s*\\d{4}\\s*年(?=\\s*[，,。；;])"
                    // (not the years counted off in "5年内", "两年内": a span from now, no year of the plan's)
                    + "|(?<![\\d一二两三四五六七八九十几数多])(?:" + YEAR + ")(?:上半年|下半年|年底前|年底|年内|全年"
                    + "|第[一二三四1-4]季度)"
                    + "|长期坚持|持续开展|常态化开展|常态化"
                    // "全国“质量月”期间": the month a campaign is held in
                    + "|(?:全国|全國|全省|全市|全县|全縣)?[“\"]?(?:质量月|質量月|安全生产月|安全生產月|爱国卫生月|愛國衛生月)[”\"]?"
                    + "(?:活动|活動)?(?:期间|期間)"
                    // "清明节期间", "国庆前后", "春节前", "清明前夕": a holiday's days, which the lunar ones move from year
                    // to year
                    + "|(?<![0-9一二三四五六七八九十])" + HOLIDAY + "(?:期间|期間|前后|前後|假期|之前|前夕|前)"
                    // "清明节期间(4月2日至4月8日)": the days the notice gives them, in brackets after
                    + "(?:\\s*[（(]" + MONTH_DAY + "(?:" + RANGE + RIGHT + ")?[）)])?"
                    // "世界水日当天", "“防灾减灾日”前", "“中国水周”期间": a day or week marked on the same date every year
                    // (not a day's 期间 or 前后: the days around it, as many as each place likes)
                    + "|(?=[1“\"「" + Observances.FIRST_CHARACTERS + "])" + Observances.DAY_AS_WRITTEN
                    + "(?:当天|當天|之前|前夕|前(?![后後]))"
                    + "|[“\"「]?(?:" + Observances.WEEK_NAMES + ")[”\"」]?(?:活动|活動)?(?:期间|期間))");
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}(?:" + RANGE + "(?:\\d{4}[.\\-/])?\\d{1,2}[.\\-/]\\d{1,2})?");
    /**
     * Dates in references ("（国市监质〔2020〕133号）"), in 《titles》, and in the name of a report a body is to hear
     * ("听取和审议省人民政府关于2024年1至7月…执行情况的报告": the period it reports on) are not the work's time.
     */
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|〔[^〕]*〕|\\[[^\\]]*]"
            + "|(?:关于|關于|關於)[^。；;，,]{0,60}?的(?:报告|報告)");

    private TimesInText() {
    }

    /** The first time phrase in the text, digits in ASCII; null when there is none. */
    public static String firstIn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String written = ChineseNumerals.toAsciiDigits(text);
        String t = blank(QUOTED.matcher(written), written);
        t = unmasked(t);
        if (!hasASpanWord(t)) {
            // a phrase is taken only when it holds a digit or a word for a span: a text with neither holds none
            return null;
        }
        Matcher iso = ISO.matcher(t);
        Matcher m = PHRASE.matcher(t);
        int at = Integer.MAX_VALUE;
        String found = null;
        while (m.find()) {
            String phrase = m.group().strip();
            if (namesATime(phrase)) {
                at = m.start();
                // as written: a template's masked date ("xx月xx日") stays masked, for no one to read as a day
                found = written.substring(m.start(), joinedEnd(t, m.end())).strip();
                break;
            }
        }
        if (iso.find() && iso.start() < at) {
            found = iso.group();
        }
        return found;
    }

    private static final Pattern AND = Pattern.compile("\\s*(?:和|及|、)\\s*");

    /** Where a time phrase ends with the phrases joined to it by 和: "3-5月和9-11月" is one time of two spans. */
    private static int joinedEnd(String t, int end) {
        Matcher and = AND.matcher(t).region(end, t.length());
        while (and.lookingAt()) {
            Matcher next = PHRASE.matcher(t).region(and.end(), t.length());
            if (!next.lookingAt() || !namesATime(next.group().strip())) {
                break;
            }
            end = next.end();
            and = AND.matcher(t).region(end, t.length());
        }
        return end;
    }

    /** "xx月xx日", "5月_日", "__月__日": a template's date, its digits masked. */
    private static final Pattern MASKED = Pattern.compile("[xX×*＊_]{1,2}(?=\\s*月)|(?<=月\\s?)[xX×*＊_]{1,2}(?=\\s*[日号])");

    /** The text with the masks of a template's dates read as digits, position for position. */
    private static String unmasked(String t) {
        Matcher m = MASKED.matcher(t);
        if (!m.find()) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, '1');
            }
        } while (m.find());
        return sb.toString();
    }

    /** Every time phrase in the text, in order, digits in ASCII ("夏季(6月5日—6月30日)、秋季(10月1日—10月31日)"). */
    public static List<String> allIn(String text) {
        List<String> all = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return all;
        }
        String t = ChineseNumerals.toAsciiDigits(text);
        if (!hasASpanWord(t)) {
            return all;
        }
        Matcher m = PHRASE.matcher(blank(QUOTED.matcher(t), t));
        while (m.find()) {
            String phrase = m.group().strip();
            if (namesATime(phrase)) {
                all.add(phrase);
            }
        }
        return all;
    }

    private static final Pattern SPAN_WORD = Pattern.compile("\\d|半年|年底|年内|全年|季度|长期|持续|常态|即日|期间|期間");
    private static final Pattern A_HOLIDAY = Pattern.compile(HOLIDAY);
    /** The first characters of the holidays' names: a text holding none names none, and is passed without a search. */
    private static final String HOLIDAY_FIRSTS = "春元清五劳勞端中国國重除";

    /** Whether the text holds a digit, a word for a span, a holiday's or an observance's name: else it names none. */
    private static boolean hasASpanWord(String t) {
        if (SPAN_WORD.matcher(t).find()) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            if (HOLIDAY_FIRSTS.indexOf(t.charAt(i)) >= 0) {
                if (A_HOLIDAY.matcher(t).find(i)) {
                    return true;
                }
                break;
            }
        }
        return Observances.anyIn(t);
    }
    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}\\s*年");

    /** A phrase with a number or a word for a span in it, and not a bare year. */
    private static boolean namesATime(String phrase) {
        return hasASpanWord(phrase) && !BARE_YEAR.matcher(phrase).matches();
    }

    private static String blank(Matcher m, String t) {
        StringBuilder sb = new StringBuilder(t);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
