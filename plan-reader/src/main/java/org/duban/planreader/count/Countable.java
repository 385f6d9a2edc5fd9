package org.duban.planreader.count;

import java.util.List;

/**
 * A count a unit reports, as the reader needs to know it: a key the caller chooses (a catalog code or a database id),
 * its name (发放宣传资料), its unit of measure (份; "家/户次" for either), and the words that show an activity is about
 * it (宣传资料, 宣传册…).
 */
public record Countable(String key, String name, String unit, List<String> keywords) {

    public Countable {
        if (key == null || key.isBlank() || name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a count needs a key, a name and a unit");
        }
        keywords = keywords == null ? List.of()
                : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** Only money (万元) is counted in fractions; everything else is a whole number of things, people or events. */
    public boolean allowsDecimals() {
        return unit.strip().equals("万元");
    }
}
