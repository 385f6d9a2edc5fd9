package org.duban.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the compiled report takes for a number of its own (no database: the rule alone). */
class NumberLinksTest {

    @Test
    void aNumberWithItsSeparatorsAndPercentIsOneAndAListOfThousandsIsReadWithoutOverflowingTheStack() {
        assertThat(NumberLinks.isNumber("12,000")).isTrue();
        assertThat(NumberLinks.isNumber("3.5%")).isTrue();
        assertThat(NumberLinks.isNumber("１２，０００")).isTrue();
        assertThat(NumberLinks.isNumber("12,000家")).isFalse();
        // a coordinator's pasted list of numbers set apart by commas: no number, and no StackOverflowError either
        assertThat(NumberLinks.isNumber("1,".repeat(20_000) + "1")).isFalse();
    }
}
