package org.duban.planreader.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duban.planreader.text.Hans;
import org.duban.planreader.unit.UnitGrammar;

/**
 * The labelled fields of an item: 牵头单位：…, 责任单位：…, 配合单位：…, 完成时限：…, wherever they stand (a line of their
 * own, inline, in brackets of any kind), with full- or half-width colons, in simplified or traditional characters.
 * Labels the reader has no use for (活动地点, 责任人…) still end the value before them.
 */
final class Labels {

    enum Kind { LEAD, RESPONSIBLE, ASSIST, TIME, CONTENT, OTHER }

    /** One field: its kind, its label as written, its value as written. */
    record Field(Kind kind, String label, String value) {
    }

    /** Who leads: also who is primarily responsible (主责单位) and the responsible one that leads (责任牵头单位). */
    private static final String LEAD = "牵头单位|牵头部门|牵头股室|牵头科室|牵头处室|牵头机构|主办单位|主办部门|主办|牵头|组织单位"
            + "|主责单位|主责部门|责任牵头单位|责任牵头部门";
    /** Who is responsible: also who carries it out (落实单位, as a division of work writes it). */
    private static final String RESPONSIBLE = "责任单位|责任部门|责任股室|责任科室|责任处室|负责单位|负责部门|实施单位"
            + "|实施主体|责任主体|检查主体|抽查主体|执法主体|执行单位|承办单位|承办|落实单位|落实部门|落实主体"
            + "|部门分工|责任分工|分工|负责";
    private static final String ASSIST = "配合单位|配合部门|配合股室|配合科室|配合处室|协助单位|协助部门|协办单位|协办部门|协办"
            + "|参与单位|参与部门|参加单位|参加部门|协同单位|协作单位|协作部门|联办单位|联办部门|配合|协助|参与";
    private static final String TIME = "完成时限要求|完成时限|完成时间|完成期限|时限要求|时间要求|办结时限|截止时间|时间安排|时间节点|进度安排"
            + "|活动时间|实施时间|开展时间|工作时限|时间|时限|日期"
            // the time of what the item holds: 比赛时间, 灯展时间, 燃放时间, 展览时间 (not a page's 发布时间, nor 报名时间)
            + "|(?!发布|發布|更新|上传|上傳|发表|發表|颁布|頒布|生效|废止|廢止|发文|發文|成文|印发|印發|报名|報名)[\\u4e00-\\u9fa5]{2}时间"
            // and by when it is to be done: 治理时限, 公开时限
            + "|[\\u4e00-\\u9fa5]{2}时限";
    /**
     * 牵头责任单位, 协同责任单位, 牵头负责领导, 配合责任部门, 任务部门, 承担单位: a role word, maybe a duty word, then who;
     * an assessment's 牵头考核单位 (who leads and scores the item) and a project's 牵头验收单位 likewise.
     */
    private static final String COMPOUND = "(?:主要)?(?:牵头|协同|协作|配合|协助|主办|主责|责任|负责|实施|承办|承担|任务|参与|落实|联办)"
            + "(?:责任|负责|落实|实施|考核|验收|推进|督办|督导|协作)?"
            // "牵头处（室）：", "配合协作处（室）：": an office's bracketed kind, as a bureau's own papers write it
            + "(?:单位|部门|股室|科室|处室|队室|站所|领导|人|[处科股][（(]室[）)])";
    private static final String CONTENT = "活动内容|工作内容|任务内容|活动名称|任务名称|活动项目|工作任务"
            // "1、內容:…啟動儀式 / 時間:… / 地點:…": an item that names its activity under the bare label
            + "|内容";
    private static final String OTHER = "活动地点|活动范围|活动对象|参加对象|参加人员|活动形式|地点|范围|对象|形式"
            + "|工作目标|目标任务|目标|牵头领导|分管领导|责任领导|责任人|联系人|联系电话|电话|备注|工作要求|要求"
            // who and where, named for what the item holds: 参赛对象, 竞赛地点, 活动线路; where a measure applies: 适用范围
            + "|[\\u4e00-\\u9fa5]{2}(?:对象|地点|线路|路线|范围)";
    /** "时 间：", "地　点：": two-character labels set out to the width of four, as forms write them. */
    private static final String SPACED = Stream.of(LEAD, RESPONSIBLE, ASSIST, TIME, OTHER)
            .flatMap(alternation -> Stream.of(alternation.split("\\|"))).filter(label -> label.length() == 2)
            .map(label -> label.charAt(0) + "[ \\u3000]{1,3}" + label.charAt(1)).collect(Collectors.joining("|"));
    /**
     * A rectification list's fields name the rectifying before the role or the time: "问题整改责任单位：市科技馆 整改时限：
     * 3天", "整改牵头单位：…".
     */
    private static final String RECTIFYING = "(?:问题)?整改"
            // a spot check's fields likewise: "抽查责任主体：温泉县水资源水政管理站", "检查牵头单位：…"
            + "|抽查|检查";
    private static final Pattern RECTIFYING_FIRST = Pattern.compile("^(?:" + RECTIFYING + ")(?=\\S{2})");
    private static final String LABELS = "(?:" + RECTIFYING + ")?(?:" + COMPOUND + "|" + LEAD + "|" + RESPONSIBLE + "|" + ASSIST + "|"
            + TIME + ")|" + CONTENT + "|" + OTHER;
    /** "责任单位：…", or a label set in lenticular brackets without its colon: "【牵头单位】计量所【时间】9月". */
    private static final String BEFORE_A_LABEL = "(?<=^|[\\s\\u3000\\u00a0（(【〔\\[；;，,。：:、】〕\\])])(";
    private static final String COLON_LABEL = BEFORE_A_LABEL + LABELS + ")[ \\u3000]*[:：]";
    private static final Pattern LABEL = Pattern.compile(COLON_LABEL);
    /** The same, where the text holds a lenticular bracket: most texts hold none, and are searched the cheaper way. */
    private static final Pattern LABEL_OR_BRACKETED = Pattern.compile(COLON_LABEL + "|【\\s*(" + LABELS + ")\\s*】[:：]?");
    /** The same with the labels set out wide, where the text holds a character, a space and a character before a colon. */
    private static final Pattern LABEL_OR_SPACED = Pattern.compile(BEFORE_A_LABEL + LABELS + "|" + SPACED + ")[ \\u3000]*[:：]");
    private static final Pattern SET_OUT_WIDE = Pattern.compile("[\\u4e00-\\u9fa5][ \\u3000]{1,3}[\\u4e00-\\u9fa5][ \\u3000]*[:：]");
    /**
     * A role's or a time's label run onto the value before it, where a copy lost the space between them: "(责任领导:魏志明
     * 责任部门:市容管理股)". Looked for only after a label of the same run in the same brackets, so that no word in a
     * sentence is taken for one.
     */
    private static final Pattern GLUED = Pattern.compile("((?:" + RECTIFYING + ")?(?:" + COMPOUND + "|" + LEAD + "|"
            + RESPONSIBLE + "|" + ASSIST + "|" + TIME + "))[ \\u3000]*[:：]");
    /** "…二、欢乐粽动员活动时间:": the next item's number before a label (a whole page run onto one line). */
    private static final Pattern ITEM_MARK = Pattern.compile(
            "[一二三四五六七八九十]{1,3}、|\\d{1,2}[、.．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)]");
    /** The most characters of the value before a label run onto it. */
    private static final int LONGEST_GLUED_VALUE = 30;
    private static final Pattern OPEN = Pattern.compile("[（(【〔\\[]");
    private static final Pattern CLOSE = Pattern.compile("[）)】〕\\]]");

    private Labels() {
    }

    /** The fields in a text, in order. */
    static List<Field> in(String text) {
        List<Field> fields = new ArrayList<>();
        if (text == null) {
            return fields;
        }
        String simple = Hans.simplified(text);
        List<int[]> spans = spans(simple);
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            int limit = i + 1 < spans.size() ? spans.get(i + 1)[3] : text.length();
            String value = valueOf(text, s[2], limit);
            String label = simple.substring(s[0], s[1]);
            Kind kind = kindOf(label);
            if (kind == Kind.LEAD || kind == Kind.RESPONSIBLE || kind == Kind.ASSIST) {
                value = beforeTheClosing(tellsDuties(value) ? dutiesToTheLineEnd(text, s[2], limit)
                        : withUnitLinesBelow(text, s[2], limit, value));
            }
            fields.add(new Field(kind, text.substring(s[0], s[1]), value));
        }
        return fields;
    }

    /**
     * Where the last item's unit field runs on, in a page run together on one line, into what closes the notice: its
     * attachments (…经济发展处 附件：排查汇总表 …) or its signature, the signing body's name and the date (…经济发展处平潭综合
     * 实验区苏平片区管理局 2023年3月16日 来源：…), the space between the last unit and the signer often lost.
     */
    private static final Pattern ATTACHMENTS = Pattern.compile("[ \\u3000]+附件[：:\\d]");
    private static final Pattern SIGNED_ON = Pattern.compile(
            "[ \\u3000]*(?:\\d{4}|[〇○零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日");
    private static final Pattern LAST_NAME = Pattern.compile("[^、，,；;\\s]+$");

    /** A unit field's value without what closes the notice after it, where it ran on into that. */
    private static String beforeTheClosing(String value) {
        Matcher attachments = ATTACHMENTS.matcher(value);
        if (attachments.find()) {
            value = value.substring(0, attachments.start());
        }
        Matcher date = SIGNED_ON.matcher(value);
        if (!date.find() || date.start() == 0) {
            return value;
        }
        Matcher last = LAST_NAME.matcher(value.substring(0, date.start()));
        if (!last.find()) {
            return value;
        }
        String name = Hans.simplified(last.group());
        for (int k = 2; k <= name.length() - 2; k++) {
            if (UnitGrammar.isUnitName(name.substring(0, k)) && UnitGrammar.isUnitName(name.substring(k))) {
                // "经济发展处平潭综合实验区苏平片区管理局": the last unit and the signer, run together
                return value.substring(0, last.start() + k);
            }
        }
        boolean setApart = last.start() > 0 && Character.isWhitespace(value.charAt(last.start() - 1));
        // "…经济发展处 平潭综合实验区苏平片区管理局 2023年3月16日": the signer set apart from the units before it
        return setApart && UnitGrammar.isUnitName(name) ? value.substring(0, last.start()) : value;
    }

    /**
     * "主办单位:___市总工会 / ___市委文明办 / ___市文化体育新闻出版局": a unit field's value that ends with its line, and the
     * lines under it that hold nothing but units, set out one body a line as a form lists them.
     */
    private static String withUnitLinesBelow(String text, int from, int limit, String value) {
        int lineEnd = text.indexOf('\n', from);
        if (value.isEmpty() || lineEnd < 0 || lineEnd >= limit || !text.substring(from, lineEnd).strip().startsWith(value)) {
            return value;
        }
        StringBuilder units = new StringBuilder(value);
        for (int at = lineEnd + 1; at < limit; ) {
            int next = text.indexOf('\n', at);
            int end = next < 0 || next > limit ? limit : next;
            String line = SEPARATORS_AT_END.matcher(text.substring(at, end).strip()).replaceAll("");
            if (line.isEmpty() || !UnitGrammar.isUnitList(Hans.simplified(line))) {
                break;
            }
            units.append('、').append(line);
            at = end + 1;
        }
        return units.toString();
    }

    private static final Pattern SEPARATORS_AT_END = Pattern.compile("[，,、。；;]+$");

    /** "负责…，" after a name: a unit field's value that tells its units their duties in sentences. */
    private static final Pattern DUTY_SENTENCES = Pattern.compile("[\\u4e00-\\u9fa5](?:负责|負責)[^，,；;。]*[，,；;。]");

    /**
     * Whether a unit field's value tells its units their duties in sentences ("责任分工：市气象学会负责开放活动的组织协调，
     * 负责联系学校和学生参观；办公室…负责活动宣传"): its units are then the sentences' doers, not its pieces.
     */
    static boolean tellsDuties(String value) {
        return value != null && DUTY_SENTENCES.matcher(Hans.simplified(value)).find();
    }

    /**
     * "责任科室：征集编研科负责展览的图片…。办公室负责统一制作展板…。法规业务科负责…": a field of duty sentences runs on past
     * each sentence's end to the end of its line.
     */
    private static String dutiesToTheLineEnd(String text, int from, int limit) {
        int lineEnd = text.indexOf('\n', from);
        return SEPARATORS_AT_END.matcher(text.substring(from, lineEnd < 0 || lineEnd > limit ? limit : lineEnd).strip())
                .replaceAll("");
    }

    /** Where the first label starts (the item's own words end there), or -1. */
    static int firstLabelAt(String text) {
        List<int[]> spans = spans(Hans.simplified(text));
        if (spans.isEmpty()) {
            return -1;
        }
        int at = spans.get(0)[0];
        // "〔牵头单位：…" and "（责任单位：…": the bracket opening the labels goes too
        while (at > 0 && OPEN.matcher(String.valueOf(text.charAt(at - 1))).matches()) {
            at--;
        }
        return at;
    }

    /** The most characters a label and the spaces after it take before its colon. */
    private static final int LONGEST_LABEL = 60;

    /**
     * Where the labels of a text are, in order: each as its label's start and end, the end of its colon (where the
     * value starts) and the start of the whole. Every label has a colon or a lenticular bracket after it, so the
     * labels are looked for only just before those, not at every character of the text.
     */
    private static List<int[]> spans(String simple) {
        List<int[]> spans = new ArrayList<>();
        boolean bracketed = simple.indexOf('【') >= 0;
        if (!bracketed && simple.indexOf('：') < 0 && simple.indexOf(':') < 0) {
            return spans;
        }
        Pattern labels = bracketed ? LABEL_OR_BRACKETED : SET_OUT_WIDE.matcher(simple).find() ? LABEL_OR_SPACED : LABEL;
        Matcher m = labels.matcher(simple).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int mark = 0; mark < simple.length(); mark++) {
            char c = simple.charAt(mark);
            if (c != '：' && c != ':' && c != '】' || mark < from) {
                continue;
            }
            // a colon after the bracket is the label's too
            m.region(Math.max(from, mark - LONGEST_LABEL), Math.min(simple.length(), mark + 2));
            if (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                spans.add(new int[] {m.start(g), m.end(g), m.end(), m.start()});
                from = m.end();
            } else if (!spans.isEmpty() && mark - from <= LONGEST_GLUED_VALUE) {
                Matcher glued = GLUED.matcher(simple).region(from, Math.min(simple.length(), mark + 1));
                if (glued.find() && glued.end() == mark + 1 && glued.start() > from
                        && isAValue(simple.substring(from, glued.start()))
                        && (inBrackets(simple, spans.get(spans.size() - 1)[3], mark)
                                // "牵头单位：区党群工作部参加单位：…": outside brackets, after a value that is units alone (a
                                // page run onto one line)
                                || UnitGrammar.isUnitList(simple.substring(from, glued.start()).strip()))) {
                    spans.add(new int[] {glued.start(1), glued.end(1), glued.end(), glued.start()});
                    from = glued.end();
                }
            }
        }
        return spans;
    }

    /**
     * Whether the labels from {@code start} to {@code mark} stand in one pair of brackets, as an item's fields after
     * its sentence do ("(责任领导:…责任部门:…)"); a page run onto one line glues its items' headings onto their labels
     * too.
     */
    private static boolean inBrackets(String simple, int start, int mark) {
        if (start == 0 || !OPEN.matcher(simple.substring(start - 1, start)).matches()) {
            return false;
        }
        for (int i = start; i < mark; i++) {
            if (CLOSE.matcher(simple.substring(i, i + 1)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stretch before a label run onto it is only a value: no sentence's end, line break or item's number. */
    private static boolean isAValue(String stretch) {
        return stretch.chars().noneMatch(ch -> ch == '。' || ch == '\n') && !ITEM_MARK.matcher(stretch).find();
    }

    private static final Pattern SPACES = Pattern.compile("[ \\u3000]+");
    private static final Pattern IS_COMPOUND = Pattern.compile(COMPOUND);
    private static final Pattern IS_ROLE = Pattern.compile(LEAD + "|" + RESPONSIBLE + "|" + ASSIST);
    private static final Pattern OF_PEOPLE = Pattern.compile(".*(领导|人)$");
    private static final Pattern ASSISTING = Pattern.compile("(主要)?(协同|协作|配合|协助|参与|联办)");
    private static final Pattern LEADING = Pattern.compile("(主要)?(牵头|主办|主责)");
    private static final List<Map.Entry<Pattern, Kind>> KINDS = List.of(Map.entry(Pattern.compile(CONTENT), Kind.CONTENT),
            Map.entry(Pattern.compile(LEAD), Kind.LEAD), Map.entry(Pattern.compile(RESPONSIBLE), Kind.RESPONSIBLE),
            Map.entry(Pattern.compile(ASSIST), Kind.ASSIST), Map.entry(Pattern.compile(TIME), Kind.TIME));

    private static Kind kindOf(String written) {
        String whole = SPACES.matcher(written).replaceAll("");
        String label = RECTIFYING_FIRST.matcher(whole).replaceFirst("");
        Kind kind = kindOfLabel(label);
        // "检查主体" is a label as it stands, not 检查 before a label
        return kind == Kind.OTHER && !label.equals(whole) ? kindOfLabel(whole) : kind;
    }

    private static Kind kindOfLabel(String label) {
        if (IS_COMPOUND.matcher(label).matches() && !IS_ROLE.matcher(label).matches()) {
            if (OF_PEOPLE.matcher(label).matches()) {
                return Kind.OTHER;
            }
            return ASSISTING.matcher(label).lookingAt() ? Kind.ASSIST
                    : LEADING.matcher(label).lookingAt() ? Kind.LEAD : Kind.RESPONSIBLE;
        }
        for (Map.Entry<Pattern, Kind> k : KINDS) {
            if (k.getKey().matcher(label).matches()) {
                return k.getValue();
            }
        }
        return Kind.OTHER;
    }

    /**
     * A value runs to the next label, the end of its line, a 。 or ；, or a closing bracket that it did not open itself
     * (the bracket around the labels); brackets inside a name ("各街道（功能区）") stay.
     */
    private static String valueOf(String text, int from, int limit) {
        int depth = 0;
        int end = limit;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            if (OPEN.matcher(s).matches()) {
                depth++;
            } else if (CLOSE.matcher(s).matches()) {
                if (depth == 0) {
                    end = i;
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '。' || c == '；' || c == ';' || c == '\n')) {
                end = i;
                break;
            }
        }
        return text.substring(from, end).strip().replaceAll("[，,、。；;\\s]+$", "");
    }
}
