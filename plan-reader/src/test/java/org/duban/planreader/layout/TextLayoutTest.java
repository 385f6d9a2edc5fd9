package org.duban.planreader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void questionMarksEndingEveryLineAreDamageButAFewQuestionsAreNot() {
        // bk08: '?' for the space a copy could not encode, at the end of every line and cell
        assertThat(TextLayout.withoutLostEnds("附件?\n序号? | 牵头单位? |\n1? | 临平新城? |\n"))
                .isEqualTo("附件\n序号 | 牵头单位 |\n1 | 临平新城 |\n");
        // a notice's own questions keep their marks
        String asks = "如何参加?\n请拨打电话咨询。\n哪些人可以报名?\n县局负责解答。\n";
        assertThat(TextLayout.withoutLostEnds(asks)).isEqualTo(asks);
    }
}
