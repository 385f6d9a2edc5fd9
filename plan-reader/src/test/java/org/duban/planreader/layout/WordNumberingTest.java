package org.duban.planreader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordNumberingTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A list of 一、 over （一） over 1., a second instance of it restarting its items at 1, and a heading style on it. */
    private static WordNumbering numbering() {
        String lists = "<w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"7\">"
                + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") + level(2, "decimal", "%3.")
                + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/>"
                + "<w:lvlOverride w:ilvl=\"2\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
                + "</w:numbering>";
        String styles = "<w:styles " + W + ">"
                + "<w:style w:styleId=\"PartHeading\"><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                + "</w:numPr></w:pPr></w:style>"
                + "<w:style w:styleId=\"MyPart\"><w:basedOn w:val=\"PartHeading\"/></w:style>"
                + "</w:styles>";
        return WordNumbering.of(lists.getBytes(StandardCharsets.UTF_8), styles.getBytes(StandardCharsets.UTF_8));
    }

    private static String level(int ilvl, String format, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    @Test
    void countsEachLevelAndRestartsTheLevelsBelowOne() {
        WordNumbering n = numbering();

        assertThat(n.next(null, null, "MyPart")).isEqualTo("一、");
        assertThat(n.next("1", "1", null)).isEqualTo("（一）");
        assertThat(n.next("1", "2", null)).isEqualTo("1.");
        assertThat(n.next("1", "2", null)).isEqualTo("2.");
        assertThat(n.next("1", "1", null)).isEqualTo("（二）");
        assertThat(n.next("1", "2", null)).as("under a new item, its points count from 1").isEqualTo("1.");
        assertThat(n.next("2", "2", null)).as("a list that restarts its level").isEqualTo("1.");
        assertThat(n.next(null, null, "PartHeading")).isEqualTo("二、");
        assertThat(n.next("0", "0", "PartHeading")).as("numId 0 turns the style's list off").isEmpty();
        assertThat(n.next(null, null, null)).isEmpty();
    }

    @Test
    void writesCountsInTheFormatsOfChineseDocuments() {
        assertThat(WordNumbering.formatted(10, "chineseCounting")).isEqualTo("十");
        assertThat(WordNumbering.formatted(12, "chineseCountingThousand")).isEqualTo("十二");
        assertThat(WordNumbering.formatted(20, "chineseCounting")).isEqualTo("二十");
        assertThat(WordNumbering.formatted(105, "chineseCounting")).isEqualTo("一百零五");
        assertThat(WordNumbering.formatted(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(WordNumbering.formatted(4, "decimalEnclosedCircle")).isEqualTo("④");
        assertThat(WordNumbering.formatted(2, "chineseLegalSimplified")).isEqualTo("贰");
        assertThat(WordNumbering.formatted(28, "lowerLetter")).isEqualTo("bb");
        assertThat(WordNumbering.formatted(14, "upperRoman")).isEqualTo("XIV");
    }

    @Test
    void aDocumentWithoutListsOrWithBrokenOnesIsNumberedNowhere() {
        assertThat(WordNumbering.of(null, null).next("1", "0", null)).isEmpty();
        assertThat(WordNumbering.of("<w:numbering".getBytes(StandardCharsets.UTF_8), null).next("1", "0", null)).isEmpty();
        // an entity the parts may not declare: refused with the rest of the lists, never expanded
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE w:numbering [<!ENTITY x \"%1、\">]><w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "decimal", "&x;") + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
        assertThat(WordNumbering.of(entity.getBytes(StandardCharsets.UTF_8), null).next("1", "0", null)).isEmpty();
    }
}
