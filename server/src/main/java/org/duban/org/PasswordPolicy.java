package org.duban.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters of at least three kinds (lower case, upper case, digits, symbols),
 * at most 72 bytes, not containing the username, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "password123", "qwertyuiop",
            "1qaz2wsx3edc", "abc1234567", "admin12345", "woaini1314", "aa12345678", "a123456789", "passw0rd12");

    private PasswordPolicy() {
    }

    /** The message keys of the rules the password breaks; empty when it is acceptable. */
    public static List<String> problemsWith(String password, String username) {
        List<String> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        // BCrypt reads at most 72 bytes (Spring Security refuses more); in UTF-8 a Chinese character takes three
        if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.tooLong");
        }
        int kinds = (p.chars().anyMatch(Character::isLowerCase) ? 1 : 0) + (p.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3) {
            problems.add("password.kinds");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        return problems;
    }
}
