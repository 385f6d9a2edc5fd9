package org.duban.planreader.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Hans;

/**
 * Reads an activity's text against a catalog of counts: which counts fit it (检查 → 检查经营主体, 短信 → 群发短信), and
 * which targets the plan sets for them (群发短信10000条 → 10 000; 发放宣传资料500余份 → 500; 不少于3场 → 3;
 * 一万条 → 10 000).
 *
 * <p>A target is a number with a measure word the count is counted in (份, 场, 人次…; 条幅 or 幅 for 条 of banners), and
 * a keyword of that count in the same sentence: the noun right after the measure word (500份宣传资料) or else the
 * nearest one before the number (群发短信10000条). What is not a campaign total is not read: an ordinal (第三期), a rate
 * (每月1次, 每所3场), a percentage (不低于10%).
 */
public final class CountReader {

    /** Measure words a plan uses for a catalog unit; a unit not listed here is its own only measure word. */
    private static final Map<String, List<String>> MEASURE_WORDS = Map.ofEntries(
            Map.entry("场次", List.of("场次", "场", "次", "期")),
            Map.entry("场", List.of("场次", "场", "次")),
            Map.entry("份", List.of("份", "册", "张", "本")),
            Map.entry("人次", List.of("人次", "人", "名", "余人")),
            Map.entry("件", List.of("件", "起")),
            Map.entry("条", List.of("条", "幅", "条幅")),
            Map.entry("台次", List.of("台次", "辆次", "辆", "台")),
            Map.entry("家", List.of("家", "家次", "户", "户次", "个")),
            Map.entry("户次", List.of("户次", "户", "家次", "家")),
            Map.entry("台", List.of("台", "台套", "部")),
            Map.entry("台件", List.of("台件", "台（件）", "台(件)", "台", "件")),
            Map.entry("批次", List.of("批次", "批")),
            Map.entry("个", List.of("个", "处", "项")),
            Map.entry("起", List.of("起", "件")),
            Map.entry("万元", List.of("万元")),
            Map.entry("篇", List.of("篇", "条", "期")),
            Map.entry("期", List.of("期", "场", "次", "班")));

    /**
     * Words that begin with a measure word but are none: 3·15期间, 个人, 条例; spans of time (15个工作日内, 3个月,
     * 24个小时), which are deadlines, not counts; and the plan's parts (分四个阶段).
     */
    private static final List<String> NOT_MEASURES = List.of("期间", "期限", "期末", "条例", "条件", "个人", "个体",
            "次日", "次年", "人员", "件事", "场所", "场地", "台账", "批准", "本地", "名单", "户籍", "个工作日",
            "个自然日", "个月", "个小时", "个星期", "个季度", "个年度",
            // the plan's own parts ("此次检查分四个阶段进行"), and the plans beside it ("总方案和2个专题实施方案、9个专项整治实施
            // 方案"): how it is laid out, no count of work
            "个阶段", "个步骤", "个环节", "个方面", "个专题", "个专项",
            // "三个代表重要思想", "两个维护", "四个意识": the party's formulas, written without their quotation marks
            "个代表", "个维护", "个意识", "个自信", "个确立",
            // "包括启动仪式、…和…宣贯活动三项活动": the activities the plan is made of, no count of its work
            "项活动", "项内容",
            // the levels a duty is laid on ("压实到属地、行业、经营主体三个层面"): how it is shared, no count of work
            "个层面", "个层级", "个维度");
    /** The working groups a plan sets up ("下设…督查指导组8个创建工作小组"): how it is organised, no count of work. */
    private static final Pattern GROUPS_SET_UP = Pattern.compile("^个[\\u4e00-\\u9fa5]{0,4}小组");

    /** "共发现问题22个", "已完成3家", "累计查处5起": what was found or done, reported, no target set. */
    private static final Pattern REPORTED = Pattern.compile("发现|已经|已完成|已有|查出|累计");
    /** How far before a number the words reporting it are looked for. */
    private static final int REPORT_REACH = 8;
    /** "实际参与课后服务的学生32402人": what was done in fact, a progress report's, in the number's clause. */
    private static final Pattern IN_FACT = Pattern.compile("实际[^，,、：:]{0,12}$");

    private static boolean reported(String sentence, int number) {
        return REPORTED.matcher(sentence.substring(Math.max(0, number - REPORT_REACH), number)).find()
                || IN_FACT.matcher(sentence.substring(Math.max(0, number - REPORT_REACH - 6), number)).find();
    }

    /**
     * "…交通安全、消防安全、…长效工作机制建设等八项": the number after 等 counts the things listed before it, how the
     * plan is laid out, no target.
     */
    private static boolean countsTheListBefore(String sentence, int number) {
        return number > 0 && sentence.charAt(number - 1) == '等';
    }

    /** The number one alone (not 1.5万, 10, 1,000). */
    private static final Pattern ONE = Pattern.compile("(?:1|一)(?![\\d.,，万千百十])");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?\\n]");
    /** Starts with a digit or 十: 千家万户 and 百姓 are no numbers. */
    private static final String CHINESE_NUMERAL = "[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*";
    /** A number: digits with a decimal part and 万 (1.5万), or Chinese numerals (一万, 五百, 两千五百). */
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?(?:万(?!元))?|" + CHINESE_NUMERAL + ")";

    private final List<Countable> catalog;
    private final Pattern quantity;
    private final Map<String, List<Countable>> byMeasureWord = new LinkedHashMap<>();

    public CountReader(List<Countable> catalog) {
        this.catalog = List.copyOf(catalog);
        Set<String> words = new LinkedHashSet<>();
        for (Countable c : this.catalog) {
            for (String w : measureWords(c.unit())) {
                words.add(w);
                byMeasureWord.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
            }
        }
        // longest first, so 人次 is not read as 人 and 万元 not as 万 + 元
        String alternatives = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.quantity = Pattern.compile(NUMBER + "\\s*(余|多|以上)?\\s*(" + alternatives + ")(?![%％])");
    }

    /** The measure words a unit of measure ("家/户次", "台件") is written with in plans. */
    static List<String> measureWords(String unit) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : unit.split("[/、,，]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.addAll(MEASURE_WORDS.getOrDefault(p, List.of(p)));
            }
        }
        return List.copyOf(out);
    }

    /** The counts whose keywords the text names, in catalog order. */
    public List<Countable> fitting(String text) {
        String t = normalised(text);
        return catalog.stream().filter(c -> c.keywords().stream().anyMatch(t::contains)).toList();
    }

    /** A target the plan sets: the count's key, the number, and the words it was read from. */
    public record Target(String key, BigDecimal value, String phrase) {
    }

    /** The targets the text sets, at most one per count (the first the text names), in the order they are written. */
    public List<Target> targets(String text) {
        String t = normalised(text);
        Map<String, Target> found = new LinkedHashMap<>();
        int sentenceStart = 0;
        Matcher sentences = SENTENCE.matcher(t);
        List<int[]> bounds = new ArrayList<>();
        while (sentences.find()) {
            bounds.add(new int[] {sentenceStart, sentences.start()});
            sentenceStart = sentences.end();
        }
        bounds.add(new int[] {sentenceStart, t.length()});
        for (int[] b : bounds) {
            String sentence = t.substring(b[0], b[1]);
            Matcher m = quantity.matcher(sentence);
            while (m.find()) {
                if (isRateOrOrdinal(sentence, m.start()) || isNameOrArticle(sentence, m)
                        || reported(sentence, m.start()) || countsTheListBefore(sentence, m.start())) {
                    continue;
                }
                BigDecimal value = valueOf(m.group(1));
                if (value == null || value.signum() <= 0) {
                    continue;
                }
                Countable c = countOf(sentence, m.start(), m.end(), m.group(3));
                if (c != null && !found.containsKey(c.key())) {
                    found.put(c.key(), new Target(c.key(), value, phrase(sentence, m.start(), m.end())));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** "以上", "及以上的" after a measure word: a floor, the counted noun after it. */
    private static final Pattern FLOOR_AFTER = Pattern.compile("及?以上的?");

    /**
     * The count a quantity belongs to: the one whose keyword follows the measure word (500份宣传资料), else the one
     * whose keyword comes last before the number in the sentence (群发短信10000条), among the counts measured so.
     */
    private Countable countOf(String sentence, int start, int end, String measureWord) {
        List<Countable> candidates = byMeasureWord.getOrDefault(measureWord, List.of());
        // "举办3期以上农民培训班": at least so many, said after the measure word
        Matcher floor = FLOOR_AFTER.matcher(sentence).region(end, sentence.length());
        int from = floor.lookingAt() ? floor.end() : end;
        String after = sentence.substring(from, Math.min(sentence.length(), from + 8));
        for (Countable c : candidates) {
            for (String k : c.keywords()) {
                int at = after.indexOf(k);
                if (at >= 0 && at <= 2) {
                    return c;
                }
            }
        }
        String before = withoutBookTitles(sentence.substring(0, start));
        Countable best = null;
        int bestAt = -1;
        for (Countable c : candidates) {
            for (String k : c.keywords()) {
                int at = before.lastIndexOf(k);
                if (at >= 0 && at + k.length() > bestAt) {
                    best = c;
                    bestAt = at + k.length();
                }
            }
        }
        return best;
    }

    /**
     * The text with each 《…》 blanked: a keyword in a document's name (《产业结构调整指导目录》, 《计量法》) names the
     * document, not the work counted.
     */
    private static String withoutBookTitles(String text) {
        StringBuilder sb = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** "各安排", "各派", "各抽调": each body sends so many, the number right after. */
    private static final Pattern EACH_SENDS = Pattern.compile("各(?:安排|选派|派出|派|抽调|推荐|确定)$");
    private static final int EACH_SENDS_REACH = 3;

    /**
     * 第三期 is an ordinal; 每月1次, 每所不少于3场 and 各8名 are rates, and at least one (至少悬挂1条, 不少于1次) is a floor for
     * each that does it: not what the campaign adds up to.
     */
    private static boolean isRateOrOrdinal(String sentence, int start) {
        if (start > 0 && (sentence.charAt(start - 1) == '第' || sentence.charAt(start - 1) == '各')) {
            // "分别落实参观群众各8名": as many for each of them, a rate as 每 is
            return true;
        }
        if (EACH_SENDS.matcher(sentence.substring(Math.max(0, start - EACH_SENDS_REACH), start)).find()) {
            // "市规划局、财政局各安排1名副局长": as many from each body, sent to a team, no count of work
            return true;
        }
        int clause = start;
        while (clause > 0 && "，,：:".indexOf(sentence.charAt(clause - 1)) < 0) {
            clause--;
        }
        String before = sentence.substring(clause, start);
        boolean atLeastOne = ONE.matcher(sentence).region(start, sentence.length()).lookingAt()
                && (before.contains("至少") || before.contains("不少于"));
        // "检查目标:人均10户次", "户均2次": so many for each person or household, a rate as 每 is
        return before.contains("每") || before.endsWith("人均") || before.endsWith("户均") || atLeastOne;
    }

    /**
     * “三个”, 《两个…》: a number opening a quotation is part of a name or slogan, and so is one opening a later clause
     * of it (“两个坚持,三个转变”), and one whose measure word a quotation follows (六个“进一步”). A bare 一 (开展一次,
     * 作为一项) is how Chinese says "a", not a target; 3·15期间 and 个人 are words, not measure words.
     */
    private static boolean isNameOrArticle(String sentence, Matcher m) {
        if (m.start() > 0 && "“‘《「\"'".indexOf(sentence.charAt(m.start() - 1)) >= 0) {
            return true;
        }
        if (m.start() > 0 && "，,、".indexOf(sentence.charAt(m.start() - 1)) >= 0
                && sentence.lastIndexOf('“', m.start()) > sentence.lastIndexOf('”', m.start())) {
            return true;
        }
        if (m.end() < sentence.length() && "“《\"".indexOf(sentence.charAt(m.end())) >= 0) {
            // 六个“进一步”: how many named slogans or documents, no target
            return true;
        }
        if (m.group(1).equals("一")) {
            return true;
        }
        // 一式两份: how many copies of a form to hand in, not a target
        if (m.start() >= 2 && sentence.startsWith("一式", m.start() - 2)) {
            return true;
        }
        // 在十条宣传口号中选择: the number says how many there are to choose among, not how many to make
        if (m.start() > 0 && sentence.charAt(m.start() - 1) == '在') {
            int clauseEnd = m.end();
            while (clauseEnd < sentence.length() && "，,：:".indexOf(sentence.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            if (sentence.substring(m.end(), clauseEnd).contains("中")) {
                return true;
            }
        }
        String rest = sentence.substring(m.start(3));
        return NOT_MEASURES.stream().anyMatch(rest::startsWith) || GROUPS_SET_UP.matcher(rest).lookingAt();
    }

    private static String phrase(String sentence, int start, int end) {
        int from = start;
        // back to the clause's start, so the phrase shows what is counted (群发短信10000条, not 10000条)
        while (from > 0 && "，,、：:（(".indexOf(sentence.charAt(from - 1)) < 0 && start - from < 20) {
            from--;
        }
        return sentence.substring(from, end).strip();
    }

    private static String normalised(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        String s = Hans.simplified(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．' && !sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1))) {
                sb.append('.');
            } else if ((c == ',' || c == '，') && !sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1))
                    && i + 3 < s.length() && isAsciiOrWideDigits(s, i + 1, 3)) {
                continue; // a thousands separator: 10,000
            } else if (c == '\u00A0' || c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isAsciiOrWideDigits(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
                return false;
            }
        }
        // after three digits of a group, no fourth: 10,0000 is not a thousands group
        int at = from + n;
        return at >= s.length() || !(s.charAt(at) >= '0' && s.charAt(at) <= '9' || s.charAt(at) >= '０' && s.charAt(at) <= '９');
    }

    /** 10000 → 10000; 1.5万 → 15000; 一万 → 10000; 两千五百 → 2500; null when it is not a number. */
    static BigDecimal valueOf(String number) {
        if (number.matches("\\d+(\\.\\d+)?万?")) {
            boolean tenThousands = number.endsWith("万");
            BigDecimal v = new BigDecimal(tenThousands ? number.substring(0, number.length() - 1) : number);
            return tenThousands ? v.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros() : v;
        }
        long v = chinese(number);
        return v < 0 ? null : BigDecimal.valueOf(v);
    }

    /** Chinese numerals with 十百千万 (一万, 五百, 两千五百, 一百零五), or digit by digit (二〇二〇); -1 if not a number. */
    static long chinese(String numeral) {
        String digits = "零一二三四五六七八九";
        String s = numeral.replace('两', '二').replace('〇', '零');
        if (s.chars().noneMatch(c -> "十百千万".indexOf(c) >= 0)) {
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digits.indexOf(c);
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 10_000;
            };
            if (unit == 10_000) {
                total = (total + section + Math.max(digit, 0)) * 10_000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
