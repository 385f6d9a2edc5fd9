package org.duban.planreader.document;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.time.ChineseNumerals;

/**
 * The 结构层次序数 of GB/T 9704: 一、 → （一） → 1. → （1）, and what notices also use: 1、, ①, 第一，, 1）.
 * A marker's rank says how deep it sits; a later marker of the same or a smaller rank ends an item.
 */
public final class Numbering {

    public enum Kind {
        /** 一、 三. */
        CHINESE(1),
        /** 第一部分 第二阶段 活动一 行动二 */
        CHINESE_PART(1),
        /** （一） (二) 〔三〕 ㈣ */
        CHINESE_BRACKETED(2),
        /** 第一， 第二是， 第三步： */
        ORDINAL(3),
        /** 1. 2、 3． */
        ARABIC(3),
        /** （1） (2) 1） */
        ARABIC_BRACKETED(4),
        /** ① ② */
        CIRCLED(5),
        /** 一是 二是, a paragraph each: the points an item counts off, under whatever numbers it has */
        COUNTED(6);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        public int rank() {
            return rank;
        }
    }

    /**
     * A number at the start of a paragraph.
     *
     * @param value   its value (三 → 3, ③ → 3)
     * @param written as it stands in the text, e.g. "（三）", "3."
     */
    public record Marker(Kind kind, int value, String written) {
        public int rank() {
            return kind.rank();
        }
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /**
     * The bracketed numerals （一） to （十） (but 六, which leaves nothing to know it by) as a copy decoded their GBK bytes
     * one byte late, after the 。 that the byte before them made: what each turned into, and its value.
     */
    private static final Map<String, Integer> GBK_ONE_BYTE_LATE = Map.of("ㄒ唬", 1, "ǘ", 2, "ㄈ", 3, "ㄋ模", 4,
            "ㄎ澹", 5, "ㄆ撸", 7, "ò耍", 8, "ň牛", 9, "ㄊ", 10);

    /** An item's number in digits, half or full width (３、 as a Word file typed in full width writes it). */
    private static final String DIGITS = "[0-9０-９]{1,3}";
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:"
            + "(?<cp>第(" + CN + ")(?:部分|阶段|章|篇))[：:、，,\\s]?"
            // "一)准备阶段": a copy that lost the opening bracket
            + "|(?<cb>[（(〔【\\[]?(" + CN + ")[）)〕】\\]])[、.．\\s]?"
            + "|(?<c>(" + CN + ")[、.．﹒])"
            + "|(?<ord>第(" + CN + ")步?[，,、是：:])"
            + "|(?<ab>[（(〔](" + DIGITS + ")[）)〕]|(" + DIGITS + ")[）)])[、.．\\s]?"
            // "3.6月8日,在人民大会堂…": an item's number run into the date it opens with (no decimal stands before 月)
            // "2,、自查范圍": a mirror's comma before the mark
            // "1.2023年9月2日开始…", "2.2023级新生…": or into a year (no decimal stands before 年, 级 or 届)
            + "|(?<a>(" + DIGITS + ")(?:[,，]?[、．﹒]|\\.(?!\\d)|\\.(?=\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]\\s*\\S)"
            + "|\\.(?=(?:19|20)\\d{2}\\s*[年级届])))"
            // "①.清明前夕,…": a circled number with the mark a list of digits has
            + "|(?<ci>[①-⑳])[.．、]?"
            // "㈠6月5日当天…": the bracketed numerals Word sets as one character
            + "|(?<pc>[㈠-㈩])"
            // "。ㄒ唬┡e辦單位", "。ǘ┗顒…": （一） and （二） as a copy read them from GBK one byte late
            + "|(?<gbk>。(?:" + String.join("|", GBK_ONE_BYTE_LATE.keySet()) + "))"
            // "活动一5月15日…", "行动二：…": the events of a flyer-like plan, numbered by their kind
            + "|(?<act>(?:活动|行动|专题)(?<actn>" + CN + ")(?:[：:、.．]|(?=[\\s\\d]|$)))"
            // "一是组织召开一次…新闻发布会。", "二是积极参加…": points counted off a paragraph each
            + "|(?<is>(?<isn>" + CN + ")是(?=[\\u4e00-\\u9fa5“《]))"
            + ")\\s*");

    private Numbering() {
    }

    /** The marker a paragraph starts with, or null. "2024.9.1" and "6.2%" are not markers. */
    public static Marker markerOf(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MARKER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String written = m.group().strip();
        if (m.group("cp") != null) {
            return new Marker(Kind.CHINESE_PART, ChineseNumerals.valueOf(m.group(2)), written);
        }
        if (m.group("cb") != null) {
            return new Marker(Kind.CHINESE_BRACKETED, ChineseNumerals.valueOf(m.group(4)), written);
        }
        if (m.group("c") != null) {
            return new Marker(Kind.CHINESE, ChineseNumerals.valueOf(m.group(6)), written);
        }
        if (m.group("ord") != null) {
            return new Marker(Kind.ORDINAL, ChineseNumerals.valueOf(m.group(8)), written);
        }
        if (m.group("ab") != null) {
            String digits = m.group(10) != null ? m.group(10) : m.group(11);
            return new Marker(Kind.ARABIC_BRACKETED, number(digits), written);
        }
        if (m.group("a") != null) {
            return new Marker(Kind.ARABIC, number(m.group(13)), written);
        }
        if (m.group("gbk") != null) {
            int value = GBK_ONE_BYTE_LATE.get(m.group("gbk").substring(1));
            return new Marker(Kind.CHINESE_BRACKETED, value, "（" + "一二三四五六七八九十".charAt(value - 1) + "）");
        }
        if (m.group("pc") != null) {
            return new Marker(Kind.CHINESE_BRACKETED, m.group("pc").charAt(0) - '㈠' + 1, written);
        }
        if (m.group("act") != null) {
            return new Marker(Kind.CHINESE_PART, ChineseNumerals.valueOf(m.group("actn")), written);
        }
        if (m.group("is") != null) {
            return new Marker(Kind.COUNTED, ChineseNumerals.valueOf(m.group("isn")), written);
        }
        return new Marker(Kind.CIRCLED, m.group("ci").charAt(0) - '①' + 1, written);
    }

    /** "12", "１２": digits of either width. */
    private static int number(String digits) {
        return Integer.parseInt(ChineseNumerals.toAsciiDigits(digits));
    }

    /** The paragraph's text after its marker. */
    public static String afterMarker(String text) {
        Matcher m = MARKER.matcher(text);
        return m.find() ? text.substring(m.end()).strip() : text.strip();
    }
}
