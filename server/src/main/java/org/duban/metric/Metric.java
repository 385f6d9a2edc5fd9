package org.duban.metric;

import java.util.List;
import org.duban.planreader.count.Countable;

/**
 * One count of an organisation's catalog: its name and unit of measure as the 统计表 writes them, the keywords that
 * suggest it for an activity, and whether it is retired (kept with its data, offered for no new activity).
 *
 * @param code the default catalog entry it was made from (SMS, MATERIALS…), or null for one an administrator added
 */
public record Metric(long id, String code, String name, String unit, List<String> keywords, boolean retired) {

    public Metric {
        keywords = List.copyOf(keywords);
    }

    /** Only money (万元) is counted in fractions. */
    public boolean allowsDecimals() {
        return countable().allowsDecimals();
    }

    /** 发放宣传资料（份） */
    public String label() {
        return name + "（" + unit + "）";
    }

    Countable countable() {
        return new Countable(String.valueOf(id), name, unit, keywords);
    }
}
