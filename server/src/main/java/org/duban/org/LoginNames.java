package org.duban.org;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form a user name is stored, looked up, counted and logged in. Without it " shacheng", "SHACHENG" and the
 * full-width "ｓｈａｃｈｅｎｇ" (a Chinese input method's default) reached the same account but were counted as
 * three names, so padding a name escaped its lockout.
 */
public final class LoginNames {

    private LoginNames() {
    }

    /**
     * NFKC (full-width letters and digits and the ideographic space become their ASCII forms), without invisible
     * format and control characters (zero-width spaces, direction marks), trimmed, in lower case.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL)
                .forEach(visible::appendCodePoint);
        return visible.toString().strip().toLowerCase(Locale.ROOT);
    }
}
