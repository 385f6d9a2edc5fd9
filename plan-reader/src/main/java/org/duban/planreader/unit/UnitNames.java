package org.duban.planreader.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duban.planreader.text.Hans;

/**
 * Splits a lead or assisting unit cell into unit names: "质量安全监督管理股/消费者权益保护股",
 * "前岐市场监督管理所、沙埕市场监督管理所", "办公室,各市场监督管理所". Names are kept as written; group names
 * ("各市场监督管理所", "机关各股(室)", "相关单位") are recognised by {@link #isGroup}.
 */
public final class UnitNames {

    /** "县市场监管局（牵头）", "县人民银行（按职责分工负责）": a note of the role after a name, no part of it. */
    private static final Pattern ROLE_MARK = Pattern.compile(
            "[（(](牵头|负责|主办|配合|协办|协助|按职责分工负责|按职责负责|按职责分工|分别负责|共同负责|按职责分工分别负责)[）)]");
    private static final Pattern FULL_STOPS = Pattern.compile("[。.]+$");
    /**
     * "…、功能区管委会负责落实", "市知识产权局按职责分工负责", "乡镇人民政府按职责分工分别负责", "市发改委牵头落实": what the
     * units are told to do is no part of a name; nor how they are to help ("省教育厅按照职责分工配合", its 配合 read apart).
     */
    private static final Pattern DUTY_AFTER = Pattern.compile(
            "(?:按照?职责分工|按照?職責分工|按照?职责|按照?職責|分别|分別|共同|各自)*(?:牵头|牽頭)?(?:负责|負責)?(?:落实|落實)?$");
    private static final String QUOTES = "\"“”'‘’";
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    /** "“春常在”艺术团": a name that opens with a quoted word keeps its quotes; only quotes around a whole name go. */
    private static final Pattern QUOTED_WORD_FIRST = Pattern.compile("^[“‘][^“”‘’]+[”’][^“”‘’\"']+$");
    private static final Pattern LEVEL_FIRST = Pattern.compile("[县市区乡镇縣區鄉鎮]");
    /** "各县", "各县、市", "各有关区": the start of 各县、市、区政府, still waiting for the body's name. */
    private static final Pattern OPEN_LEVELS = Pattern.compile("^各(?:有关|相关)?[县市区乡镇](、[县市区乡镇])*$");
    /** Separators that never occur inside a unit's name. */
    private static final Pattern HARD_SEPARATORS = Pattern.compile("[/／、,，;；|]+");
    /** Spaces and line breaks separate units ("县水务局 县住建局") or are a cell's wrapping ("食品 生产处"). */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    /** 和 and 及 also join words inside names (住房和城乡建设局, 发展和改革局); split on them only between two units. */
    private static final Pattern SOFT_SEPARATOR = Pattern.compile("以及|和|及|与");
    /** A bracketed note that ends a name: "环保局（宣）". */
    private static final Pattern NOTE_AT_END = Pattern.compile("[（(][^（()）]*[）)]$");
    /** The words that join two names and are found inside none (和 and 与 are: 住房和城乡建设局, 计量与标准化股). */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("以及|及");
    /** "文化和旅游部等和各有关省级人民政府": 等 closes a list, so the word after it joins two, whatever the names hold. */
    private static final Pattern AFTER_A_LIST = Pattern.compile("(?<=等)(?:以及|和|及|与)");
    /** "各地文化", "各级人力资源": every place's or level's field of work, which a name goes on after (各地区 is a group). */
    private static final Pattern FIELD_OF_EVERY_PLACE = Pattern.compile("^各[地级](?!区$|方$).+");
    /** What the name of a unit ends with: the grammar's endings, and the institutions and firms a cell may name. */
    private static final Set<String> UNIT_ENDINGS = Stream.concat(Arrays.stream(UnitGrammar.ENDINGS.split("\\|")),
            Stream.of("机构", "企业", "广播电台")).collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST_UNIT_ENDING = UNIT_ENDINGS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern GROUP = Pattern.compile("^(机关)?各|^(所有|全体|相关|有关|其他|其它)");

    /** Whether a name ends as a unit's does: with one of the endings, looked up by the name's last characters. */
    private static boolean endsAsAUnit(String n) {
        char last = n.charAt(n.length() - 1);
        if (!(UnitGrammar.endsAsANameDoes(n) || last == '构' || last == '业')
                || n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0 || UnitGrammar.endsAsNoBody(n)) {
            // a cell's name broken over lines ends as no one name does; and 十五运会 (of 十五运会和残特奥会…执委会) ends
            // like a body's name but is a gathering
            return false;
        }
        for (int k = 1; k <= Math.min(LONGEST_UNIT_ENDING, n.length()); k++) {
            if (UNIT_ENDINGS.contains(n.substring(n.length() - k))) {
                return true;
            }
        }
        return false;
    }
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    /** What a unit cell holds when it names none: a dash, 无, or "as the work needs" (联合部门 | 根据需要). */
    private static final Set<String> EMPTY_MARKS = Set.of("无", "/", "-", "—", "——", "／", "－", "暂无", "空", "略", "…",
            "根据需要", "根据工作需要", "视情况", "视情况而定", "视需要", "按需", "待定");

    /** "★区发改委、统计局": the mark a division table sets before a name (its lead's, as a note may say), no part of it. */
    public static final Pattern MARKED = Pattern.compile("(?<=^|[、，,；;\\s])[★☆▲]+");

    private UnitNames() {
    }

    public static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        // each pattern only where its mark is: this runs for every cell and clause that may name units
        String text = cell.strip();
        if (text.indexOf('★') >= 0 || text.indexOf('☆') >= 0 || text.indexOf('▲') >= 0) {
            text = MARKED.matcher(text).replaceAll("");
        }
        if (text.indexOf('(') >= 0 || text.indexOf('（') >= 0) {
            text = ROLE_MARK.matcher(text).replaceAll("");
        }
        if (text.endsWith("。") || text.endsWith(".")) {
            text = FULL_STOPS.matcher(text).replaceAll("");
        }
        if (text.endsWith("负责") || text.endsWith("落实") || text.endsWith("負責") || text.endsWith("牵头") || text.endsWith("牽頭")
                || text.endsWith("分工") || text.endsWith("职责") || text.endsWith("職責")) {
            text = DUTY_AFTER.matcher(text).replaceAll("");
        }
        if (EMPTY_MARKS.contains(text)) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String piece : levelsTogether(HARD_SEPARATORS.split(splitOutsideBrackets(text)))) {
            for (String spaced : spaced(piece)) {
                for (String name : splitSoft(spaced)) {
                    String n = clean(name);
                    // 「经管站 / 2 / 2023年底」: a stray cell of a number alone, copied into the unit column, names no one
                    if (!n.isEmpty() && !EMPTY_MARKS.contains(n) && !DIGITS.matcher(n).matches()) {
                        names.add(n);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * "各县、市、区政府" is one name for the governments of every county, city and district: a bare level between
     * separators joins its neighbours again; so does the kind of body after a count ("13个街道、镇").
     */
    private static List<String> levelsTogether(String[] pieces) {
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            // "各区、各部门": a piece that starts a group of its own is no level of the one before, and neither is one
            // that opens with no level ("各镇、街道物业站" is every town and the 街道物业站)
            String before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && (OPEN_LEVELS.matcher(before).matches() && !GROUP.matcher(p).lookingAt()
                    && LEVEL_FIRST.matcher(p).lookingAt()
                    // "13个街道、镇": the count is of both kinds of body
                    || UnitGrammar.COUNTED_GROUP.matcher(before + "、" + p).matches())) {
                out.set(out.size() - 1, before + "、" + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The lead and assisting units of a task. */
    public record Roles(List<String> lead, List<String> assist) {
    }

    /** "A会同B": A leads, B assists; "A主办、B协办", "A牵头、B配合" inside one lead cell. */
    private static final Pattern TOGETHER_WITH = Pattern.compile("会同|會同");
    private static final Pattern ASSISTS_AFTER = Pattern.compile("(?:协办|協辦|配合|协助|協助|参加|參加|参与|參與)$");
    private static final Pattern LEADS_AFTER = Pattern.compile("(?:主办|主辦|牵头|牽頭)$");

    /**
     * Sorts the names of a lead cell by the role words written with them: "县统计局会同县调查队" and a list's "会同县调查队"
     * (A会同B: B assists), "局防控办主办、各工作组协办" (the 协办/配合/协助/参加 unit assists, the word is no part of a
     * name, in either list).
     * A name whose rest is no unit stays as it is.
     */
    public static Roles byRole(List<String> leadNames, List<String> assistNames) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> assist = new LinkedHashSet<>();
        int[] helpers = helpersBetween(leadNames);
        for (int i = 0; i < leadNames.size(); i++) {
            String n = leadNames.get(i);
            if (i > helpers[0] && i < helpers[1]) {
                // "区发改委主办,各街道办事处、徐管委协办": the word after the last name says what the names before it do
                assist.add(withoutSentenceAfter(n));
                continue;
            }
            String s = Hans.simplified(n);
            Matcher with = TOGETHER_WITH.matcher(n);
            String helper = withoutAssistingWord(n);
            Matcher leads = LEADS_AFTER.matcher(n);
            if (with.find() && UnitGrammar.isUnitName(s.substring(with.end()))
                    && (with.start() == 0 || UnitGrammar.isUnitName(s.substring(0, with.start())))) {
                if (with.start() > 0) {
                    lead.add(withoutSentenceAfter(n.substring(0, with.start())));
                }
                assist.add(withoutSentenceAfter(n.substring(with.end())));
            } else if (helper != null) {
                assist.add(helper);
            } else if (leads.find() && UnitGrammar.isUnitName(s.substring(0, leads.start()))) {
                lead.add(n.substring(0, leads.start()));
            } else {
                lead.add(withoutSentenceAfter(n));
            }
        }
        for (String n : assistNames) {
            // "…、县医疗保障局等有关部门参加": the word that says they help is no part of the name
            String helper = withoutAssistingWord(n);
            assist.add(helper != null ? helper : withoutSentenceAfter(n));
        }
        assist.removeAll(lead);
        return new Roles(new ArrayList<>(lead), new ArrayList<>(assist));
    }

    /**
     * Where the names a helper's word covers lie: after the name marked as the lead's (区发改委主办) and before the name
     * the helper's word ends (徐管委协办), both exclusive; {-1, -1} when the names have no such pair.
     */
    private static int[] helpersBetween(List<String> names) {
        for (int l = 0; l < names.size(); l++) {
            if (LEADS_AFTER.matcher(names.get(l)).find()) {
                for (int a = l + 2; a < names.size(); a++) {
                    if (withoutAssistingWord(names.get(a)) != null) {
                        return new int[] {l, a};
                    }
                }
                break;
            }
        }
        return new int[] {-1, -1};
    }

    /** "各工作组协办", "县民政局参加": the name before the word that says it helps; null unless the rest is a unit. */
    private static String withoutAssistingWord(String n) {
        Matcher assists = ASSISTS_AFTER.matcher(n);
        return assists.find() && UnitGrammar.isUnitName(Hans.simplified(n.substring(0, assists.start())))
                ? n.substring(0, assists.start()) : null;
    }

    /**
     * A task's unit without the sentence its text ran on into ("县环境保护局工作要" of a field cut by a line break,
     * "其他部门全力" of 其他部门全力配合): only for the names a task keeps, as the finders judge a run by the whole of it.
     */
    private static String withoutSentenceAfter(String n) {
        if (n.length() < 4 || endsAsAUnit(n)) {
            return n;
        }
        return UnitGrammar.withoutSentenceAfter(n, Hans.simplified(n));
    }

    /** "各市场监督管理所", "机关各股(室)", "各直属单位", "相关单位": a name standing for several units. */
    public static boolean isGroup(String name) {
        return GROUP.matcher(name).find();
    }

    /** A "/" inside brackets ("机关各股(室/队)") is part of the name, not a separator. */
    private static String splitOutsideBrackets(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '（' || c == '〔') {
                depth++;
            } else if ((c == ')' || c == '）' || c == '〕') && depth > 0) {
                depth--;
            }
            int protect = PROTECTED.indexOf(c);
            sb.append(depth > 0 && protect >= 0 ? (char) (PLACEHOLDER + protect) : c);
        }
        return sb.toString();
    }

    /** The separators a bracket keeps inside a name ("各县（市、区）市场监管局"), and where they wait while it splits. */
    private static final String PROTECTED = "/／、，,；;";
    private static final char PLACEHOLDER = '\uE000';

    private static String unprotect(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            int i = c - PLACEHOLDER;
            sb.append(i >= 0 && i < PROTECTED.length() ? PROTECTED.charAt(i) : c);
        }
        return sb.toString();
    }

    /**
     * A piece with spaces in it: names side by side when most parts are units' names, else one name that a cell
     * wrapped (the spaces go: "食品 生产处" is 食品生产处).
     */
    private static List<String> spaced(String piece) {
        String[] parts = SPACES.split(piece.strip());
        if (parts.length == 1) {
            return List.of(parts[0]);
        }
        int units = 0;
        for (String part : parts) {
            if (UnitGrammar.isUnitName(Hans.simplified(clean(part)))) {
                units++;
            }
        }
        // "县教育局 县卫健局 相关企业" are three; "食品 生产处" is one name the cell wrapped
        return units * 2 > parts.length ? List.of(parts) : List.of(String.join("", parts));
    }

    /**
     * A unit cell's line breaks read: a break after a whole name ("西宁市食药监管局⏎海东、各州…", "经管站⏎2") parts two
     * entries and becomes a list's mark; a break inside a name, where a narrow column wrapped it ("宣传⏎材料组",
     * "监督⏎审计组"), is no break at all.
     */
    public static String lineBreaksRead(String cell) {
        if (cell.indexOf('\n') < 0) {
            return cell;
        }
        String[] lines = cell.split("\n", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String before = lines[i - 1].strip();
            String[] names = HARD_SEPARATORS.split(before);
            String last = names.length == 0 ? "" : clean(names[names.length - 1]);
            boolean whole = last.isEmpty() || UnitGrammar.isUnitName(Hans.simplified(last))
                    || !lines[i].strip().isEmpty() && !Character.isIdeographic(lines[i].strip().codePointAt(0));
            sb.append(whole ? "、" : "").append(lines[i]);
        }
        return sb.toString();
    }

    private static final Pattern GROUP_FIRST = Pattern.compile("各|相关|有关");

    private static List<String> splitSoft(String piece) {
        if (UnitGrammar.ROLE_NOUN.matcher(Hans.simplified(piece)).matches()) {
            // "各参与部门": those holding a part in the plan, no 各参 with its 部门
            return List.of(piece);
        }
        List<String> closed = splitOn(AFTER_A_LIST, piece);
        if (closed != null) {
            return closed.stream().flatMap(part -> splitSoft(part).stream()).toList();
        }
        List<String> parts = splitOn(SOFT_SEPARATOR, piece);
        if (parts == null) {
            // "县人力资源和社会保障局等部门及各相关企业": 和 inside a name, 及 between two
            parts = splitOn(BETWEEN_NAMES, piece);
        }
        return parts == null ? List.of(piece) : parts;
    }

    /** The pieces between the words, when each is a unit's name; null when one is not (or there is no word). */
    private static List<String> splitOn(Pattern words, String piece) {
        String[] parts = words.split(piece);
        if (parts.length == 1) {
            return null;
        }
        for (String part : parts) {
            // "环保局（宣）及各相关单位": a name's bracketed note does not hide what it ends with
            // "教育部等和地方人民政府": 等 closes the list before the word, and the name before it is still a name
            String bare = NOTE_AT_END.matcher(Hans.simplified(clean(part))).replaceAll("").replaceFirst("(?<=.)等$", "");
            // "…等部门及各相关企业", "…各部门（单位）及相关市（州）": a group of bodies after the word is one of the list,
            // whatever it ends with; but "各地文化" (of 各地文化和旅游部门) is every place's field of work, the name going
            // on past the 和
            if (!(!bare.isEmpty() && endsAsAUnit(bare)) && !(GROUP_FIRST.matcher(bare).lookingAt()
                    && UnitGrammar.isUnitName(bare) && !FIELD_OF_EVERY_PLACE.matcher(bare).matches())) {
                return null;
            }
        }
        return List.of(parts);
    }

    private static String clean(String name) {
        String n = unprotect(name.strip());
        if (!n.isEmpty() && (QUOTES.indexOf(n.charAt(0)) >= 0 || QUOTES.indexOf(n.charAt(n.length() - 1)) >= 0)
                && !QUOTED_WORD_FIRST.matcher(n).matches()) {
            n = QUOTES_AROUND.matcher(n).replaceAll("");
        }
        // a bracket the list's own brackets left behind: "（市场监管分局", "各成员单位）"
        if (n.startsWith("(") || n.startsWith("（")) {
            if (depth(n) > 0) {
                n = n.substring(1).strip();
            }
        }
        if ((n.endsWith(")") || n.endsWith("）")) && depth(n) < 0) {
            n = n.substring(0, n.length() - 1).strip();
        }
        return n;
    }

    private static int depth(String s) {
        int d = 0;
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '（') {
                d++;
            } else if (c == ')' || c == '）') {
                d--;
            }
        }
        return d;
    }
}
