package org.duban.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters of at least three kinds (lower case, upper case, digits, symbols),
 * at most 72 bytes, not containing the username, and not one that guessers try first. Leaked-password lists are dominated, at this
 * length, by a common word or a keyboard run dressed up to pass rules like ours ({@code P@ssw0rd123},
 * {@code Admin@123456}, {@code Qwer1234!@#$}, {@code 1qaz@WSX3edc}, {@code Woaini@1314}, a site's own name and the
 * year): so besides a list of such passwords, the letters left once digits and symbols around them are taken away
 * (and look-alikes inside a word read back: {@code P@ssw0rd} is {@code password}) must not be a common word, a
 * keyboard or alphabet run, or next to nothing beside a run of digits.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "password123", "qwertyuiop",
            "1qaz2wsx3edc", "abc1234567", "admin12345", "woaini1314", "aa12345678", "a123456789", "passw0rd12",
            "p@ssw0rd123", "p@ssword123", "password@123", "password#123", "admin@123456", "admin@12345", "admin#123456",
            "qwer1234!@#$", "1qaz@wsx3edc", "1qaz!qaz2wsx", "!qaz2wsx#edc", "aa123456789!", "abc@1234567",
            "qwe123!@#qwe", "zaq1@wsx3edc", "root@123456", "test@123456", "woaini@1314", "5201314@aa", "iloveyou@123");
    /** Words guessers combine with digits and symbols, in their English, Pinyin and brand forms. */
    private static final Set<String> WORDS = Set.of("password", "passwd", "pass", "pwd", "admin", "administrator", "root",
            "user", "test", "guest", "welcome", "letmein", "iloveyou", "love", "woaini", "qwerty", "abc", "duban",
            "fuding", "china", "zhongguo", "beijing", "shanghai", "huawei", "xiaomi", "baidu", "taobao", "alibaba",
            "tencent", "weixin", "wechat", "monkey", "dragon", "master", "sunshine", "princess", "football", "shadow",
            "superman", "batman", "trustno", "login", "hello", "secret", "system", "server", "manager", "changeme",
            "default", "company", "office", "market", "shichang", "jianguan", "zhiliang", "zhengfu", "gov", "spring",
            "summer", "winter", "autumn");
    private static final List<String> RUNS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz",
            "qazwsxedcrfvtgbyhnujmikolp", "zaqxswcdevfrbgtnhymjukilop", "poiuytrewq", "lkjhgfdsa", "mnbvcxz",
            "zyxwvutsrqponmlkjihgfedcba");

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
        if (!p.isEmpty() && (COMMON.contains(lower) || predictable(lower))) {
            problems.add("password.common");
        }
        return problems;
    }

    private static boolean predictable(String lower) {
        String letters = lettersOf(lower);
        if (WORDS.contains(letters) || isRun(letters)) {
            return true;
        }
        // "Aa123456789!": hardly any letters beside a run of digits
        String digits = lower.replaceAll("[^0-9]", "");
        return letters.chars().distinct().count() <= 2 && (isRun(digits) || digits.chars().distinct().count() <= 2);
    }

    /** The letters of a password, with look-alikes between two letters read as the letter they stand for. */
    static String lettersOf(String lower) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(c);
            } else if (i > 0 && i < lower.length() - 1 && Character.isLetter(lower.charAt(i - 1))
                    && Character.isLetter(lower.charAt(i + 1))) {
                char read = switch (c) {
                    case '@', '4' -> 'a';
                    case '0' -> 'o';
                    case '1', '!' -> 'i';
                    case '3' -> 'e';
                    case '$', '5' -> 's';
                    case '7' -> 't';
                    default -> 0;
                };
                if (read != 0) {
                    letters.append(read);
                }
            }
        }
        return letters.toString();
    }

    /** A stretch of a keyboard row or column, of the alphabet, or of digits (either way), or one character repeated. */
    private static boolean isRun(String s) {
        if (s.length() < 3) {
            return false;
        }
        if (s.chars().distinct().count() == 1) {
            return true;
        }
        if ("01234567890".contains(s) || "09876543210".contains(s)) {
            return true;
        }
        for (String run : RUNS) {
            if (run.contains(s)) {
                return true;
            }
        }
        // runs typed across rows, as in "qazwsx" or "1qaz2wsx"
        return s.length() >= 6 && RUNS.stream().anyMatch(run -> run.startsWith(s.substring(0, 3)) && run.contains(s.substring(3, 6)));
    }
}
