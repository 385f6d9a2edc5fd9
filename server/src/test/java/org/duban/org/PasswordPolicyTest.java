package org.duban.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongMixedPasswords() {
        assertThat(PasswordPolicy.problemsWith("Xia#2020-market", "qianqi")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("质量月活动Ab12!", "qianqi")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("Lingdao#2020-office", "leader")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("7391#k84!x02Z", "leader")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("Fuding#2020-admin", "lin")).as("words inside a longer phrase").isEmpty();
    }

    @Test
    void refusesShortOneKindCommonOrNamedPasswords() {
        assertThat(PasswordPolicy.problemsWith("Ab1!", "x")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemsWith("shanhaiguanxi", "x")).containsExactly("password.kinds");
        assertThat(PasswordPolicy.problemsWith("Qianqi#2020", "qianqi")).containsExactly("password.containsUsername");
        assertThat(PasswordPolicy.problemsWith("Password123", "x")).contains("password.common");
        assertThat(PasswordPolicy.problemsWith(null, "x")).contains("password.tooShort");
    }

    /** Passwords from leaked lists that pass length and kinds: a common word or a run, dressed up. */
    @Test
    void refusesTheLeakedPasswordsThatPassTheOtherRules() {
        for (String leaked : new String[] {"P@ssw0rd123", "Password@2020", "Admin@123456", "Qwer1234!@#$",
                "1qaz@WSX3edc", "1qaz2wsx#EDC", "Woaini@1314", "Aa123456789!", "Abc@1234567", "Zxcvbnm@123",
                "Huawei@2020", "Duban@2020", "Welcome#2024", "Asdf!23456", "Iloveyou.520"}) {
            assertThat(PasswordPolicy.problemsWith(leaked, "x")).as(leaked).contains("password.common");
        }
    }
}
