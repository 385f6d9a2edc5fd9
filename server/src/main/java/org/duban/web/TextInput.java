package org.duban.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Text as users send it, made fit for the database at the edge: C0 control characters removed (PostgreSQL refuses NUL
 * outright; the others are invisible and only cause trouble), lengths checked against the columns with a message
 * naming the field, instead of a database error and a 500 after half the work.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The text without C0 control characters, except tab, line feed and carriage return; vertical tab and form feed
     * (Word's manual line break, a PDF's page break) become line feeds.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isStripped(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B' || c == '\f') {
                out.append('\n');
            } else if (!isStripped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isStripped(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * The text if it is at most {@code max} characters long.
     *
     * @param field message key of the field's name, shown in the refusal
     * @throws InputRefused (400) naming the field, its limit and the length sent
     */
    public static String atMost(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new InputRefused("input.tooLong", new DefaultMessageSourceResolvable(field), max, text.length());
        }
        return text;
    }

    /** Input the application refuses as it stands; nothing was changed. */
    public static class InputRefused extends UserFacingException {

        public InputRefused(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }
}
