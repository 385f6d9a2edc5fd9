package org.duban.planreader.time;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duban.planreader.text.Hans;

/**
 * The days and weeks the country marks on the same date every year, by which plans time their work without writing
 * the date: "世界水日当天", "“中国水周”期间", "“防灾减灾日”前", "國際禁毒日當天". A day's 期间 or 前后 (the days around it,
 * as many as each place likes) is no time of the work's, as the corpus's truths read it (a06, bv03, l18, y10). Days
 * whose date moves from year to year (全国低碳日, 全国助残日, 文化和自然遗产日, 全国科普日, 全民国防教育日,
 * 全国中小学生安全教育日) are not here: their date is the year's, and a plan that names them without it leaves its time
 * open.
 */
final class Observances {

    /** Each observance by its name in simplified characters, with its date as a plan would write it. */
    private static final Map<String, String> DATES = dates(
            "世界水日", "3月22日", "全国爱耳日", "3月3日", "爱耳日", "3月3日",
            "学雷锋纪念日", "3月5日", "学雷锋日", "3月5日", "植树节", "3月12日", "世界气象日", "3月23日",
            "世界防治结核病日", "3月24日", "世界卫生日", "4月7日", "全民国家安全教育日", "4月15日", "国家安全教育日", "4月15日",
            "世界地球日", "4月22日", "世界读书日", "4月23日", "世界图书日", "4月23日", "世界知识产权日", "4月26日",
            "知识产权日", "4月26日", "全国防灾减灾日", "5月12日", "防灾减灾日", "5月12日", "国际护士节", "5月12日",
            "世界高血压日", "5月17日", "国际博物馆日", "5月18日", "中国旅游日", "5月19日", "世界计量日", "5月20日",
            "全国科技工作者日", "5月30日", "世界无烟日", "5月31日", "国际儿童节", "6月1日", "世界环境日", "6月5日",
            "全国爱眼日", "6月6日", "世界海洋日", "6月8日", "国际档案日", "6月9日", "世界认可日", "6月9日",
            "世界献血者日", "6月14日", "国际禁毒日", "6月26日", "世界人口日", "7月11日", "全民健身日", "8月8日",
            "全国爱牙日", "9月20日", "烈士纪念日", "9月30日", "国际减灾日", "10月13日", "世界标准日", "10月14日",
            "世界粮食日", "10月16日", "国家扶贫日", "10月17日", "全国消防日", "11月9日", "消防日", "11月9日",
            "世界艾滋病日", "12月1日", "国家宪法日", "12月4日", "宪法日", "12月4日", "国际志愿者日", "12月5日");

    /** The weeks, likewise. */
    private static final Map<String, String> WEEKS = dates("中国水周", "3月22日至3月28日");

    /** The days' names in simplified and traditional characters, the longest first ("全国防灾减灾日" before "防灾减灾日"). */
    private static final List<String> DAY_SPELLINGS = spellings(DATES);
    private static final List<String> WEEK_SPELLINGS = spellings(WEEKS);
    /** A day's name as plans write it, for a pattern of times: "“世界水日”活动", "119消防日". */
    static final String DAY_AS_WRITTEN = asWritten("(?:" + String.join("|", DAY_SPELLINGS) + ")");
    static final String WEEK_NAMES = String.join("|", WEEK_SPELLINGS);

    /** A day's or a week's name as plans write it, the name itself its group. */
    private static final Pattern NAMED = Pattern.compile(
            asWritten("(" + String.join("|", DAY_SPELLINGS) + "|" + WEEK_NAMES + ")"));

    /** Every name, simplified and traditional, as a set for a look at each place a name could end. */
    private static final Set<String> ALL_NAMES = Stream.concat(DAY_SPELLINGS.stream(), WEEK_SPELLINGS.stream())
            .collect(Collectors.toUnmodifiableSet());
    /** The two characters every name ends in ("水日", "水周"): where a text has none of them it names none. */
    private static final Set<String> ENDINGS = ALL_NAMES.stream().map(n -> n.substring(n.length() - 2))
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = ALL_NAMES.stream().mapToInt(String::length).max().orElse(0);
    /** What a name may open with, for a pattern to look ahead at before it tries them all. */
    static final String FIRST_CHARACTERS = ALL_NAMES.stream().map(n -> n.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    private Observances() {
    }

    /** Whether the text names an observance: a look at the two characters before each 日, 周 or 节. */
    static boolean anyIn(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '日' || c == '周' || c == '週' || c == '节' || c == '節')
                    && ENDINGS.contains(text.substring(i - 1, i + 1)) && endsAName(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAName(String text, int end) {
        for (int start = Math.max(0, end - LONGEST); start <= end - 2; start++) {
            if (ALL_NAMES.contains(text.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each observance's name replaced by its date: "世界水日当天" → "3月22日当天". */
    static String asDates(String text) {
        if (!anyIn(text)) {
            return text;
        }
        Matcher m = NAMED.matcher(text);
        return m.replaceAll(r -> {
            String name = Hans.simplified(r.group(1));
            return DATES.getOrDefault(name, WEEKS.get(name));
        });
    }

    /** In quotes, with 活动 after it, the fire day after its 119: "“世界水日”活动", "119消防日". */
    private static String asWritten(String name) {
        return "(?:119)?[“\"「]?" + name + "[”\"」]?(?:活动|活動)?";
    }

    private static List<String> spellings(Map<String, String> dates) {
        return dates.keySet().stream()
                .flatMap(name -> Stream.of(name, Hans.traditional(name)))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static Map<String, String> dates(String... nameThenDate) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (int i = 0; i < nameThenDate.length; i += 2) {
            dates.put(nameThenDate[i], nameThenDate[i + 1]);
        }
        return dates;
    }
}
