package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The numbers Word writes itself before its list paragraphs ({@code word/numbering.xml}): a plan typed in Word often
 * numbers its parts, items and a table's 序号 column automatically, so that "一、", "（二）" and "3." are in no run of
 * text; without them a heading is a bare line and a table's number column is empty. Each paragraph that names a list
 * (directly or through its style, {@code word/styles.xml}) gets its label as Word shows it: the level's text ("%1、",
 * "（%1）", "%1.%2") with each level's count in its format (一, 1, ①, 甲, a, i).
 *
 * <p>Counts run per list definition (abstractNum), as Word continues a list across paragraphs that share it; a list
 * instance that overrides a level's start restarts that level when it is first used; counting a level on resets the
 * levels below it. Bullets and levels without a number give no label.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_CHAIN = 8;

    /** A level of a list definition: its first count, its format and its text. */
    private record Level(int start, String format, String text) {
    }

    /** abstractNumId → its levels. */
    private final Map<String, Level[]> definitions = new HashMap<>();
    /** numId → abstractNumId. */
    private final Map<String, String> instances = new HashMap<>();
    /** numId → level → the start it overrides. */
    private final Map<String, Map<Integer, Integer>> restarts = new HashMap<>();
    /** styleId → {numId, ilvl, basedOn}. */
    private final Map<String, String[]> styles = new HashMap<>();
    /** abstractNumId → the count of each level so far (0: not yet used). */
    private final Map<String, int[]> counts = new HashMap<>();

    private WordNumbering() {
    }

    static final WordNumbering NONE = new WordNumbering();

    /**
     * The lists of a Word document; parts it lacks or cannot parse give no numbers (the text is still read).
     *
     * @param numberingXml {@code word/numbering.xml}, or null
     * @param stylesXml    {@code word/styles.xml}, or null
     */
    static WordNumbering of(byte[] numberingXml, byte[] stylesXml) {
        if (numberingXml == null) {
            return NONE;
        }
        WordNumbering n = new WordNumbering();
        try {
            n.readNumbering(numberingXml);
            if (stylesXml != null) {
                n.readStyles(stylesXml);
            }
        } catch (XMLStreamException | RuntimeException e) {
            return NONE;
        }
        return n;
    }

    /**
     * The label Word shows before a paragraph, counted on: its own list (numId and ilvl, numId null if it names none)
     * or its style's; "" for none.
     */
    String next(String numId, String ilvl, String style) {
        if (numId == null && style != null) {
            String[] styled = styled(style);
            if (styled != null) {
                numId = styled[0];
                ilvl = ilvl != null ? ilvl : styled[1];
            }
        }
        if (numId == null || numId.equals("0")) {
            return "";
        }
        String abstractId = instances.get(numId);
        Level[] levels = abstractId == null ? null : definitions.get(abstractId);
        int level = parse(ilvl, 0);
        if (levels == null || level < 0 || level >= LEVELS || levels[level] == null) {
            return "";
        }
        int[] count = counts.computeIfAbsent(abstractId, k -> new int[LEVELS]);
        Map<Integer, Integer> restart = restarts.get(numId);
        if (restart != null && restart.containsKey(level)) {
            // a list that restarts at this level: once, at its first paragraph there
            count[level] = restart.remove(level) - 1;
        }
        count[level] = count[level] == 0 ? levels[level].start() : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        Level at = levels[level];
        if (at.text() == null || at.format().equals("bullet") || at.format().equals("none")) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        String text = at.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int of = text.charAt(++i) - '1';
                Level shown = levels[of];
                int value = count[of] == 0 && shown != null ? shown.start() : count[of];
                label.append(formatted(value, shown == null ? "decimal" : shown.format()));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /**
     * A paragraph's text with the number Word writes before it: an empty numbered paragraph shows its number only in a
     * table's cell (a 序号 column numbered by Word), elsewhere it stays empty.
     */
    static String numbered(String label, String text, boolean inACell) {
        if (label.isEmpty() || text.isBlank() && !inACell) {
            return text;
        }
        return text.isBlank() ? label : beforeText(label) + text;
    }

    /**
     * A label as it stands before its paragraph's text: Word sets a tab after it, read as a space ("1. 6月16日…" is not
     * the day 1.6), and none after "一、" or "（一）", which end as a written number does.
     */
    static String beforeText(String label) {
        char last = label.charAt(label.length() - 1);
        return last == '、' || last == '）' || last == ')' ? label : label + " ";
    }

    private String[] styled(String style) {
        String at = style;
        for (int i = 0; i < MAX_STYLE_CHAIN && at != null; i++) {
            String[] s = styles.get(at);
            if (s == null) {
                return null;
            }
            if (s[0] != null) {
                return s;
            }
            at = s[2];
        }
        return null;
    }

    private static final String HAN = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /** A count in a level's format (ST_NumberFormat). */
    static String formatted(int value, String format) {
        return switch (format) {
            // the Japanese counting formats write the same 一, 二, 三…; Chinese Word's old .doc files name their
            // "一, 二, 三" so (an OA's 三、公益募捐组, corpus-files f05)
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                    "ideographDigital", "japaneseCounting", "japaneseDigitalTenThousand" -> chinese(value, false);
            case "chineseLegalSimplified" -> chinese(value, true);
            case "ideographTraditional" -> value >= 1 && value <= STEMS.length()
                    ? String.valueOf(STEMS.charAt(value - 1)) : String.valueOf(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> value >= 1 && value <= CIRCLED.length()
                    ? String.valueOf(CIRCLED.charAt(value - 1)) : String.valueOf(value);
            case "decimalEnclosedParen" -> "(" + value + ")";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            case "upperLetter" -> letters(value, 'A');
            case "lowerLetter" -> letters(value, 'a');
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            default -> String.valueOf(value);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 101 → 一百零一; in the legal digits 壹, 拾贰… */
    private static String chinese(int value, boolean legal) {
        if (value <= 0 || value >= 1000) {
            return String.valueOf(value);
        }
        String digits = legal ? LEGAL : HAN;
        String ten = legal ? "拾" : "十";
        String hundred = legal ? "佰" : "百";
        int h = value / 100;
        int t = value / 10 % 10;
        int u = value % 10;
        StringBuilder sb = new StringBuilder();
        if (h > 0) {
            sb.append(digits.charAt(h)).append(hundred);
        }
        if (t > 0) {
            if (h > 0 || t > 1) {
                sb.append(digits.charAt(t));
            }
            sb.append(ten);
        } else if (h > 0 && u > 0) {
            sb.append('零');
        }
        if (u > 0) {
            sb.append(digits.charAt(u));
        }
        return sb.toString();
    }

    private static String fullWidth(int value) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(value).toCharArray()) {
            sb.append((char) (c - '0' + '０'));
        }
        return sb.toString();
    }

    private static String letters(int value, char a) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        // Word repeats the letter past z: aa, bb…
        return String.valueOf((char) (a + (value - 1) % 26)).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] worth = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] mark = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < worth.length; i++) {
            while (value >= worth[i]) {
                sb.append(mark[i]);
                value -= worth[i];
            }
        }
        return sb.toString();
    }

    private void readNumbering(byte[] xml) throws XMLStreamException {
        XMLStreamReader in = DocxLayout.parser(new ByteArrayInputStream(xml));
        try {
            String abstractId = null;
            Level[] levels = null;
            int level = -1;
            int start = 1;
            String format = "decimal";
            String text = null;
            String numId = null;
            int overrideLevel = -1;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (in.getLocalName()) {
                        case "abstractNum" -> {
                            abstractId = attribute(in, "abstractNumId");
                            levels = new Level[LEVELS];
                        }
                        case "lvl" -> {
                            level = parse(attribute(in, "ilvl"), -1);
                            start = 1;
                            format = "decimal";
                            text = null;
                        }
                        case "start" -> start = parse(attribute(in, "val"), 1);
                        case "numFmt" -> format = attribute(in, "val") == null ? "decimal" : attribute(in, "val");
                        case "lvlText" -> text = attribute(in, "val");
                        case "num" -> numId = attribute(in, "numId");
                        case "abstractNumId" -> {
                            if (numId != null) {
                                instances.put(numId, attribute(in, "val"));
                            }
                        }
                        case "lvlOverride" -> overrideLevel = parse(attribute(in, "ilvl"), -1);
                        case "startOverride" -> {
                            if (numId != null && overrideLevel >= 0 && overrideLevel < LEVELS) {
                                restarts.computeIfAbsent(numId, k -> new HashMap<>())
                                        .put(overrideLevel, parse(attribute(in, "val"), 1));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (in.getLocalName()) {
                        case "lvl" -> {
                            if (levels != null && level >= 0 && level < LEVELS && overrideLevel < 0) {
                                levels[level] = new Level(start, format, text);
                            }
                        }
                        case "abstractNum" -> {
                            if (abstractId != null) {
                                definitions.put(abstractId, levels);
                            }
                            abstractId = null;
                            levels = null;
                        }
                        case "lvlOverride" -> overrideLevel = -1;
                        case "num" -> numId = null;
                        default -> {
                        }
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private void readStyles(byte[] xml) throws XMLStreamException {
        XMLStreamReader in = DocxLayout.parser(new ByteArrayInputStream(xml));
        try {
            String style = null;
            String[] numbering = null;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = in.getLocalName();
                    if (name.equals("style")) {
                        style = attribute(in, "styleId");
                        numbering = new String[3];
                    } else if (style != null) {
                        switch (name) {
                            case "basedOn" -> numbering[2] = attribute(in, "val");
                            case "numId" -> numbering[0] = attribute(in, "val");
                            case "ilvl" -> numbering[1] = attribute(in, "val");
                            default -> {
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (in.getLocalName().equals("style") && style != null) {
                        styles.put(style, numbering);
                        style = null;
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private static String attribute(XMLStreamReader in, String local) {
        for (int i = 0; i < in.getAttributeCount(); i++) {
            if (in.getAttributeLocalName(i).equals(local)) {
                return in.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int parse(String value, int otherwise) {
        if (value == null || !value.matches("-?\\d{1,4}")) {
            return otherwise;
        }
        return Integer.parseInt(value);
    }
}
