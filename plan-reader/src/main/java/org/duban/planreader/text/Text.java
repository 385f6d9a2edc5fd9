package org.duban.planreader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small facts about Chinese official text shared by the readers. */
public final class Text {

    /** "一、", "（二）", "三." at the start of a line: a heading of the notice's outline. */
    public static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])");

    /**
     * A task's cell or line that opens with its running number: "1. 生产总值增长7.5%以上。", "12、建立…" (not "2.5万", not
     * "2023年"); the number is group 1, the task's words start at the match's end.
     */
    public static final Pattern OPENING_NUMBER = Pattern.compile("^(\\d{1,3})[.、．](?!\\d)\\s*(?=\\S)");
    /** "— 2 —", "- 3 -": the number a printed page puts at its foot, a line of its own in a copy of the page. */
    public static final Pattern PAGE_NUMBER = Pattern.compile("^[—–\\-－]+\\s*\\d{1,3}\\s*[—–\\-－]+$");
    /** No page's number is longer ("第 12 页 共 140 页" is 16). */
    private static final int MAX_PAGE_NUMBER = 24;
    /** "第2页", "第2页，共5页", "第 2 页 共 5 页": a page's number written in words. */
    private static final Pattern PAGE_OF = Pattern.compile("^第\\s*\\d{1,3}\\s*页(?:\\s*[，,]?\\s*共\\s*\\d{1,3}\\s*页)?$");
    /** Whether the stripped line only numbers a page: "— 2 —", "第2页 共5页" (see {@link #PAGE_NUMBER}). */
    public static boolean isPageNumber(String line) {
        // most lines are passed on their first character, without a pattern
        return !line.isEmpty() && line.length() <= MAX_PAGE_NUMBER && "—–-－第".indexOf(line.charAt(0)) >= 0
                && (PAGE_NUMBER.matcher(line).matches() || PAGE_OF.matcher(line).matches());
    }

    private static final String SENTENCE_END_CHARACTERS = "。；;：:！？!?）)】」”\"》";
    /** The ASCII digits, as the characters a number starts with. */
    public static final String DIGITS = "0123456789";
    /**
     * The marks a line that ends its sentence (or a bracket, a quotation) ends with: where a page's width broke no
     * sentence, however long the line.
     */
    public static final String SENTENCE_END_MARKS = "[" + SENTENCE_END_CHARACTERS + "]";
    /** The characters {@code \s} stands for in a pattern. */
    public static final String PATTERN_SPACES = " \t\n\u000B\f\r";

    /**
     * Whether a text ends its sentence: one of {@link #SENTENCE_END_MARKS}, then spaces at most, as the pattern
     * {@code SENTENCE_END_MARKS + "\\s*$"} finds it (also before a line separator that ends the text), without trying
     * the marks at every character.
     */
    public static boolean endsASentence(String text) {
        int end = text.length();
        return markBefore(text, end) || end > 0 && isLineTerminator(text.charAt(end - 1)) && markBefore(text, end - 1);
    }

    /** Whether a character ends a line as a pattern's {@code $} sees it: \n, \r, U+0085, U+2028 or U+2029. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether a character is one of those {@code \s} stands for in a pattern (ASCII spaces, tabs and line breaks). */
    public static boolean isPatternSpace(char c) {
        return PATTERN_SPACES.indexOf(c) >= 0;
    }

    private static boolean markBefore(String text, int end) {
        int at = beforeSpaces(text, end);
        return at > 0 && SENTENCE_END_CHARACTERS.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Where the spaces ({@link #isPatternSpace}) that stand right before {@code end} begin: {@code end} if none do. */
    public static int beforeSpaces(String text, int end) {
        int at = end;
        while (at > 0 && isPatternSpace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * Where a text ends before the line break that closes it (\r\n or one {@link #isLineTerminator}), as a pattern's
     * {@code $} may stand there: its length where it closes with none.
     */
    public static int endBeforeLineBreak(String text) {
        int end = text.length();
        return end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n' ? end - 2
                : end >= 1 && isLineTerminator(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** The extensions of the office files a document-sharing site names its copies by: "X.docx", "X.pdf". */
    public static final String OFFICE_FILE = "docx?|wps|pdf|pptx?|xlsx?";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Text() {
    }

    /**
     * Where the numbers a matcher finds count up from {@code first} (each number as {@code value} reads it from the
     * match), the start of each match; numbers out of turn are passed over.
     */
    public static List<Integer> countingUp(Matcher m, int first, ToIntFunction<Matcher> value) {
        List<Integer> starts = new ArrayList<>();
        int expected = first;
        while (m.find()) {
            if (value.applyAsInt(m) == expected) {
                starts.add(m.start());
                expected++;
            }
        }
        return starts;
    }

    /**
     * A look-ahead for the first characters of the words of an alternation ("要|将|应(?!急)"): put before the
     * alternation, it lets a search try the many words only where one can start, one character test elsewhere. Words
     * must start with a plain character; a look-around inside a word only adds characters, which costs nothing.
     */
    public static String ahead(String words) {
        return "(?=[" + firsts(words) + "])";
    }

    /** The characters the words of an alternation ("动员|参加|(?:开展)") start with, each once. */
    public static String firsts(String words) {
        StringBuilder firsts = new StringBuilder();
        for (String w : words.replace("(?:", "").replace(")", "").split("\\|")) {
            if (firsts.indexOf(w.substring(0, 1)) < 0) {
                firsts.append(w.charAt(0));
            }
        }
        return firsts.toString();
    }

    /**
     * A look-ahead that holds only where one of the words could still end the text: put before an alternation that
     * ends with {@code $} ("(会议|大会|座谈会)$"), it spares trying every word at every character of a name.
     */
    public static String atTheEnd(String words) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String w : words.split("\\|")) {
            shortest = Math.min(shortest, w.length());
            longest = Math.max(longest, w.length());
        }
        return "(?=[\\s\\S]{" + shortest + "," + longest + "}$)";
    }

    /**
     * Joins the lines of a wrapped cell: Chinese needs no space where a line was broken, Latin words do.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : LINE_BREAK.split(text)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(l.charAt(0))) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** The text without its last character when that is one of {@code marks} (what {@code replaceAll("[。.]$", "")} did). */
    public static String withoutLast(String text, String marks) {
        return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0
                ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The text with the spaces and digits a page or a Word file writes in other forms made plain: the no-break space of
     * an HTML {@code &nbsp;}, Word's en and em spaces, the thin and narrow ones and the ideographic space (U+3000, the
     * indent of a Chinese paragraph and the gap in a form's labels) as spaces; full-width digits (２０２０年９月) as
     * digits; full-width square brackets (［市发改委牵头］, ［一］), as some copies write 〔〕, as 〔〕; the invisible characters
     * (zero width, a stray byte-order mark) taken out. Read as they were, they hid every label, column, signature and
     * date they set out: the corpus with its spaces made no-break read a fifth of its fields fewer, with its spaces
     * ideographic 3 % fewer, with its digits full-width 12 % fewer, with its 〔〕 written ［］ 84 fields fewer. Its lines
     * end as {@link #plainLines} ends them. The same string when there is none.
     */
    public static String plainCharacters(String text) {
        return text == null ? null : plainLines(plainForms(text));
    }

    /**
     * The text with its lines ended by a line feed (a Windows copy's {@code \r\n}, an old Mac's {@code \r}) and the
     * spaces after a line's last word taken off, as a copy from a page or a Word file leaves them: read as they were,
     * they kept a line broken at a page's width from its next and set a line's end apart as a column (the corpus with
     * two spaces after each line's last word read 34 of its fields fewer, dz06 3 of 18, v02 3 of 12; with its lines
     * ended the Windows way, dz06 3). A line of spaces alone, a table's empty cell, stays as it is; so do tabs, which
     * end a row whose last cell is empty.
     */
    public static String plainLines(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf(" \n") < 0 && !text.endsWith(" ")) {
            return text;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            sb.append(line, 0, end == 0 ? line.length() : end);
            if (i + 1 < lines.length) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String plainForms(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F'
                    || c == '\u3000';
            boolean digit = c >= '０' && c <= '９';
            boolean invisible = c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
            boolean square = c == '［' || c == '］';
            if ((space || digit || invisible || square) && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null && !invisible) {
                sb.append(space ? ' ' : digit ? (char) (c - '０' + '0') : c == '［' ? '〔' : c == '］' ? '〕' : c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** The text without any whitespace (what {@code replaceAll("\\s", "")} did, without a pattern per call). */
    public static String withoutSpaces(String text) {
        return without(text, PATTERN_SPACES);
    }

    /** The text without any of the given characters; the text itself where it holds none. */
    public static String without(String text, String characters) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dropped = characters.indexOf(c) >= 0;
            if (dropped && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!dropped && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** The text cut at the positions given in order, each piece stripped; blank pieces are left out. */
    public static List<String> cutAt(String text, List<Integer> cuts) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && !text.substring(from, cut).isBlank()) {
                pieces.add(text.substring(from, cut).strip());
            }
            from = Math.max(from, cut);
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            pieces.add(text.substring(from).strip());
        }
        return pieces;
    }
}
