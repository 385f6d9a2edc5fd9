package org.duban.planreader.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words, each with a rank, and the best-ranked one a text contains. The reader asks this of nearly
 * every short cell and line (is it a header word, a role word?), so it looks only at the words that start with each
 * character of the text instead of trying every word, or a regular expression of alternatives, on every text.
 *
 * @param <T> what a word stands for
 */
public final class Words<T> {

    private record Entry<T>(String word, int rank, T value) {
    }

    private final Map<Character, List<Entry<T>>> byFirst = new HashMap<>();
    /** The first characters, to pass the many characters that start no word without boxing and hashing them. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);

    private Words() {
    }

    /** Words of the lists in order: a word of an earlier list outranks one of a later; a word's first listing counts. */
    public static <T> Words<T> ranked(List<Map.Entry<T, List<String>>> lists) {
        Words<T> words = new Words<>();
        Map<String, Boolean> seen = new HashMap<>();
        int rank = 0;
        for (Map.Entry<T, List<String>> list : lists) {
            for (String word : list.getValue()) {
                if (!word.isEmpty() && seen.putIfAbsent(word, true) == null) {
                    words.byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new Entry<>(word, rank, list.getKey()));
                    words.firsts.set(word.charAt(0));
                }
            }
            rank++;
        }
        return words;
    }

    /** The value of the best-ranked word that occurs in {@code text}, or null when none does. */
    public T bestIn(String text) {
        Entry<T> best = null;
        for (int i = 0; i < text.length(); i++) {
            if (!firsts.get(text.charAt(i))) {
                continue;
            }
            List<Entry<T>> candidates = byFirst.get(text.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (Entry<T> e : candidates) {
                if ((best == null || e.rank < best.rank) && text.startsWith(e.word, i)) {
                    best = e;
                }
            }
        }
        return best == null ? null : best.value;
    }

    /** Whether one of the words starts at {@code at} in {@code text}. */
    public boolean startsAt(String text, int at) {
        if (!firsts.get(text.charAt(at))) {
            return false;
        }
        for (Entry<T> e : byFirst.get(text.charAt(at))) {
            if (text.startsWith(e.word, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the words occurs in {@code text}: the first found answers, whatever its rank. */
    public boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!firsts.get(text.charAt(i))) {
                continue;
            }
            for (Entry<T> e : byFirst.get(text.charAt(i))) {
                if (text.startsWith(e.word, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
