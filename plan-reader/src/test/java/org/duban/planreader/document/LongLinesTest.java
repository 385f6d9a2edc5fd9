package org.duban.planreader.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.planreader.Notices;
import org.junit.jupiter.api.Test;

/**
 * What is told of a page's lines (a site's menu, a breadcrumb, a line of lost characters) is told as the patterns
 * that once told it said, without their recursion: a page flattened into one long line overflowed the stack.
 */
class LongLinesTest {

    private static List<String> corpusLines() {
        return Notices.corpusTexts().stream().flatMap(String::lines).filter(l -> l.length() < 400).toList();
    }

    @Test
    void aMenuIsWhatThePatternOfShortWordsApartSaysOfEveryLineOfTheCorpus() {
        Pattern menu = Pattern.compile("(?:[^\\s]{1,6}[\\s\u3000]+)+[^\\s]{1,6}");
        List<String> lines = corpusLines();
        List<String> made = List.of("首页 新闻 政务公开 办事服务", "首页\u3000新闻", "\u3000首页 新闻", "首页 新闻 ", " 首页 新闻",
                "首页", "首页 ", "一二三四五六七 新闻", "首页 一二三四五六七", "首页\u3000\u3000\u3000\u3000\u3000\u3000\u3000新闻",
                "a\u3000\u3000\u3000\u3000\u3000\u3000b", "首页 \t\u3000 新闻", "");
        long menus = 0;
        for (String line : Stream.concat(lines.stream(), made.stream()).toList()) {
            boolean expected = menu.matcher(line).matches();
            assertThat(Documents.isSiteMenu(line)).as(line).isEqualTo(expected);
            menus += expected ? 1 : 0;
        }
        assertThat(lines.size()).as("lines of the corpus").isGreaterThan(30_000);
        assertThat(menus).as("menus among the lines").isGreaterThan(100);
    }

    @Test
    void aPageFlattenedIntoOneLineOfShortWordsIsReadWithoutOverflowingTheStack() {
        // the pattern recursed once a word: 6,000 words overflowed the stack, and the reader threw an Error
        String flattened = "开展 质量 宣传 活动 ".repeat(1500).strip();

        assertThat(Documents.isSiteMenu(flattened)).isTrue();
        assertThat(Documents.isSiteMenu(flattened + " 开展质量宣传活动")).isFalse();
    }

    @Test
    void aBreadcrumbIsTakenOffAsThePatternOfStepsTookIt() {
        Pattern breadcrumb = Pattern.compile("^(?:[^>＞»]{1,20}[>＞»]\\s*)+");
        List<String> made = List.of("首页 > 教育范文 > 活动方案 > X", ">X", "a>", "a>>b", "一二三四五六七八九十一二三四五六七八九十>X",
                "一二三四五六七八九十一二三四五六七八九十一>X", "首页＞ \t 通知»X", "首页 >", "");
        long taken = 0;
        for (String line : Stream.concat(corpusLines().stream(), made.stream()).toList()) {
            String expected = breadcrumb.matcher(line).replaceFirst("");
            assertThat(Documents.withoutBreadcrumb(line)).as(line).isEqualTo(expected);
            taken += expected.equals(line) ? 0 : 1;
        }
        assertThat(taken).as("lines with a breadcrumb").isGreaterThan(50);
        assertThat(Documents.withoutBreadcrumb("首页>".repeat(5000) + "X")).isEqualTo("X");
    }

    @Test
    void aLineOfLostCharactersIsNoiseHoweverLong() {
        assertThat(Chrome.isNoise("?? ??? ？？")).isTrue();
        assertThat(Chrome.isNoise("?? ".repeat(5000).strip())).isTrue();
        assertThat(Chrome.isNoise("?? 通知")).isFalse();
        assertThat(Chrome.isNoise("?")).isFalse();
    }
}
