package org.duban.planreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.planreader.Notices;
import org.junit.jupiter.api.Test;

/**
 * A pattern scanned for at the characters its matches start with (or after) finds what {@code find()} finds, in the
 * notices of the corpus as in texts made to trip it: a missed heading or item would cut a plan wrongly.
 */
class ScanTest {

    private static final String NUMERALS = "一二三四五六七八九十";
    /** Texts that put a match at the start, at the end, after a line break, and one inside another's reach. */
    private static final List<String> MADE = List.of("一、总体要求。二、工作任务1、宣传；2、检查（一）督导",
            "(1)开展宣传。（2）集中整治；3）不是\n（3）续", "", "一", "。", "。(1)", "统一、规范。十一、其他", "：①甲②乙；③丙",
            "\u2028（1）a。 (2)b");

    private static List<String> texts() {
        List<String> corpus = Notices.corpusTexts();
        assertThat(corpus.size()).as("notices of the corpus").isGreaterThan(1000);
        return Stream.concat(MADE.stream(), corpus.stream()).toList();
    }

    private static void findsAsFindDoes(Scan scan) {
        findsAsFindDoes(scan, texts(), 100);
    }

    private static void findsAsFindDoes(Scan scan, List<String> texts, int fewestMatches) {
        long matches = 0;
        for (String text : texts) {
            List<String> expected = scan.pattern().matcher(text).results().map(ScanTest::described).toList();
            assertThat(scan.all(text).stream().map(ScanTest::described).toList()).as(text).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).as("the texts hold matches to compare").isGreaterThanOrEqualTo(fewestMatches);
    }

    private static String described(MatchResult m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    @Test
    void headingsFoundAtTheirNumeralsAreThoseEveryCharacterGives() {
        findsAsFindDoes(Scan.of(Pattern.compile("([" + NUMERALS + "]{1,3})[、.．](?![" + NUMERALS + "])"), NUMERALS));
        findsAsFindDoes(Scan.of(Pattern.compile("[（(〔]([" + NUMERALS + "]{1,3})[）)〕]"), "（(〔"));
    }

    @Test
    void itemsFoundAtTheirDigitsSeeTheCharacterBeforeThem() {
        findsAsFindDoes(Scan.of(Pattern.compile("(?<=[\\s。；;！？）)])(\\d{1,2})\\s?[、.．](?!\\d+(?![\\d年月日号]))"),
                Text.DIGITS));
    }

    @Test
    void pointsFoundAfterTheirMarksOrAtTheStartAreThoseEveryCharacterGives() {
        findsAsFindDoes(Scan.after(Pattern.compile(
                "(?:^|(?<=[。；;）)]))\\s*([（(]\\d{1,2}[）)]|[①-⑳])|(?<=[:：])\\s*([①-⑳])"), "。；;）):：", true));
        // "$" sees the end of the whole paragraph, not of the part searched (few paragraphs end with a heading)
        findsAsFindDoes(Scan.after(Pattern.compile("(?<=[。；;！!])\\s*([一二三四五六七八九十]{1,2}、[\\u4e00-\\u9fa5]{2,14})$"),
                "。；;！!", false), texts().stream().flatMap(String::lines).toList(), 5);
    }

    @Test
    void aSentencesEndIsTheMarkThePatternFinds() {
        Pattern ends = Pattern.compile(Text.SENTENCE_END_MARKS + "\\s*$");
        long lines = 0;
        for (String text : texts()) {
            for (String line : Stream.concat(text.lines(), Stream.of(text, text + "\u2028", text + "。 \r\n",
                    text + "。\u0085", text + "）x")).toList()) {
                assertThat(Text.endsASentence(line)).as(line).isEqualTo(ends.matcher(line).find());
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(10_000);
    }
}
