package org.duban.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongMixedPasswords() {
        assertThat(PasswordPolicy.problemsWith("Duban@2020", "qianqi")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("质量月活动Ab12!", "qianqi")).isEmpty();
    }

    @Test
    void refusesShortOneKindCommonOrNamedPasswords() {
        assertThat(PasswordPolicy.problemsWith("Ab1!", "x")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemsWith("abcdefghijkl", "x")).containsExactly("password.kinds");
        assertThat(PasswordPolicy.problemsWith("Qianqi#2020", "qianqi")).containsExactly("password.containsUsername");
        assertThat(PasswordPolicy.problemsWith("Password123", "x")).contains("password.common");
        assertThat(PasswordPolicy.problemsWith(null, "x")).contains("password.tooShort");
    }
}
