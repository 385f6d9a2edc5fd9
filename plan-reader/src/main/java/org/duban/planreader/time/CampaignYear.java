package org.duban.planreader.time;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Hans;

/**
 * The year a notice's campaign is held in, from the ordinal it gives the campaign when it writes no year: 第17个世界计量日
 * is 2016, 第46个全国“质量月” 2023, 第九个全民国家安全教育日 2024. Content farms strip the years from the plans they copy
 * (20xx年) but keep these ordinals.
 */
public final class CampaignYear {

    /** Each campaign's name as notices write it, and the year it was first held. */
    private static final List<Map.Entry<String, Integer>> FIRST_HELD = List.of(
            Map.entry("世界计量日", 2000), Map.entry("质量月", 1978), Map.entry("安全生产月", 2002),
            Map.entry("世界知识产权日", 2001), Map.entry("全民国家安全教育日", 2016), Map.entry("防灾减灾日", 2009),
            Map.entry("食品安全宣传周", 2011), Map.entry("爱国卫生月", 1989), Map.entry("世界标准日", 1970),
            Map.entry("消费者权益日", 1983), Map.entry("世界环境日", 1972), Map.entry("世界认可日", 2008));
    private static final Pattern ORDINAL;

    static {
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Integer> e : FIRST_HELD) {
            names.append(names.isEmpty() ? "" : "|").append(e.getKey());
        }
        // 第17个世界计量日, 第46个全国“质量月”, 第53届世界标准日, 第九个“4·15”全民国家安全教育日
        ORDINAL = Pattern.compile("第([0-9]{1,2}|[一二三四五六七八九十]{1,3})[个届次]\\s*(?:全国|国际)?[“\"《]?"
                + "(?:[0-9.·•]{2,6}[”\"]?\\s*)?(?:全国|国际)?[“\"]?(" + names + ")");
    }

    private CampaignYear() {
    }

    /** The year the text's first campaign ordinal gives, or null when it gives none. */
    public static Integer in(String text) {
        if (text == null || text.indexOf('第') < 0) {
            return null;
        }
        Matcher m = ORDINAL.matcher(Hans.simplified(text));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        int nth = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ChineseNumerals.valueOf(n);
        if (nth <= 0) {
            return null;
        }
        for (Map.Entry<String, Integer> e : FIRST_HELD) {
            if (e.getKey().equals(m.group(2))) {
                return e.getValue() + nth - 1;
            }
        }
        return null;
    }
}
