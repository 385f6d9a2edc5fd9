package org.duban.planreader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.duban.planreader.unit.UnitNames;

/**
 * The units an organisation has, so the reader can say which names in a plan match none of them. The server backs
 * this with its unit directory (names and aliases); the command line with a file of names.
 */
public interface UnitDirectory {

    /** Whether the name, or an alias of it, is a unit (or a group the directory can resolve). */
    boolean knows(String name);

    /** The known name most like this one, to suggest to the user. */
    Optional<String> closestTo(String name);

    /** A directory of plain names; a group ("各X所") is known when some unit's name ends with its kind. */
    static UnitDirectory of(Collection<String> names) {
        List<String> all = new ArrayList<>(names);
        return new UnitDirectory() {
            @Override
            public boolean knows(String name) {
                if (all.contains(name)) {
                    return true;
                }
                if (UnitNames.isGroup(name)) {
                    String kind = name.replaceFirst("^(机关)?各", "").replaceAll("[（(].*?[）)]", "");
                    return all.stream().anyMatch(n -> !kind.isEmpty() && n.endsWith(kind.substring(kind.length() - 1)));
                }
                return false;
            }

            @Override
            public Optional<String> closestTo(String name) {
                return closest(name, all);
            }
        };
    }

    /** The candidate with the smallest edit distance, if it is close enough to be a likely typo or variant. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = c.contains(name) || name.contains(c) ? Math.abs(c.length() - name.length()) : editDistance(name, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 2) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: how many characters to insert, delete or replace to turn one text into the other. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
