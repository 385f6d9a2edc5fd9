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
            Map.entry("消费者权益日", 1983), Map.entry("世界环境日", 1972), Map.entry("世界认可日", 2008),
            // each checked against the corpus: the notices that give the ordinal and their year agree on the first
            Map.entry("世界水日", 1993), Map.entry("中国水周", 1988), Map.entry("国家宪法日", 2014),
            Map.entry("世界艾滋病日", 1988), Map.entry("中国统计开放日", 2010), Map.entry("世界读书日", 1996),
            Map.entry("中国旅游日", 2011), Map.entry("国际档案日", 2008), Map.entry("检验检测机构开放日", 2011),
            Map.entry("民法典宣传月", 2021), Map.entry("城市节水宣传周", 1992), Map.entry("节能宣传周", 1991),
            Map.entry("网络安全宣传周", 2014), Map.entry("世界粮食日", 1981), Map.entry("国际劳动妇女节", 1911),
            Map.entry("爱眼日", 1996), Map.entry("高血压日", 1998), Map.entry("文化遗产日", 2006), Map.entry("教师节", 1985),
            Map.entry("中小学生安全教育日", 1996), Map.entry("青年志愿者服务日", 2000), Map.entry("扶贫日", 2014),
            Map.entry("农民丰收节", 2018), Map.entry("残疾预防日", 2017));
    private static final Pattern ORDINAL;

    static {
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Integer> e : FIRST_HELD) {
            names.append(names.isEmpty() ? "" : "|").append(e.getKey());
        }
        // 第17个世界计量日, 第46个全国“质量月”, 第53届世界标准日, 第九个“4·15”全民国家安全教育日, 第115个“三八”国际劳动妇女节
        ORDINAL = Pattern.compile("第([0-9]{1,3}|[一二三四五六七八九十]{1,3})[个届次]\\s*(?:全国|国际|中国)?[“\"《]?"
                + "(?:(?:[0-9.·•]{2,6}|[一二三四五六七八九十]{2})[”\"]?\\s*)?(?:全国|国际|中国)?[“\"]?(" + names + ")");
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
