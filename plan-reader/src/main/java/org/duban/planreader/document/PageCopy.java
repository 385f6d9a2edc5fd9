package org.duban.planreader.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.planreader.text.Text;

/**
 * Text copied from printed pages, as a PDF viewer or a mail copies them, mended before the notice is read. The numbers
 * at the pages' feet ("— 2 —", "第2页 共5页") are lines of their own in such a copy, and they stood between a table's
 * cells and inside an item's sentence: taken out (the corpus with one after every 25 lines read 526 of its fields
 * fewer, in 86 notices). The lines broken at the page's width ("为全面落实…，结合我县实际，制" / "定本方案。") are joined
 * again, so that an item's sentence, its labels and its units are one line as the notice wrote them. A text is taken
 * for one broken at a width when half or more of its long lines, and five at least, end within a few characters of its
 * longest (a text written in paragraphs has lines of every length, and its longest stand alone); a line that long goes
 * on into the next unless it ends a sentence or a title, or the next is blank, opens with an item's number or holds a
 * table's cells. Pasted markup (an HTML page) is laid out by its tags instead.
 */
public final class PageCopy {

    /** Lines this long or longer are weighed; shorter ones are headings, signatures, a paragraph's last line. */
    private static final int LONG_LINE = 16;
    /** So many long lines at least before a width is believed. */
    private static final int MIN_LONG_LINES = 6;
    /**
     * And so many of them at the width: a page's head of three lines of metadata as long as each other, over a table of
     * short cells, is no page broken at a width (ak05, its title on two lines).
     */
    private static final int MIN_LINES_AT_THE_WIDTH = 5;
    /**
     * A page's width for Chinese text, in characters: between these (an official document's page holds 28 a line, a
     * viewer's window more; a list of short items of like length is no page).
     */
    private static final int MIN_WIDTH = 26;
    private static final int MAX_WIDTH = 60;
    /** A line that ends this close to the width was broken by it (digits and Latin letters take less room). */
    private static final int SLACK = 5;
    /**
     * A line that ends a sentence (or a bracket, a quotation), or a title's last word (…工作任务细化方案), may be a
     * paragraph's last, however long.
     */
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(
            "(?:" + Text.SENTENCE_END_MARKS + "|(?:" + Documents.TITLE_END + "|要点|清单|办法))\\s*$");

    /** A text of which a third of the lines or more are blank sets its lines apart with them. */
    private static final int SPACED = 3;
    /** A line of Chinese words; a web address or a line of Latin letters is no page's line, however long. */
    private static final Pattern WORDS = Pattern.compile("\\p{IsHan}");

    private PageCopy() {
    }

    /**
     * The text without its pages' numbers and with the lines a page's width broke joined; the same string when it has
     * neither.
     */
    public static String mended(String text) {
        if (text == null || text.indexOf('\n') < 0 || text.stripLeading().startsWith("<")) {
            return text;
        }
        String[] written = text.split("\n", -1);
        String[] lines = withoutPageNumbers(written);
        int width = width(lines);
        if (width < 0) {
            return lines == written ? text : String.join("\n", lines);
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            sb.append(lines[i]);
            if (i + 1 < lines.length) {
                if (goesOn(lines[i], lines[i + 1], width)) {
                    lines[i + 1] = lines[i + 1].stripLeading();
                } else {
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * The lines without those that only number a page. Where such a line stood between blank lines, the page's break
     * was no paragraph's end nor a table's empty cell: in a text whose lines blank lines set apart, one of them goes
     * with it, in one written line under line both do.
     */
    private static String[] withoutPageNumbers(String[] lines) {
        if (Arrays.stream(lines).noneMatch(l -> Text.isPageNumber(l.strip()))) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.length);
        boolean spaced = Arrays.stream(lines).filter(String::isBlank).count() * SPACED >= lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (!Text.isPageNumber(lines[i].strip())) {
                kept.add(lines[i]);
            } else if (i + 1 < lines.length && lines[i + 1].isBlank() && !kept.isEmpty()
                    && kept.get(kept.size() - 1).isBlank()) {
                i++;
                if (!spaced) {
                    kept.remove(kept.size() - 1);
                }
            }
        }
        return kept.size() == lines.length ? lines : kept.toArray(String[]::new);
    }

    /** The width the text's lines were broken at, or -1 when they were not broken at one. */
    private static int width(String[] lines) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.length() >= LONG_LINE && !isCells(l) && WORDS.matcher(l).find()) {
                lengths.add(l.length());
            }
        }
        if (lengths.size() < MIN_LONG_LINES) {
            return -1;
        }
        int widest = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        long atTheWidth = lengths.stream().filter(n -> n >= widest - SLACK).count();
        return widest >= MIN_WIDTH && widest <= MAX_WIDTH && atTheWidth * 2 >= lengths.size()
                && atTheWidth >= MIN_LINES_AT_THE_WIDTH ? widest : -1;
    }

    private static boolean goesOn(String line, String next, int width) {
        String l = line.strip();
        String n = next.strip();
        // "…进一步查处。（" / "二）区综合执法局…": a bracketed number the width broke after its opening bracket goes on
        boolean bracketOpen = l.endsWith("（") || l.endsWith("(");
        return l.length() >= width - SLACK && !n.isEmpty() && !isCells(l) && !isCells(n)
                && !ENDS_A_SENTENCE.matcher(l).find() && (bracketOpen || Numbering.markerOf(n) == null);
    }

    private static boolean isCells(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('\t') >= 0;
    }
}
