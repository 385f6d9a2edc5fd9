package org.duban.planreader.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time texts that Chinese plans write into a date window in the plan's year:
 * 9月1日-3日, 9月3日, 9月, 9月份, 9月-10月, 8-11月, 9—12月, 2020年9月1日至9月30日, 6月底前, 6月30日前,
 * 9月上旬/中旬/下旬, 上半年, 下半年, 第三季度, 年底前, 九月, １０月, 即日起至…, 12月至次年2月.
 * Standing work (长期坚持, 持续开展, 常态化, 每月…) has no window and reads as {@link TimeKind#ONGOING}.
 */
public final class TimeText {

    private static final Pattern RECURRING = Pattern.compile("每月|每季|每周|每年|每半年|定期|每日|每天");
    private static final Pattern STANDING = Pattern.compile("长期|持续|常态化|经常性|常年|随时");
    /** "2020-04-01", "2020.4.1"; not "2020.4-2020.12", a range of months whose dash runs into the next year. */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)日?");
    /** "9.1", "4.23日": a month and its day written with a dot. */
    private static final Pattern DOTTED_DAY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})日?(?![\\d.])");
    /** "9月17周五", "9月19日星期日": a day, its 日 perhaps lost, before the day of the week it falls on. */
    private static final Pattern WEEKDAY_AFTER_DAY = Pattern.compile(
            "(月\\d{1,2})日?[（(]?(?:周|星期|礼拜|禮拜)[一二三四五六日天][）)]?");
    /** "9月1日-3日", "6月7日——14日" (a dash set twice, as Chinese writes it), "9月1日至30日". */
    private static final Pattern RANGE = Pattern.compile("[-—–－―~～]+|至|到");
    private static final Pattern TO_THE_END = Pattern.compile("^[-—–－―~～至到]+");
    private static final Pattern LIST = Pattern.compile("[、，,；;]|和|及");
    private static final Pattern OPEN_START = Pattern.compile("(?:之前|以前|前)$");
    /** "6月前": before the month begins, not before its end. */
    private static final Pattern BEFORE_A_MONTH = Pattern.compile("\\d月(?:之前|以前|前)$");
    private static final Pattern OPEN_END = Pattern.compile("(?:开始|以后|之后|起)$");
    private static final Pattern POINT = Pattern.compile(
            "^(?:(\\d{4})年|(次年|明年|翌年|当年|今年|本年))?"
                    + "(?:(\\d{1,2})月)?"
                    + "(上中旬|中下旬|上旬|中旬|下旬|初|中|底|末)?"
                    + "(?:(\\d{1,2})日?)?$");
    private static final Pattern YEAR_PART = Pattern.compile(
            "^(?:(\\d{4})年|(次年|明年|翌年|当年|今年|本年))?(?:第?([1-4])季度(末|底)?|(上半年)|(下半年)|(年底|年末)|(年初)|(全年|年度)|(年内))$");
    private static final Pattern BARE_YEAR = Pattern.compile("^(?:19|20)\\d{2}$");
    /** "2020.4", and "2020.4-2020.12" where a dash leads to the range's other end (not "2020-4-1", a day). */
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{4})[.．/-](\\d{1,2})(?![\\d.．/]|-(?!\\d{4}[.．/-]\\d))");
    /** "（国庆期间）", "（暂定）": notes in brackets say nothing about the dates. */
    private static final Pattern CLOCK = Pattern.compile(
            "(上午|下午|晚上|晚|中午|早上|全天)?\\d{1,2}[:：]\\d{2}时?(?:[-—–~～至到]+\\d{1,2}[:：]\\d{2}时?)?"
                    // "2月9日下午下班前": the day's end of work, a deadline's hour
                    + "|(上午|下午|晚上)?下班(?=前|之前|以前)"
                    + "|(上午|下午|晚上|中午|早上|全天)(?=$|[-—–~～至到]|前|之前|以前)");
    /**
     * Hours written with 时 or 点 ("9月21日上午9点", "6月11日10时", "上午10时至11时", "晚上6点整", "8点开始至下午16时结束"):
     * they say nothing about the window either. Only after a day or a part of the day, so a count is never taken.
     */
    private static final Pattern HOURS = Pattern.compile("(?<=日|[)）]|上午|下午|晚上|中午|早上|凌晨|傍晚|至|到|[-—–~～])"
            + "(?:上午|下午|晚上|中午|早上|凌晨|傍晚)?\\d{1,2}(?:[:：]\\d{2})?[时点](?:整|半|\\d{1,2}分)?(?:开始(?=[-—–~～至到]))?"
            + "(?:[-—–~～至到]+(?:上午|下午|晚上|中午|早上|凌晨|傍晚)?\\d{1,2}(?:[:：]\\d{2})?[时点](?:整|半|\\d{1,2}分)?(?:结束|止)?)?");
    /** A day and the days of its month listed after it, each without the month: "6月1日、2日、3日". */
    private static final Pattern DAYS_LISTED = Pattern.compile("((?<!\\d)\\d{1,2}月\\d{1,2}日)((?:、\\d{1,2}日)+)");
    /** A holiday's days, and in brackets after them the dates of those days this year. */
    private static final Pattern DAYS_IN_BRACKETS = Pattern.compile(
            "^[^（()）\\d]{1,12}(?:期间|期間|前后|前後|假期)[（(]([^（()）]*\\d{1,2}月[^（()）]*)[）)]$");
    /** "3月28日当天", "3 月 27 日前后": the day itself. */
    private static final Pattern THE_DAY_ITSELF = Pattern.compile("^((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)(?:当天|當天|前后|前後|当天和前后)$");
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");
    /** A day's 日 with the next day right after it: where a range's dash was lost. */
    private static final Pattern LOST_DASH = Pattern.compile("(\\d\\s*[日号])(?=" + TimesInText.NEXT_DAY + ")");
    /** "3月15日至" once the hours after 至 are gone. */
    private static final Pattern TRAILING_RANGE_MARK = Pattern.compile("(?:[-—–~～]+|至|到)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.；;，,]+$");
    private static final Pattern LEADING_AT = Pattern.compile("^(在|于)");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(动工|开工|完工|竣工|建成|投入使用|投用|启动|上线|到位|交付使用|召开|举办|实施|开展)$");
    /** "内完成", then once more for "…期间完成". */
    private static final Pattern TRAILING_END = Pattern.compile("(完成|结束|截止|为止|止|左右|期间|内完成)$");
    private static final Pattern NAMED_YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern NOTE = Pattern.compile("[（(][^（()）]*[）)]");

    private TimeText() {
    }

    /**
     * A task's time as {@link #read}, and where that finds no dates in the whole text, the dates among its words:
     * "夏季麦收期间(6月5日—6月30日)、秋季秋收期间(10月1日—10月31日)" runs from 6月5日 to 10月31日. Not for telling a time
     * cell from others: a sentence with a date in it is not a time.
     */
    public static TimeReading readAmongWords(String text, int year, LocalDate noticeDate) {
        TimeReading whole = read(text, year, noticeDate);
        if (whole.kind() != TimeKind.UNPARSED) {
            return whole;
        }
        List<String> phrases = TimesInText.allIn(text);
        String dates = String.join("、", phrases);
        if (phrases.isEmpty() || dates.equals(ChineseNumerals.toAsciiDigits(text.strip()))) {
            return whole;
        }
        TimeReading inside = read(dates, year, noticeDate);
        return inside.kind() == TimeKind.UNPARSED ? whole : inside;
    }

    /**
     * @param text       the cell as written; null or blank gives {@link TimeKind#NONE}
     * @param year       the plan's year, used where the text names none
     * @param noticeDate the notice's date, for 即日起 ("from today"); may be null
     */
    public static TimeReading read(String text, int year, LocalDate noticeDate) {
        if (text == null || text.isBlank()) {
            return TimeReading.NONE;
        }
        String s = normalise(text, noticeDate);
        if (BARE_YEAR.matcher(s).matches()) {
            // 「| 2024 | 住建局 |」: a time cell that gives only the year the work falls in
            s = s + "年";
        }
        if (RECURRING.matcher(s).find()) {
            return TimeReading.ONGOING;
        }
        if (STANDING.matcher(s).find()) {
            if (s.chars().noneMatch(Character::isDigit)) {
                return TimeReading.ONGOING;
            }
            s = STANDING.matcher(s).replaceAll("").replaceAll("(坚持|开展|推进)+", "");
        }
        LocalDate start = null;
        LocalDate end = null;
        boolean any = false;
        for (String part : LIST.split(s)) {
            if (part.isEmpty()) {
                continue;
            }
            Span span = readRange(part, year);
            if (span == null) {
                return TimeReading.UNPARSED;
            }
            if (!any) {
                start = span.start;
                end = span.end;
                any = true;
            } else {
                start = start == null || span.start == null ? null : min(start, span.start);
                end = end == null || span.end == null ? null : max(end, span.end);
            }
        }
        if (!any || (start == null && end == null) || (start != null && end != null && end.isBefore(start))) {
            return TimeReading.UNPARSED;
        }
        return TimeReading.window(start, end);
    }

    /** "到2025年", "至2020年底": the year a target is to be reached by, and no more. */
    private static final Pattern BY_THE_YEAR = Pattern.compile("^[到至](\\d{4})年(?:底|末)?$");
    private static final Pattern MASKED_YEAR = Pattern.compile("(?:(?<!\\d)(?:19|20)[xX×*＊_]{2}|(?<![\\dxX×*＊_])[xX×*＊_]{2,4})年");

    private static String normalise(String text, LocalDate noticeDate) {
        String s = ChineseNumerals.toAsciiDigits(text.strip());
        s = SPACE.matcher(s).replaceAll("").replace('号', '日').replace("月份", "月");
        s = lostMonths(s);
        if (s.indexOf('、') > 0) {
            // "5、6月", "9、10月": months listed under one 月, each its own
            s = MONTHS_LISTED.matcher(s).replaceAll("$1月");
        }
        if (s.indexOf('年') > 0) {
            // "20xx年9月1日-20xx年10月30日": a template's masked year; its days fall in the plan's year
            s = MASKED_YEAR.matcher(s).replaceAll("");
        }
        // "世界水日当天", "“中国水周”期间": the date the country marks it on every year
        s = Observances.asDates(s);
        if (s.contains("量月") || s.contains("产月") || s.contains("產月") || s.contains("生月")) {
            // "全国“质量月”期间", "安全生产月期间": the campaign's month
            s = CAMPAIGN_MONTH.matcher(s).replaceAll(r -> CAMPAIGN_MONTHS.get(r.group(1)) + "月");
        }
        // each pattern only where its mark can be: a plan's 23 time cells are read on every look
        if (endsWithOneOf(s, "。.；;，,")) {
            s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        }
        if (s.startsWith("在") || s.startsWith("于")) {
            s = LEADING_AT.matcher(s).replaceAll("");
        }
        if (s.startsWith("到") || s.startsWith("至")) {
            // "到2025年": by the year's end, as 2025年底前
            s = BY_THE_YEAR.matcher(s).replaceAll("$1年12月底前");
        }
        if (endsWithOneOf(s, "工成用动线位开办施展")) {
            s = TRAILING_VERB.matcher(s).replaceAll("");
        }
        if (endsWithOneOf(s, "成束止右间")) {
            s = TRAILING_END.matcher(s).replaceAll("");
            s = TRAILING_END.matcher(s).replaceAll("");
        }
        s = s.replace("起至", "至").replace("起到", "至").replace("月末", "月底");
        if (s.indexOf('日') >= 0 || s.indexOf('号') >= 0) {
            // "5月2日7日", "4月1日4月30日": the dash between a range's days lost
            s = LOST_DASH.matcher(s).replaceAll("$1-");
        }
        if (s.indexOf("日、") > 0) {
            // "6月1日、2日、3日、4日": each day listed after the first is of its month
            s = DAYS_LISTED.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                    r.group(1) + r.group(2).replace("、", "、" + r.group(1).substring(0, r.group(1).indexOf('月') + 1))));
        }
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
            // "清明节期间(4月2日至4月8日)": the days a holiday's time is given in its bracket are the time
            s = DAYS_IN_BRACKETS.matcher(s).replaceAll("$1");
            s = NOTE.matcher(s).replaceAll("");
        }
        // times of day say nothing about the window: "3月15日9:00-12:00", "6月16日上午8:30"
        if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0 || s.indexOf('午') >= 0 || s.indexOf('晚') >= 0
                || s.indexOf('早') >= 0 || s.contains("全天")) {
            s = CLOCK.matcher(s).replaceAll("");
        }
        if (s.indexOf('时') >= 0 || s.indexOf('点') >= 0) {
            s = HOURS.matcher(s).replaceAll("");
            s = TRAILING_RANGE_MARK.matcher(s).replaceAll("");
        }
        if (s.indexOf('周') >= 0 || s.indexOf('期') >= 0 || s.indexOf('拜') >= 0) {
            // "9月17周五下午": a day whose 日 the copy lost before its weekday; the weekday says nothing more
            s = WEEKDAY_AFTER_DAY.matcher(s).replaceAll("$1日");
        }
        if (endsWithOneOf(s, "天后後")) {
            s = THE_DAY_ITSELF.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('-') >= 0 || s.indexOf('.') >= 0 || s.indexOf('/') >= 0 || s.indexOf('．') >= 0) {
            s = ISO_DATE.matcher(s).replaceAll("$1年$2月$3日");
            s = YEAR_MONTH.matcher(s).replaceAll("$1年$2月");
            s = DOTTED_DAY.matcher(s).replaceAll("$1月$2日");
        }
        if (s.startsWith("即日起") || s.startsWith("即日")) {
            String rest = s.replaceFirst("^即日起?", "");
            String today = noticeDate == null ? "" : noticeDate.getYear() + "年" + noticeDate.getMonthValue() + "月"
                    + noticeDate.getDayOfMonth() + "日";
            s = rest.isEmpty() ? today + "起" : today + rest;
            if (noticeDate == null && !rest.isEmpty()) {
                // "即日起至4月10日", "即日-4月10日": until that day
                s = TO_THE_END.matcher(rest).lookingAt() ? TO_THE_END.matcher(rest).replaceFirst("") + "前" : rest;
            }
        }
        return s;
    }

    private static boolean endsWithOneOf(String s, String lastChars) {
        return !s.isEmpty() && lastChars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Campaigns held for a month, by the month they are held in. */
    private static final java.util.Map<String, Integer> CAMPAIGN_MONTHS = java.util.Map.of(
            "质量月", 9, "質量月", 9, "安全生产月", 6, "安全生產月", 6, "爱国卫生月", 4, "愛國衛生月", 4);
    private static final Pattern CAMPAIGN_MONTH = Pattern.compile(
            "(?:全国|全國|全省|全市|全县|全縣)?[“\"「]?(质量月|質量月|安全生产月|安全生產月|爱国卫生月|愛國衛生月)[”\"」]?(?:活动|活動)?(?:期间|期間)?");

    /** "2016—2017年底前": from the first year's start to the second's end. */
    private static final Pattern YEARS_TO_END = Pattern.compile("(20\\d{2})年?[—–\\-~～至到]+(20\\d{2})年底前?");
    private static final Pattern YEAR_END = Pattern.compile("(20\\d{2})年底");
    /** "2016年6底前": a month that lost its 月 before 底. */
    private static final Pattern MONTH_END_NO_MONTH = Pattern.compile("(^|年)(\\d{1,2})底");
    /** A month's number in a list that the last month's 月 closes: the 5 of 5、6月 (twelve months listed at most). */
    private static final Pattern MONTHS_LISTED = Pattern.compile(
            "(?<![\\d月./-])(1[0-2]|0?[1-9])(?=、(?:(?:1[0-2]|0?[1-9])、){0,10}(?:1[0-2]|0?[1-9])月)");
    /** "1031日前", "2022919日": a month and day (and year) that lost their 年 and 月. */
    private static final Pattern RUN_BEFORE_DAY = Pattern.compile("(?<![\\d年月./-])(20\\d{2})?(\\d{3,4})日");

    /**
     * Times a copy damaged: 年 and 月 lost between digits ("1031日前" is 10月31日前, "2022919日" 2022年9月19日, "6底"
     * 6月底), read back where only one reading is a date; and a year's end written without its month.
     */
    private static String lostMonths(String s) {
        if (s.indexOf('底') >= 0) {
            s = YEARS_TO_END.matcher(s).replaceAll("$1年1月至$2年12月底");
            s = YEAR_END.matcher(s).replaceAll("$1年12月底");
            s = MONTH_END_NO_MONTH.matcher(s).replaceAll("$1$2月底");
        }
        if (!digitRunBeforeDay(s)) {
            return s;
        }
        Matcher m = RUN_BEFORE_DAY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group(2);
            String monthDay = null;
            for (int split = 1; split <= 2; split++) {
                if (run.length() - split != 2) {
                    continue;
                }
                int month = Integer.parseInt(run.substring(0, split));
                int day = Integer.parseInt(run.substring(split));
                boolean valid = month >= 1 && month <= 12 && day >= 1 && day <= 31;
                // the other way to cut it must give no date: 111日 could be 1月11日 or 11月1日
                int otherSplit = 3 - split;
                boolean otherValid = run.length() > otherSplit && run.length() - otherSplit <= 2
                        && Integer.parseInt(run.substring(0, otherSplit)) >= 1 && Integer.parseInt(run.substring(0, otherSplit)) <= 12
                        && Integer.parseInt(run.substring(otherSplit)) >= 1 && Integer.parseInt(run.substring(otherSplit)) <= 31;
                if (valid && !otherValid) {
                    monthDay = month + "月" + day + "日";
                }
            }
            String replacement = monthDay == null ? m.group() : (m.group(1) == null ? "" : m.group(1) + "年") + monthDay;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether three digits or more stand right before a 日 (most times have none, and skip the pattern). */
    private static boolean digitRunBeforeDay(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                run++;
            } else {
                if (ch == '日' && run >= 3) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private static Span readRange(String text, int year) {
        String s = text;
        boolean before = OPEN_START.matcher(s).find();
        boolean beforeMonth = before && BEFORE_A_MONTH.matcher(s).find();
        if (before) {
            s = OPEN_START.matcher(s).replaceAll("");
        }
        boolean after = OPEN_END.matcher(s).find();
        if (after) {
            s = OPEN_END.matcher(s).replaceAll("");
        }
        String[] sides = RANGE.split(s, -1);
        if (sides.length == 2) {
            return readPair(sides[0], sides[1], year);
        }
        if (sides.length != 1) {
            return null;
        }
        Span span = readPoint(sides[0], year, null, beforeMonth);
        if (span == null) {
            return null;
        }
        // "6月底前", "6月30日前", "年底": a deadline leaves the start open; "9月起" leaves the end open
        boolean openStart = before || (span.deadlineOnly && !after);
        return new Span(openStart ? null : span.start, after ? null : span.end, false, span.year, span.month);
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("(?:\\d{4}年)?\\d{1,2}");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\d{1,2}月");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}年|次年|明年|翌年");

    private static Span readPair(String left, String right, int year) {
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        // "8-11月", "2017年2—4月": the bare left number takes the right side's unit; "9月1-3日": the left day is bound
        if (BARE_NUMBER.matcher(left).matches() && MONTH_FIRST.matcher(right).lookingAt()) {
            left = left + "月";
        }
        Span l = readPoint(left, year, null, false);
        if (l == null) {
            return null;
        }
        Span r = readPoint(right, l.year, l.month, false);
        if (r == null) {
            return null;
        }
        LocalDate end = r.end;
        boolean rightHasYear = YEAR_FIRST.matcher(right).lookingAt();
        if (l.start != null && end != null && end.isBefore(l.start) && !rightHasYear) {
            r = readPoint(right, l.year + 1, l.month, false);
            end = r == null ? null : r.end;
        }
        return new Span(l.start, end, false, l.year, l.month);
    }

    /**
     * One side of a range: a day, a month or part of it, a quarter or half of the year.
     *
     * @param inheritedMonth the left side's month, for a right side that names only a day ("9月1日-3日")
     */
    private static Span readPoint(String text, int year, Integer inheritedMonth, boolean beforeMonth) {
        Matcher yp = YEAR_PART.matcher(text);
        if (yp.matches()) {
            int y = yearOf(yp.group(1), yp.group(2), year);
            if (yp.group(3) != null) {
                int q = Integer.parseInt(yp.group(3));
                LocalDate end = YearMonth.of(y, q * 3).atEndOfMonth();
                return yp.group(4) != null ? new Span(end, end, true, y, q * 3)
                        : new Span(LocalDate.of(y, q * 3 - 2, 1), end, false, y, null);
            }
            if (yp.group(5) != null) {
                return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), false, y, null);
            }
            if (yp.group(6) != null) {
                return new Span(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31), false, y, null);
            }
            if (yp.group(7) != null) {
                return new Span(LocalDate.of(y, 12, 31), LocalDate.of(y, 12, 31), true, y, 12);
            }
            if (yp.group(8) != null) {
                return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 1, 31), false, y, 1);
            }
            if (yp.group(9) != null) {
                return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false, y, null);
            }
            return new Span(LocalDate.of(y, 12, 31), LocalDate.of(y, 12, 31), true, y, null);
        }
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int y = yearOf(m.group(1), m.group(2), year);
        Integer month = m.group(3) != null ? Integer.valueOf(m.group(3)) : inheritedMonth;
        String part = m.group(4);
        Integer day = m.group(5) != null ? Integer.valueOf(m.group(5)) : null;
        boolean yearOnly = m.group(1) != null || m.group(2) != null;
        if (month == null) {
            if (day == null && part == null && yearOnly) {
                return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false, y, null);
            }
            return null;
        }
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        if (day != null) {
            if (part != null || day < 1 || day > ym.lengthOfMonth()) {
                return null;
            }
            LocalDate d = ym.atDay(day);
            return new Span(d, d, false, y, month);
        }
        if (m.group(3) == null && part == null) {
            return null;
        }
        if (beforeMonth && part == null) {
            // "6月前": before June begins
            LocalDate last = ym.atDay(1).minusDays(1);
            return new Span(last, last, true, y, month);
        }
        if (part == null) {
            return new Span(ym.atDay(1), ym.atEndOfMonth(), false, y, month);
        }
        return switch (part) {
            case "上旬", "初" -> new Span(ym.atDay(1), ym.atDay(10), false, y, month);
            case "上中旬" -> new Span(ym.atDay(1), ym.atDay(20), false, y, month);
            case "中下旬" -> new Span(ym.atDay(11), ym.atEndOfMonth(), false, y, month);
            case "中旬", "中" -> new Span(ym.atDay(11), ym.atDay(20), false, y, month);
            case "下旬" -> new Span(ym.atDay(21), ym.atEndOfMonth(), false, y, month);
            default -> new Span(ym.atEndOfMonth(), ym.atEndOfMonth(), true, y, month); // 底, 末
        };
    }

    private static int yearOf(String digits, String relative, int year) {
        if (digits != null) {
            return Integer.parseInt(digits);
        }
        if (relative != null && (relative.equals("次年") || relative.equals("明年") || relative.equals("翌年"))) {
            return year + 1;
        }
        return year;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * @param deadlineOnly the text names a deadline ("年底", "9月底"), so standing alone it leaves the start open
     */
    private record Span(LocalDate start, LocalDate end, boolean deadlineOnly, int year, Integer month) {
    }

    /** All the years the texts of a plan name explicitly, to find the plan's year when the notice has no date. */
    public static List<Integer> yearsNamedIn(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = NAMED_YEAR.matcher(ChineseNumerals.toAsciiDigits(text));
        while (m.find()) {
            years.add(Integer.valueOf(m.group(1)));
        }
        return years;
    }
}
