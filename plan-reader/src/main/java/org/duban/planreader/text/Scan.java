package org.duban.planreader.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched for only at the characters its matches can start with. {@link Matcher#find()} tries a pattern
 * at every character of a text, and a pattern that opens with a class of Chinese characters ("[一二三四五六七八九十]")
 * or a look-behind pays for that class at each of them (Java tests such a class one character after another: some 30
 * ns a character of text for twenty, against 2 for a literal). Here the text's characters are passed with one look at
 * a table, and the pattern is tried, anchored there, only where one may start; the matches are those {@code find()}
 * gives, in the same order, the look-arounds and anchors seeing the whole text as they do there.
 */
public final class Scan {

    private final Pattern pattern;
    private final BitSet starts = new BitSet();
    private final BitSet after = new BitSet();
    private final boolean atStart;

    private Scan(Pattern pattern, String startCharacters, String characterBefore, boolean atStart) {
        this.pattern = pattern;
        startCharacters.chars().forEach(starts::set);
        characterBefore.chars().forEach(after::set);
        this.atStart = atStart;
    }

    /**
     * The pattern searched for at the given characters only: every match of it must start with one of them (a match
     * may not be empty), or a match is missed.
     */
    public static Scan of(Pattern pattern, String startCharacters) {
        return new Scan(pattern, startCharacters, "", false);
    }

    /**
     * The pattern searched for only right after the given characters (and at the text's start where {@code atStart}),
     * as a pattern that opens with a look-behind for one of them ("(?<=[。；;])…") can match nowhere else.
     */
    public static Scan after(Pattern pattern, String characterBefore, boolean atStart) {
        return new Scan(pattern, "", characterBefore, atStart);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A matcher over the text, ready for {@link #find}. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from}, as {@code find(from)} gives it on a matcher of {@link #matcher}: false
     * where there is none.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        for (int i = from; i <= text.length(); i++) {
            boolean may = i < text.length() && starts.get(text.charAt(i))
                    || (i == 0 ? atStart : after.get(text.charAt(i - 1)));
            if (may && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Every match in the text, in order, as {@code results()} gives them. */
    public List<MatchResult> all(CharSequence text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = matcher(text);
        for (int from = 0; find(m, text, from); from = m.end()) {
            found.add(m.toMatchResult());
        }
        return found;
    }

    /** Whether the text holds a match. */
    public boolean in(CharSequence text) {
        return find(matcher(text), text, 0);
    }
}
