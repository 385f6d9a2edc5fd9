package org.duban.planreader.find;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duban.planreader.UnitDirectory;
import org.duban.planreader.document.Documents;
import org.duban.planreader.document.Numbering;
import org.duban.planreader.document.OfficialDocument;
import org.duban.planreader.document.Part;
import org.duban.planreader.layout.Columns;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.ChineseNumerals;
import org.duban.planreader.time.TimesInText;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/**
 * Tasks in the numbered outline of a notice's body: an item (一、 / （一） / 1. / （1） / ① …, or a paragraph that
 * starts with its date) is a task when its own text carries labelled fields (牵头单位：…, 完成时限：…) or, failing
 * labels anywhere, names its units in the sentence (由…负责, …牵头, …会同…). An item whose sub-items carry the fields is
 * a section of them. The task is the item's first sentence; its time the labelled one, else the date it starts
 * with, else the first time its text names.
 */
public final class OutlineFinder {

    /**
     * What the outline holds: its tasks, whether they came from labels or only from the prose, and the document line
     * each task stands at (the line of the item it came from; empty where the lines are not known).
     */
    public record Result(List<RawTask> tasks, boolean labelled, List<Level> levels, List<Integer> lines) {

        Result(List<RawTask> tasks, boolean labelled, List<Level> levels) {
            this(tasks, labelled, levels, List.of());
        }
    }

    /** "三、主办、承办单位", "三、实施单位", "三、活动组织": who holds the event, listed, not a piece of work. */
    private static final String HOSTS = "(?:主办|承办|协办|支持|主)(?:[、和及与](?:主办|承办|协办|支持))*单位|(?:活动|实施|举办)(?:单位|组织)|组织单位";
    private static final Pattern PLAN_PART = Pattern.compile(
            "(?:活动|工作|有关|相关|其他|其它|具体)?(?:要求|总要求|工作要求|组织领导|组织机构|组织保障|领导小组|注意事项|其他事项|联系方式|"
                    + "指导思想|总体要求|工作目标|活动目的|目标要求|目的要求|活动主题|活动时间|活动地点|活动形式|参加人员|参加对象"
                    + "|" + HOSTS + ")[。.]?");
    /** The label of who holds the whole event ("实施单位"), heading an item of the plan's parts. */
    private static final Pattern HOSTS_LABEL = Pattern.compile(HOSTS);
    /** "组织领导：由…组成领导小组": the part of a plan that says who runs it, not a piece of its work. */
    private static final Pattern ORGANISING = Pattern.compile("组织领导|组织机构|组织保障|领导小组|领导机构|工作机构|联系方式");
    /**
     * "9月1日—9月30日：全国“质量月”", "9月10日前，各乡镇…", "3月:防范电信网络诈骗主题教育" (a month of two characters): a
     * paragraph led by its date, parted from the rest by a colon or a comma (not a clock's colon: 2月4日16:00).
     */
    private static final Pattern DATE_LED = Pattern.compile(
            "^\\s*(.{2,30}?)\\s*(?:(?<!\\d)[:：]|[:：](?!\\d{2})|[，,])\\s*(\\S.*)$");
    /** The bracket that closes an item, a name's own bracket inside it: "（省经信委、省发改委（省能源局））". */
    private static final Pattern UNITS_AT_END = Pattern.compile(
            "[（(〔\\[]((?:[^（()）〔〕\\[\\]]|[（(][^（()）〔〕]{1,20}[）)]){2,120})[）)〕\\]][。；;]?\\s*$");
    /** "…中介服務事項清單。(國務院審改辦、人力": the bracket of units after a sentence, the text cut off inside it. */
    private static final Pattern UNITS_CUT_OFF = Pattern.compile("(?<=[。；;])\\s*[（(〔\\[]([^（()）\\n]{1,120})$");
    /** "此项工作由" opening a bracket of units: whose the work is, no part of a name. */
    private static final Pattern BRACKET_DOER = Pattern.compile(
            "^\\s*(?:此项|该项|本项|这项|此項|該項|本項|這項)?(?:工作|活动|任务|活動|任務)?由(?=\\S)");
    /**
     * "（…等和地方人民政府按职责分工负责。以下均需地方人民政府负责，不再列出）": a note after the units on the items below, no
     * name; the note that the first named leads is read apart (FIRST_LEADS).
     */
    private static final Pattern LATER_NOTE = Pattern.compile(
            "[。；;]\\s*(?:以下|下同|后同)[^。；;]*(?:不再(?:一一)?列出|下同|后同)[^。；;]*$"
                    // "（市人社局，此项及以下任务均需各县(市、区)落实，不再列出。各责任单位按职责分工落实）": all after it
                    + "|[，,]\\s*此项及以下[^。；;]*不再(?:一一)?列出.*$");
    /**
     * "以下均需地方人民政府负责，不再列出", "此项及以下任务均需各县(市、区)落实，不再列出": the bodies that carry out every
     * item from here on, named once.
     */
    private static final Pattern NAMED_FOR_ALL_BELOW = Pattern.compile(
            "(此项及)?以下(?:各项|所有)?(?:工作|任务|事项)?均(?:需|须|由)([^。；;，,]{2,60}?)"
                    + "(?:负责落实|负责|落实|承担|实施)[，,]?不再(?:一一)?列出");
    /** "…、工业和信息化部牵头负责": the units before it all lead. */
    private static final Pattern LEADS_AT_END = Pattern.compile("(?:牵头(?:负责|落实|实施|推进)?|指导)$");
    private static final Pattern TAKES_PART_AT_END = Pattern.compile("(?:参加|参与|配合|协助|參加|參與|協助)$");
    /** "按职责分工", "分别", "共同": how the bodies named share a duty, before the word for it. */
    private static final String SHARED_DUTY = "按职责分工|按职责|按照职责|分工|分别|共同";
    private static final Pattern DUTY_AT_END = Pattern.compile(
            // "（自然资源部、工业和信息化部指导）": the ministries that guide a piece the places carry out
            "(?:(?:" + SHARED_DUTY + "|牵头)?(?:负责|落实|实施|推进)|指导)$");
    /** "（县委宣传部、县应急局分工负责；各乡镇）": the duty said after some names, before the others'. */
    private static final Pattern SHARED_DUTY_BETWEEN = Pattern.compile(
            "(?<=[\\u4e00-\\u9fa5）)])(?:" + SHARED_DUTY + ")(?:负责|落实)(?=[；;，,])");
    /**
     * "市委宣传部、文广新局：负责…", and the units standing before their duty as a sentence or a line of their own
     * ("县环保局。负责…", "市醫改辦 / 負責…").
     */
    private static final Pattern UNIT_LED = Pattern.compile(
            "^\\s*([^，,。：:；;\\n]{2,60})(?:[:：]|。\\s*(?=负责|負責)|\\n)\\s*(?=\\S)");
    /** "县教育局（7月7日）": a heading of units and, in brackets, their day. */
    private static final Pattern UNITS_THEN_TIME = Pattern.compile("^\\s*([^，,。：:；;（(]{2,40})[（(]([^（()）]{2,20})[）)]\\s*$");
    /**
     * Where a sentence ends; a plain question mark between words ("情满中秋?祝福祖国") is a character the copy lost
     * (a middle dot, a full-width space), not the end of a question.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？]|\\?(?![\\u4e00-\\u9fa5“‘])");
    /**
     * "排名第一的为牵头单位", "列第一位者为工作牵头单位", "首位单位为牵头单位", "第一责任单位为牵头单位": which of the units
     * named leads, said once for all (…，下同).
     */
    private static final String FIRST_LEADS_NOTE = "(?:(?:排名|排在|列在|排|列|名列)?第一(?:位|个)?|(?:排在|列在|列|排)?首位)(?:的|者)?"
            // "列第一位者为牵头或汇总单位": the one that leads, or gathers the others' reports
            + "(?:责任)?(?:单位|部门)?为(?:工作)?牵头(?:或汇总|或主办|或召集)?(?:单位|部门)";
    /** The note closing a bracket of units: "（市发改委、市农委。排名第一的为牵头单位，下同）". */
    private static final Pattern FIRST_LEADS = Pattern.compile("[。；;，,\\s]*" + FIRST_LEADS_NOTE + ".*$");
    /** The note in a bracket of its own after the first unit of a field: "责任单位：县发改局（首位单位为牵头单位，下同）、…". */
    private static final Pattern FIRST_LEADS_BRACKET = Pattern.compile("[（(][^（()）]*" + FIRST_LEADS_NOTE + "[^（()）]*[）)]");

    /** What a cut line may end in that belongs to what was cut: "，" "（" "：". */
    private static final Pattern OPEN_AT_END = Pattern.compile("[\\s（(【〔\\[，,；;：:、]+$");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d\\s*[月日号]");
    /** "于2019年4月底前完成", "6月30日前全部完成", "在9月底以前完成": the day a piece of work is to be done by. */
    private static final Pattern DONE_BY = Pattern.compile(
            "\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日|底|末|[上中下]旬)?\\s*(?:前|以前|之前)[^，,。；;]{0,6}完成");

    private OutlineFinder() {
    }

    static final class Item {
        final Part.Paragraph head;
        final int rank;
        final String written;
        final String dateLed;
        final StringBuilder own = new StringBuilder();
        final List<Item> children = new ArrayList<>();
        final Item parent;
        List<Labels.Field> fields = List.of();
        private ProseRoles.Found prose;
        private UnitDirectory directory;
        /** "市委宣传部、文广新局：负责…": the units the item opens with, as a label of their own. */
        List<String> unitLed = List.of();
        /** "（一）《仲裁法》（市局法制处）": the units in the bracket the item's first line ends with. */
        List<String> unitsInBracket = List.of();
        /** "（A牵头，B、C参与）": the units the bracket names as taking part, after those who lead. */
        List<String> assistInBracket = List.of();
        /** The notice said of its brackets of units that the one named first leads (排名第一的为牵头单位). */
        boolean firstLeads;
        /** "（…。以下均需地方人民政府负责，不再列出）": the bodies its note names for every item from it on. */
        List<String> namedForAllBelow = List.of();
        /** The item above whose note names bodies for this one too (NAMED_FOR_ALL_BELOW). */
        Item noteAbove;
        /** "（农业农村部、工业和信息化部牵头负责）": its bracket says who leads, whatever the note on the first named. */
        boolean bracketSaysWhoLeads;
        /** Whether it is the last of a list of one-paragraph items closed by their units (asked once). */
        Boolean endsAListOfOneParagraphEach;
        /**
         * "（一）强化顶层设计引领，…作用。建立…指标体系，发挥导向引领作用。…（生态环境部牵头）": a group's heading with its
         * first piece run on after it, over the pieces that follow: the task is that piece, not the group.
         */
        boolean headsItsPieces;
        /** "牵头处（室）：扶贫开发指导处": the group's lead over this item, which names its own units in its sentence. */
        String groupLead;
        /** "（一）县教育局（7月7日）": a heading that is only who does it and when; its next line says what. */
        String headingTime;
        /** Its time as a part of the plan's own lists it apart from the item ("五、完成时限 / （一）2014年12月底前，…"). */
        String listedTime;
        /**
         * "2月4日 活动一 / 一、… / 二、…": a dated paragraph over the list that follows it, a rank above that list; and
         * the days after it, which stand as high.
         */
        boolean headsAList;
        /** Whether the text ends with this item (its last words, maybe cut off). */
        boolean endsTheText;
        /** The width a copy of a page broke its lines at, 0 when its lines are paragraphs. */
        int pageWidth;
        /** The item read as a task of a prose outline, once asked (null until then, or when it is no task). */
        private RawTask asProse;
        private boolean asProseRead;

        Item(Part.Paragraph head, int rank, String written, String dateLed, Item parent) {
            this.head = head;
            this.rank = rank;
            this.written = written;
            this.dateLed = dateLed;
            this.parent = parent;
        }

        /**
         * Whether the item says who does it in a form of its own: unit fields (牵头单位：…), the units it opens with
         * (市委宣传部：负责…), or the units in the bracket it ends with (…（市局法制处）). A time field alone does not.
         */
        boolean labelled() {
            return !unitLed.isEmpty() || !unitsInBracket.isEmpty() || !assistInBracket.isEmpty()
                    || namesItsUnitsInAField();
        }

        /** Whether a field of its own names who leads, answers for or assists in it ("（责任单位：各委办局）"). */
        boolean namesItsUnitsInAField() {
            return fields.stream().anyMatch(f -> !f.value().isBlank() && (f.kind() == Labels.Kind.LEAD
                    || f.kind() == Labels.Kind.RESPONSIBLE || f.kind() == Labels.Kind.ASSIST));
        }

        /** Whether it is labelled by who leads or answers for it, not only by who takes part. */
        boolean saysWhoLeads() {
            // "七、组织、分工：" over its numbered items: a label that names no one says nothing of who leads
            return !unitLed.isEmpty() || !unitsInBracket.isEmpty() || fields.stream().anyMatch(f -> !f.value().isBlank()
                    && (f.kind() == Labels.Kind.LEAD || f.kind() == Labels.Kind.RESPONSIBLE));
        }

        boolean timed() {
            return fields.stream().anyMatch(f -> f.kind() == Labels.Kind.TIME);
        }

        /** "该项工作于2019年4月底前完成": its text sets the day it is to be done by, in a sentence of its own words. */
        boolean completesBy() {
            return DONE_BY.matcher(own).find();
        }

        boolean labelledBelow() {
            return children.stream().anyMatch(c -> c.labelled() || c.labelledBelow());
        }

        boolean proseBelow() {
            return children.stream().anyMatch(c -> c.prose().any() || c.proseBelow());
        }

        /**
         * Whether an item below it gives its own time: in a field of its own ("1.严把审核关。…（完成时限：6月30日前）"),
         * or as a step's ("（一）检查摸底阶段（即日起至9月底）").
         */
        boolean timedBelow() {
            return children.stream().anyMatch(c -> (c.timed() || c.dateLed != null || c.completesBy())
                    && c.children.isEmpty() || isDatedStep(c) || c.timedBelow())
                    // "四、时间安排 / （一）4月中旬，拟制…方案 / （二）4月下旬，召开座谈会": a schedule, each item opening with its time
                    || aListOf(children, OutlineFinder::opensWithItsDate)
                    // "五、活动内容及时间安排 / 1.…彩粉跑步活动(4月20日) / 2.…十佳歌手大赛总决赛(4月20日)": activities each
                    // closing its line with its day
                    || aListOf(children, OutlineFinder::closesWithItsDay);
        }

        /** The units its sentences name, read when first asked: most notices are settled by their labels. */
        ProseRoles.Found prose() {
            if (prose == null) {
                // "筹备阶段（8月31日前）总行办公室制定…": the stage and its time, then the sentence's subject
                prose = ProseRoles.in(withoutStageTime(withoutFields(own.toString()).strip(), "，"), directory);
                if (prose.lead().isEmpty() && !prose.assist().isEmpty() && unitLed.isEmpty() && inTheDutiesPart(this)) {
                    // "三、责任分工 / （七）环境保护部门协助做好…的监管": a unit given its own line where the plan shares out
                    // its duties leads that line, whatever its verb
                    prose = new ProseRoles.Found(prose.assist(), List.of());
                }
            }
            return prose;
        }
    }

    public static Result read(OfficialDocument doc, UnitDirectory directory) {
        return read(doc, directory, true);
    }

    /**
     * The notice's tasks as its outline gives them; where {@code proseCanWin} is false (a table of the notice names who
     * does its work, which a reading of sentences never beats), only labelled items are looked for, and an outline
     * without them gives none: most of the time of a table notice went to reading the sentences around its table.
     */
    public static Result read(OfficialDocument doc, UnitDirectory directory, boolean proseCanWin) {
        List<Item> roots = outline(doc.paragraphs());
        // the levels first, as the notice numbers them: what follows folds and joins the items to read their tasks
        List<Level> levels = levelsOf(roots);
        foldLoneDays(roots);
        List<Item> all = new ArrayList<>();
        collect(roots, all);
        if (!all.isEmpty()) {
            all.get(all.size() - 1).endsTheText = true;
        }
        boolean firstLeads = false;
        int width = pageWidth(doc.paragraphs());
        for (Item item : all) {
            item.pageWidth = width;
            item.unitLed = ledBy(item.own.toString(), directory);
            String headLine = item.own.toString().strip().lines().findFirst().orElse("");
            Matcher dated = UNITS_THEN_TIME.matcher(headLine);
            if (item.unitLed.isEmpty() && dated.matches() && headLine.length() < item.own.toString().strip().length()) {
                String time = TimesInText.firstIn(dated.group(2));
                List<String> units = time == null ? List.of() : ProseRoles.unitList(dated.group(1), directory);
                if (!units.isEmpty()) {
                    item.unitLed = units;
                    item.headingTime = dated.group(2).strip();
                }
            }
            String searched = firstSentenceLines(item.own.toString(), width);
            Matcher bracket = UNITS_AT_END.matcher(searched);
            if (!bracket.find()) {
                // "1. 开展…行为。 / （中央宣传部、…工业和信息化部按职责分工 / 负责）": the bracket that ends the item
                searched = closingBracket(item.own.toString());
                bracket = UNITS_AT_END.matcher(searched);
            }
            boolean cutOff = false;
            if (!bracket.find(0) && item.children.isEmpty()) {
                // "…行政許可事項清單。(國務院審改辦、人力": a copy cut off in the bracket that names who does it
                bracket = UNITS_CUT_OFF.matcher(item.own.toString().strip());
                cutOff = true;
            }
            // "…适时通报给社会事业局（教育处）；": the bracketed part of the name the sentence ends with, not who does it
            if (bracket.find(0) && (cutOff || !partOfTheNameBefore(searched, bracket))) {
                // "（市市场监管局、市知识产权局按职责分工负责）": who is named, without what they are told to do
                // "（此项工作由镇团委、镇妇联负责）": the words that say whose the work is are no name
                String written = withoutTimeAtEnd(LATER_NOTE.matcher(bracket.group(1)).replaceFirst(""));
                String inside = BRACKET_DOER.matcher(written).replaceFirst("");
                item.bracketSaysWhoLeads = LEADS_AT_END.matcher(Hans.simplified(inside)).find();
                String units = DUTY_AT_END.matcher(SHARED_DUTY_BETWEEN.matcher(inside).replaceAll("")).replaceFirst("");
                Matcher takesPart = TAKES_PART_AT_END.matcher(units);
                if (takesPart.find() && takesPart.start() > 0 && inside.length() < written.length()) {
                    // "（此项工作由镇团委、各中小学校参加）": who takes part, no one named to lead
                    item.assistInBracket = ProseRoles.unitList(units.substring(0, takesPart.start()), directory);
                    units = "";
                }
                Matcher note = FIRST_LEADS.matcher(Hans.simplified(units));
                if (note.find()) {
                    // "（市发改委、市农委、市商务粮食局。排名第一的为牵头单位，下同）": the note is not a name
                    units = units.substring(0, note.start());
                    firstLeads = true;
                }
                String[] split = TableFinder.splitResponsibility(units);
                if (!split[1].isBlank()) {
                    // "（国家卫生健康委牵头，中央宣传部、农业农村部等部门单位参与）": who leads, then who takes part
                    List<String> leading = ProseRoles.unitList(split[0], directory);
                    if (!leading.isEmpty()) {
                        item.unitsInBracket = leading;
                        item.assistInBracket = cutOff ? ProseRoles.unitsCutOff(split[1], directory)
                                : ProseRoles.unitList(split[1], directory);
                    }
                } else {
                    item.unitsInBracket = cutOff ? ProseRoles.unitsCutOff(units, directory)
                            : ProseRoles.unitList(units, directory);
                }
            }
            item.fields = Labels.in(valuesUnderTheirLabels(item.own.toString()));
            firstLeads |= item.fields.stream().anyMatch(f -> f.kind() == Labels.Kind.RESPONSIBLE
                    // the note in its own bracket or closing the list: either way the note is in the field
                    && FIRST_LEADS.matcher(Hans.simplified(f.value())).find());
            item.directory = directory;
        }
        if (firstLeads) {
            all.forEach(item -> item.firstLeads = true);
        }
        noteTheBodiesNamedForAllBelow(all, directory);
        all.removeAll(foldFieldItems(all));
        all.removeAll(foldLeadingFields(all));
        all.removeAll(foldAspects(all));
        for (Item item : all) {
            List<String> heading = headingUnits(item, directory);
            if (heading.isEmpty()) {
                continue;
            }
            // "（一）區委宣傳部 / 1、在《今日*》開設專版… / 3、電視攝制站積極報道…", "（一）领导小组工作职责 / 1.负责…": the
            // units heading the items are who does each of them, unless an item names its own
            for (Item child : item.children) {
                if (child.unitLed.isEmpty() && !child.labelled()) {
                    List<String> own = child.prose().lead();
                    child.unitLed = own.isEmpty() ? heading : own;
                }
            }
        }
        List<Object> tasks = new ArrayList<>();
        // items that only say who takes part (参加单位：…) among items whose sentences say who does what: a prose outline
        // (not the plan's own part that lists who holds the event: "三、组织机构 / 主办单位：… / 承办单位：…")
        List<Item> leading = all.stream().filter(item -> item.saysWhoLeads() && !namesThePlansHosts(item)).toList();
        boolean labelled = !leading.isEmpty();
        if (labelled) {
            List<Item> items = new ArrayList<>();
            labelledTasks(roots, items);
            for (Item item : items) {
                tasks.add(item);
                tasks.addAll(pointsForOthers(item, directory));
            }
            stepsBeside(all, tasks);
            timesListedApart(roots, all, tasks);
            if (leading.stream().allMatch(OutlineFinder::aDutyOfItsPart)) {
                // "四、活动内容 / 1.名医义诊… / 六、责任分工 / 凡河镇人民政府：负责…": who does what, set out in a part of its
                // own, labels no other list; the activities listed beside it are the plan's work too
                besideTheDuties(all, tasks);
            }
        } else if (!proseCanWin) {
            return new Result(List.of(), false, levels);
        } else {
            if (decisionsFollow(doc.paragraphs())) {
                decisions(roots, tasks);
            } else {
                proseTasks(roots, tasks, directory);
                if (!tasks.isEmpty()) {
                    // "二、时间安排 / 1、第一阶段(2月25日—3月2日):隐患自查,… / 四、工作要求 / 1、各处室检查人员要…": the
                    // plan's dated steps beside the items whose sentences name who does theirs
                    stepsBeside(all, tasks);
                    datedListsBeside(all, tasks);
                }
            }
            int opening = openingDuties(doc.paragraphs(), directory);
            if (!tasks.isEmpty() && opening > 0) {
                // a page cut above its list of duties, the plan's numbered parts below them: the duties first
                List<Object> duties = new ArrayList<>();
                looseSentences(doc.paragraphs().subList(0, opening), directory, duties);
                tasks.addAll(0, duties);
            }
            if (tasks.isEmpty()) {
                looseSentences(doc.paragraphs(), directory, tasks);
            }
        }
        List<Integer> lines = new ArrayList<>();
        List<RawTask> raw = rawTasks(tasks, labelled, lines);
        if (raw.isEmpty() && !labelled) {
            List<Object> dated = new ArrayList<>();
            datedItems(roots, dated, false);
            raw = rawTasks(dated, false, lines);
        }
        if (raw.isEmpty() && !labelled) {
            List<Object> listed = new ArrayList<>();
            activitiesListed(all, listed);
            raw = rawTasks(listed, false, lines);
        }
        return new Result(Numbers.unique(raw, raw.stream().anyMatch(t -> t.section() != null)), labelled, levels,
                lines);
    }

    /**
     * The tasks the items and sentences found give, and in {@code lines} (cleared first) the line each stands at: its
     * item's, or for a task found inside an item's text the line of the item before it.
     */
    private static List<RawTask> rawTasks(List<Object> tasks, boolean labelled, List<Integer> lines) {
        lines.clear();
        List<RawTask> raw = new ArrayList<>();
        int line = -1;
        for (Object task : tasks) {
            if (task instanceof Item item && item.head != null) {
                line = item.head.line();
            }
            RawTask t = task instanceof Item item ? labelled ? taskOf(item, true) : proseTaskOf(item) : (RawTask) task;
            if (t != null && !addressedToRoles(t)) {
                raw.add(t);
                lines.add(line);
            }
        }
        return raw;
    }

    /** "（质量发展股牵头，各市场监督管理所配合，9月1日—30日）": the units, without the time that closes the bracket. */
    private static String withoutTimeAtEnd(String bracket) {
        Matcher last = LAST_CLAUSE.matcher(bracket);
        return last.find() && isATime(last.group(1)) ? bracket.substring(0, last.start()) : bracket;
    }

    private static final Pattern LAST_CLAUSE = Pattern.compile("[，,；;]\\s*([^，,；;]+)$");
    /** The characters a piece among units may hold besides its time and still be a time ("6月底完成"). */
    private static final int TIME_AMONG_UNITS = 4;

    /** "9月1日—30日", "6月底完成": a piece of a units list, or of their bracket, that is a time. */
    private static boolean isATime(String piece) {
        String time = TimesInText.firstIn(piece);
        return time != null && piece.replaceAll("\\s", "").length() - time.replaceAll("\\s", "").length() <= TIME_AMONG_UNITS;
    }

    /**
     * "各牵头单位要切实履行牵头责任…", "各责任（配合）单位要加强协调…": a request to whoever holds a role in the plan, not a
     * piece of the plan's work; the units that do the work are named in the plan itself.
     */
    private static boolean addressedToRoles(RawTask t) {
        UnitNames.Roles roles = UnitNames.byRole(UnitNames.split(t.leadText()), UnitNames.split(t.assistText()));
        List<String> units = new ArrayList<>(roles.lead());
        units.addAll(roles.assist());
        return !units.isEmpty() && units.stream().allMatch(UnitGrammar::isRoleNoun);
    }

    /** One level of the outline: its rank, how many items stand at it, the first one's opening words. */
    public record Level(int rank, int items, String example) {
    }

    /** The levels of a notice's numbering, shallowest first. */
    public static List<Level> levels(OfficialDocument doc) {
        return levelsOf(outline(doc.paragraphs()));
    }

    /** The levels of an outline as it was built, before a reading folds or joins its items. */
    private static List<Level> levelsOf(List<Item> roots) {
        List<Item> all = new ArrayList<>();
        collect(roots, all);
        List<Level> levels = new ArrayList<>();
        for (int rank = 0; rank <= 6; rank++) {
            int r = rank;
            List<Item> at = all.stream().filter(i -> i.rank == r).toList();
            if (!at.isEmpty()) {
                Item first = at.get(0);
                String example = (first.written == null ? "" : first.written) + firstSentence(first.own.toString());
                levels.add(new Level(rank, at.size(), example.length() > 30 ? example.substring(0, 30) + "…" : example));
            }
        }
        return levels;
    }

    /**
     * The tasks when a person says that the items of one rank are the tasks: each with what its sub-items say too
     * (their fields, the units their sentences name).
     */
    public static Result atLevel(OfficialDocument doc, int rank, UnitDirectory directory) {
        List<Item> roots = outline(doc.paragraphs());
        List<Level> levels = levelsOf(roots);
        List<Item> all = new ArrayList<>();
        collect(roots, all);
        List<RawTask> raw = new ArrayList<>();
        boolean sectioned = false;
        boolean labelled = false;
        for (Item item : all) {
            if (item.rank != rank) {
                continue;
            }
            List<Item> below = new ArrayList<>();
            collect(item.children, below);
            for (Item child : below) {
                item.own.append('\n').append(child.written == null ? "" : child.written).append(child.own);
            }
            item.fields = Labels.in(valuesUnderTheirLabels(item.own.toString()));
            item.directory = directory;
            labelled |= item.labelled();
            RawTask t = taskOf(item, item.labelled());
            if (t != null) {
                raw.add(t);
                sectioned |= t.section() != null;
            }
        }
        return new Result(Numbers.unique(raw, sectioned), labelled, levels);
    }

    /**
     * Sentences whose subject is a unit ("省局将…", "各市(区)市场监管局以市(区)为单位…", "由市局负责…") in the
     * paragraphs that stand before any numbered item: a notice that sets out its work in plain paragraphs.
     */
    private static void looseSentences(List<Part.Paragraph> paragraphs, UnitDirectory directory, List<Object> tasks) {
        for (Part.Paragraph p : paragraphs) {
            if (p.marker() != null) {
                break;
            }
            if (dateLed(p.text()) != null) {
                // "11月11日下午，县指挥部领导…召开碰头会": a news item's dated opening; its decisions may follow
                continue;
            }
            if (p.text().endsWith("：") || p.text().endsWith(":")) {
                continue;
            }
            sentenceTasks(p.text(), null, directory, tasks);
        }
    }

    /** "一是由区安监局牵头，…；二是由交警大队牵头，…": the points a paragraph counts off inline, each with its mark. */
    private static final Pattern COUNTED_OFF = Pattern.compile("(?<=^|[。；;：:，,])\\s*([一二三四五六七八九十]是)(?=\\S)");

    private static void sentenceTasks(String text, String section, UnitDirectory directory, List<Object> tasks) {
        List<RawTask> points = countedPoints(text, section, directory);
        if (!points.isEmpty()) {
            tasks.addAll(points);
            return;
        }
        for (String sentence : text.split("(?<=[。！？!?])")) {
            List<RawTask> clauses = subjectClauses(sentence, section, directory);
            if (clauses.isEmpty()) {
                sentencesOf(sentence, "", section, directory, tasks);
            } else {
                tasks.addAll(clauses);
            }
        }
    }

    /**
     * "九重区域环境整治由…", "文明校园志愿者岗1个路口,设在五福桥红绿灯路口,由县教育局牵头": a clause that names its work, then
     * by whom (由) it is done.
     */
    private static final Pattern WORK_THEN_BY = Pattern.compile(
            "^(?:[^，,。由]{2,40}?|[^。由]{2,60}?[，,](?:分别|统一|均|主要)?)由(?=\\S)");

    /** "其中，", "另外，": what joins a sentence to the one before it, before the sentence's subject. */
    private static final Pattern JOINING_WORD = Pattern.compile("^(?:其中|另外|此外|同时|具体(?:来说|而言)?)[，,：:]?\\s*");

    /**
     * "其中，市教育局将开展…；市科工信局将开展…；市科协将利用…": a sentence whose clauses each open with a unit that
     * does its part, at least {@link #MIN_DUTIES} of them after whatever leads in: each clause a task of its unit.
     * Empty where the sentence is not made so.
     */
    private static List<RawTask> subjectClauses(String sentence, String section, UnitDirectory directory) {
        if (sentence.indexOf('；') < 0 && sentence.indexOf(';') < 0) {
            return List.of();
        }
        List<RawTask> clauses = new ArrayList<>();
        for (String piece : sentence.split("[；;]")) {
            String clause = piece.strip();
            if (clauses.isEmpty()) {
                // "据介绍，…。其中，市教育局将…": the clauses begin after what leads in to them
                clause = JOINING_WORD.matcher(clause.substring(clause.lastIndexOf('：') + 1).strip()).replaceFirst("");
            }
            ProseRoles.Found roles = ProseRoles.subjectIn(clause, directory);
            String simple = Hans.simplified(clause);
            if (roles.lead().isEmpty()
                    || !simple.replaceFirst("^由", "").startsWith(Hans.simplified(roles.lead().get(0)))) {
                // "九重区域环境整治由王光玲牵头，九重镇落实": the work first, then who sees to it and who carries it out
                // (a person who 牵头s names no unit: "陶岔风情小镇扫尾提升由陈太良牵头，连夜开会…" is still one of the run)
                if (!WORK_THEN_BY.matcher(clause).lookingAt()) {
                    if (!clauses.isEmpty()) {
                        // a clause of no subject of its own in the run: the sentence is one duty's parts, not a
                        // division
                        return List.of();
                    }
                    continue;
                }
                roles = ProseRoles.in(clause, directory);
            }
            String content = clause.replaceFirst("^由", "").replaceAll("[。！？!?；;，,、\\s]+$", "");
            clauses.add(sentenceTask("", content, clause, roles, section));
        }
        return clauses.stream().filter(RawTask::hasUnits).count() >= MIN_DUTIES ? clauses : List.of();
    }

    /**
     * "（二）组织实施阶段（4月6日至4月30日）：一是开展辖区环境整治行动，联合包保部门做好环境清理工作。二是开展环境卫生大扫除…":
     * the points a dated step counts off in its own paragraph are its pieces of work, each a task whether or not it
     * names who does it, as the pieces under a step are where they stand a paragraph each; each runs to its first 。
     * (its doers and its time read in the whole point). Empty where the step counts off fewer than two.
     */
    private static List<RawTask> stepPoints(Item item, UnitDirectory directory) {
        String text = item.own.toString().strip();
        List<CountedMark> marks = countedMarks(text);
        if (marks.size() < 2) {
            return List.of();
        }
        List<RawTask> points = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            String point = text.substring(marks.get(k).end(),
                    k + 1 < marks.size() ? marks.get(k + 1).start() : text.length()).strip();
            String content = point.split("[。！？!?]", 2)[0].replaceAll("[。；;，,、：:\\s]+$", "");
            points.add(sentenceTask(marks.get(k).written(), content, point, ProseRoles.in(point, directory),
                    headingOf(item)));
        }
        return points;
    }

    /** A point's mark counted off inline (一是, 二是…), where it stands in the text: from the space before it to 是. */
    private record CountedMark(String written, int start, int end) {
    }

    /** The marks a text counts its points off with, each the next number (一是, 二是, 三是…; others passed over). */
    private static List<CountedMark> countedMarks(String text) {
        List<CountedMark> marks = new ArrayList<>();
        Matcher marked = COUNTED_OFF.matcher(text);
        while (marked.find()) {
            String numeral = marked.group(1);
            if (ChineseNumerals.valueOf(numeral.substring(0, numeral.length() - 1)) == marks.size() + 1) {
                marks.add(new CountedMark(numeral, marked.start(), marked.end()));
            }
        }
        return marks;
    }

    /**
     * The points an item that is a task of its own counts off for other units ("各县政府要…：一是组织集会…；二是…由各县
     * 工商局分别组织…；三是…由尧都工商局负责…"): tasks beside it.
     */
    private static List<RawTask> pointsForOthers(Item item, UnitDirectory directory) {
        if (!item.children.isEmpty()) {
            return List.of();
        }
        List<RawTask> points = countedPoints(item.own.toString().strip(), headingOf(item), directory).stream()
                .filter(t -> !t.no().isEmpty()).toList();
        return points.isEmpty() ? duties(item.own.toString().strip(), headingOf(item), directory) : points;
    }

    /**
     * A note on filling in a form ("本表…", "填表说明", "联系人：填写…", "…以村为单位填报此表", "请填写“9”"), or a form's
     * own title ("2015年度扶贫开发到户项目计划表", "…受益情况表（其他）").
     */
    private static final Pattern FORM_NOTE = Pattern.compile("^(?:本表|此表|该表|表中|本栏|填表说明|填报说明)"
            + "|^[^，,。：:]{1,10}[：:]\\s*填写|^[^。]*(?:请填写|填报此表)|^[^，,。；;]{4,60}表(?:[（(][^（()）]{1,10}[）)])?$");

    /** "主要职责：", "职责：": the label over a group's duties, after its name. */
    private static final Pattern DUTIES_LABEL = Pattern.compile("^(?:主要|工作)?职责[:：]\\s*");
    /** "1.起草…；2.提供…": a duty numbered inline, at the start or after the one before it. */
    private static final Pattern INLINE_DUTY = Pattern.compile("(?:^|(?<=[；;。]))\\s*(\\d{1,2})[.、．](?!\\d)\\s*");

    /**
     * "（一）宣传材料组。主要职责：1.起草省领导讲话…；2.提供…传达稿；3.印制…": an item named for a body (a working group of
     * the plan) whose paragraph numbers its duties inline, each a task of that body; empty for any other item.
     */
    private static List<RawTask> groupsDuties(Item item) {
        if (!item.children.isEmpty() || item.labelled()) {
            return List.of();
        }
        String paragraph = item.own.toString().strip().lines().findFirst().orElse("");
        String body = Numbering.afterMarker(paragraph);
        int stop = body.indexOf('。');
        if (stop < 2 || !UnitGrammar.isUnitName(Hans.simplified(body.substring(0, stop)))) {
            return List.of();
        }
        String group = body.substring(0, stop);
        String duties = DUTIES_LABEL.matcher(body.substring(stop + 1).strip()).replaceFirst("");
        Matcher m = INLINE_DUTY.matcher(duties);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == at.size() + 1) {
                at.add(new int[] {m.start(1), m.end()});
            }
        }
        if (at.size() < 2 || at.get(0)[0] != 0) {
            return List.of();
        }
        List<RawTask> tasks = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            int next = k + 1 < at.size() ? at.get(k + 1)[0] : duties.length();
            String duty = duties.substring(at.get(k)[1], next).strip();
            int end = duty.indexOf('。');
            String content = (end < 0 ? duty : duty.substring(0, end)).replaceAll("[；;，,\\s]+$", "");
            tasks.add(unitsTask(String.valueOf(k + 1), content, group, headingOf(item)));
        }
        return tasks;
    }

    /**
     * "第一组：省委统战部，调研检查泸州市古蔺县…", "第二督查组：由市政府办牵头，督查…": a line of its own naming a group by its number,
     * the body that forms it, then what it does.
     */
    private static final Pattern GROUP_LINE = Pattern.compile(
            "^(第[一二三四五六七八九十\\d]{1,3}[\\u4e00-\\u9fa5]{0,4}组)\\s*[:：]\\s*"
            + "(?:由)?([^，,。；;：:]{2,30}?)(?:牵头|负责)?\\s*[，,]\\s*([^。]+)");
    /** Group lines an item holds, at least, to be the plan's division into groups. */
    private static final int MIN_GROUP_LINES = 2;

    /** The groups an item's lines form, each the work of the body it names; empty for any other item. */
    private static List<RawTask> groupLines(Item item) {
        if (!item.children.isEmpty() || item.labelled()) {
            return List.of();
        }
        List<RawTask> tasks = new ArrayList<>();
        for (String line : item.own.toString().split("\n")) {
            Matcher m = GROUP_LINE.matcher(line.strip());
            if (m.lookingAt() && UnitGrammar.isUnitName(Hans.simplified(m.group(2).strip()))) {
                String content = m.group(3).strip().replaceAll("[；;，,]+$", "");
                tasks.add(unitsTask(m.group(1), content, m.group(2).strip(), headingOf(item)));
            }
        }
        return tasks.size() >= MIN_GROUP_LINES ? tasks : List.of();
    }

    /** "法规处负责…": a clause that opens with who answers for it. */
    private static final Pattern DUTY_CLAUSE = Pattern.compile("^([^，,。；;：:、]{2,24}?)(?:具体负责|牵头负责|负责)(\\S.*)$");
    /** Clauses in a row that each give one unit its duty, at least, to be a division of duties. */
    private static final int MIN_DUTIES = 3;

    /**
     * "法规处负责…宣传及执法监督工作；市场处负责监管农资…；食品处负责组织实施…": a division of duties among units,
     * clause by clause, inside an item's paragraph (often its 组织领导 part): each clause a task of its unit.
     */
    static List<RawTask> duties(String text, String section, UnitDirectory directory) {
        if (text.indexOf("负责") < 0 || text.indexOf('；') < 0 && text.indexOf(';') < 0) {
            // most items give no one a duty clause by clause
            return List.of();
        }
        List<RawTask> run = new ArrayList<>();
        List<RawTask> longest = List.of();
        for (String piece : text.split("[；;]")) {
            String clause = piece.strip();
            int sentenceStart = Math.max(clause.lastIndexOf('。'), clause.lastIndexOf('：')) + 1;
            boolean opensTheRun = sentenceStart > 0 && run.isEmpty();
            if (opensTheRun) {
                // "…狠抓工作落实。法规处负责…": the run begins after the sentence before it
                clause = clause.substring(sentenceStart).strip();
            }
            int end = clause.indexOf('。');
            String duty = end < 0 ? clause : clause.substring(0, end);
            Matcher m = DUTY_CLAUSE.matcher(duty);
            if (m.matches() && UnitGrammar.isUnitName(m.group(1).strip())) {
                run.add(unitsTask("", duty, m.group(1).strip(), section));
            } else {
                run = new ArrayList<>();
            }
            if (run.size() > longest.size()) {
                longest = run;
            }
            if (end >= 0) {
                // the sentence ends the run
                run = new ArrayList<>();
            }
        }
        return longest.size() >= MIN_DUTIES ? List.copyOf(longest) : List.of();
    }

    /**
     * The points a text counts off inline (一是…；二是…), each a task, when they tell different units their part; the
     * sentences around them that name who does what are tasks too. Empty when the text counts off no points so.
     */
    private static List<RawTask> countedPoints(String text, String section, UnitDirectory directory) {
        List<String> pieces = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        int from = 0;
        String mark = "";
        List<CountedMark> countedOff = countedMarks(text);
        for (CountedMark m : countedOff) {
            pieces.add(text.substring(from, m.start()));
            marks.add(mark);
            mark = m.written();
            from = m.end();
        }
        pieces.add(text.substring(from));
        marks.add(mark);
        if (countedOff.size() >= 2) {
            List<RawTask> counted = new ArrayList<>();
            for (int k = 0; k < pieces.size(); k++) {
                if (marks.get(k).isEmpty()) {
                    sentencesOf(pieces.get(k), "", section, directory, counted);
                } else {
                    // "一是…" runs to the next mark: one point, however many sentences it takes
                    String point = pieces.get(k).strip().replaceAll("[。；;，,\\s]+$", "");
                    sentencesOf(point.replaceAll("[。！？!?]", "，"), marks.get(k), section, directory, counted);
                }
            }
            // points that tell different units their part are tasks each; points of one subject are one duty's parts
            if (counted.stream().filter(t -> !t.no().isEmpty()).map(RawTask::leadText).distinct().count() >= 2) {
                return counted;
            }
        }
        return List.of();
    }

    private static void sentencesOf(String text, String no, String section, UnitDirectory directory,
            List<? super RawTask> tasks) {
        // a task's sentence runs to its 。: "发起部门要牵头建立…；要按照…抽取…；要成立联合检查组…" is one task
        for (String sentence : text.split("(?<=[。！？!?])")) {
            String s = sentence.strip();
            if (s.length() < 6 || Labels.firstLabelAt(s) == 0) {
                continue;
            }
            ProseRoles.Found roles = ProseRoles.subjectIn(s, directory);
            if (!roles.any()) {
                continue;
            }
            String content = s.replaceFirst("^(?:请|由)", "").replaceAll("[。！？!?；;，,、\\s]+$", "");
            tasks.add(sentenceTask(no, content, s, roles, section));
        }
    }

    /** A duty of the unit (or group) named before it, its time the first its words give. */
    private static RawTask unitsTask(String no, String duty, String unit, String section) {
        String time = TimesInText.firstIn(duty);
        return new RawTask(no, duty, time == null ? "" : time, unit, "", section);
    }

    /** A sentence or clause as a task of the units it names: its content, its first time, its roles. */
    private static RawTask sentenceTask(String no, String content, String sentence, ProseRoles.Found roles,
            String section) {
        String time = TimesInText.firstIn(sentence);
        return new RawTask(no, content, time == null ? "" : time, String.join("、", roles.lead()),
                String.join("、", roles.assist()), section);
    }

    /** "附件：…", "附件1：…": a line that names what the notice attaches. */
    private static final Pattern ATTACHMENT_LINE = Pattern.compile("^\\s*附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]");

    /** "一、活动时间及地点", "2.时间地点": a heading over the day and place of the whole, no activity of its own. */
    private static final Pattern TIME_AND_PLACE = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{0,4}(?:时间|地点)(?:[及和与、]?(?:时间|地点))?[:：]?$");

    /** Whether the paragraph stands right under a heading that names the time and place of the whole. */
    private static boolean underTimeAndPlace(List<Part.Paragraph> paragraphs, int i) {
        return i > 0 && paragraphs.get(i - 1).marker() != null
                && TIME_AND_PLACE.matcher(Hans.simplified(paragraphs.get(i - 1).body().strip())).matches();
    }

    /** "。一是召开…": the first point counted off inline after a heading's sentence. */
    private static final Pattern FIRST_POINT_INLINE = Pattern.compile("(?<=[。：:；;])\\s*(一是)(?=\\S)");

    /**
     * "（一）动员部署阶段（9月10日至17日）。一是召开全市动员部署大会。… / 二是调查摸底…": the points after the first stand
     * a paragraph each, the first run on after the heading's sentence; it is a point of its own, the first of them.
     */
    private static void firstPointInline(Item parent, int rank, int line) {
        Matcher first = FIRST_POINT_INLINE.matcher(parent.own);
        if (!first.find()) {
            return;
        }
        String point = parent.own.substring(first.start(1));
        Part.Paragraph paragraph = new Part.Paragraph(point, Numbering.markerOf(point), line);
        if (paragraph.marker() == null || paragraph.marker().kind() != Numbering.Kind.COUNTED) {
            return;
        }
        parent.own.setLength(first.start());
        Item item = new Item(paragraph, rank, paragraph.marker().written(), null, parent);
        item.own.append(paragraph.body());
        parent.children.add(item);
    }

    /**
     * Builds the outline: a numbered paragraph opens an item inside the nearest open item of a smaller rank; an
     * unnumbered one continues the item open last. With two or more paragraphs led by their date, those open items
     * too, one rank below the deepest number around them.
     */
    static List<Item> outline(List<Part.Paragraph> given) {
        List<Part.Paragraph> paragraphs = ordinalsOnTop(daysInSentences(given));
        int dateLedCount = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).marker() == null && dateLed(paragraphs.get(i).text()) != null
                    && !underTimeAndPlace(paragraphs, i)) {
                dateLedCount++;
            }
        }
        boolean[] labelledRun = labelledRuns(paragraphs);
        List<Item> roots = new ArrayList<>();
        Deque<Item> open = new ArrayDeque<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Part.Paragraph p = paragraphs.get(i);
            Numbering.Marker marker = p.marker();
            if (marker != null && i == paragraphs.size() - 1 && p.body().isBlank()) {
                // "…1.活动时间:6月17日至6月23日。 / 2.": the text cut off after a number, no item of its own
                continue;
            }
            if (marker != null && marker.kind() == Numbering.Kind.COUNTED && !open.isEmpty() && onlyATime(open.peek())) {
                // "2、5月20日 / 一是在城区…设立宣传咨询点": the first point is what the dated item does, not an item below it
                marker = null;
            }
            String led = marker == null && dateLedCount >= 2 && !underTimeAndPlace(paragraphs, i)
                    ? dateLed(p.text()) : null;
            if (marker == null && led == null && labelledRun[i]) {
                // Word's automatic numbering leaves no number in the text: paragraphs that each end in their own
                // fields are items all the same
                while (!open.isEmpty() && open.peek().head.marker() == null && open.peek().dateLed == null) {
                    open.pop();
                }
                // "2、市醫改辦 / 負責… / __區衛計局 / 負責…": units told their duty follow one another, numbered or not
                Item sibling = !open.isEmpty() && unitLed(open.peek().own.toString()) && unitLed(p.text() + "\n"
                        + (i + 1 < paragraphs.size() ? paragraphs.get(i + 1).text() : "")) ? open.pop() : null;
                Item parent = open.peek();
                Item item = new Item(p, sibling != null ? sibling.rank : parent == null ? 3 : parent.rank + 1, null,
                        null, parent);
                item.own.append(p.text());
                (parent == null ? roots : parent.children).add(item);
                open.push(item);
                continue;
            }
            if (marker == null && led == null && ATTACHMENT_LINE.matcher(p.text()).lookingAt()) {
                // "附件：2021年度…计划安排表（上半年）": the list of what the notice attaches ends its last item
                open.clear();
                continue;
            }
            if (marker == null && led == null) {
                if (!open.isEmpty() && !endsAListOfOneParagraphEach(open.peek(), roots)) {
                    Item last = open.peek();
                    Item owner = fieldsOfTheParent(last, p.text()) && !aSiblingFollows(last, paragraphs, i) ? last.parent
                            : last;
                    owner.own.append('\n').append(p.text());
                }
                continue;
            }
            int rank = marker != null ? marker.rank() : (open.isEmpty() ? 3 : open.peek().rank + 1);
            boolean headsAList = false;
            if (led != null) {
                // dated paragraphs are siblings of one another, whatever list the one before them headed
                boolean afterADay = open.stream().anyMatch(o -> o.headsAList);
                while (!open.isEmpty() && (afterADay || open.peek().dateLed != null || open.peek().rank >= rank)) {
                    Item closed = open.pop();
                    if (closed.dateLed != null) {
                        rank = closed.rank;
                        // the day after a day over a list stands as high, its own list or none
                        headsAList = closed.headsAList;
                        break;
                    }
                }
                Numbering.Marker first = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).marker() : null;
                if (first != null && first.value() == 1 && first.rank() <= rank) {
                    // "2月4日16:00 莫旗体育馆内 活动一 / 一、文艺表演… / 二、…": the day heads the list under it
                    headsAList = true;
                    rank = first.rank() - 1;
                }
            } else {
                while (!open.isEmpty() && (open.peek().rank >= rank || endsADaysList(open, marker))) {
                    open.pop();
                }
            }
            Item parent = open.peek();
            if (marker != null && marker.kind() == Numbering.Kind.COUNTED && marker.value() == 2 && parent != null
                    && parent.children.isEmpty()) {
                firstPointInline(parent, rank, p.line());
            }
            Item item = new Item(p, rank, marker == null ? null : marker.written(), led, parent);
            item.headsAList = headsAList;
            item.own.append(marker == null ? p.text() : p.body());
            (parent == null ? roots : parent.children).add(item);
            open.push(item);
        }
        return roots;
    }

    /**
     * "第一，活动目的 / 1.… / 第二，活动时间": a notice that numbers its parts with 第一， (no 一、 anywhere) and the
     * items inside them with 1., its ordinals come first: they are its top list, as 一、 would be, not a list beside its
     * 1. items (which a paragraph's 第一，第二 counting off its points under a 1. item is, where 1. comes first).
     */
    private static List<Part.Paragraph> ordinalsOnTop(List<Part.Paragraph> paragraphs) {
        Numbering.Kind first = null;
        for (Part.Paragraph p : paragraphs) {
            Numbering.Kind kind = p.marker() == null ? null : p.marker().kind();
            if (kind == Numbering.Kind.CHINESE || kind == Numbering.Kind.CHINESE_PART) {
                return paragraphs;
            }
            if (first == null && (kind == Numbering.Kind.ORDINAL || kind == Numbering.Kind.ARABIC)) {
                first = kind;
            }
        }
        if (first != Numbering.Kind.ORDINAL) {
            return paragraphs;
        }
        return paragraphs.stream().map(p -> p.marker() == null || p.marker().kind() != Numbering.Kind.ORDINAL ? p
                : new Part.Paragraph(p.text(), new Numbering.Marker(Numbering.Kind.CHINESE, p.marker().value(),
                        p.marker().written()), p.line())).toList();
    }

    /**
     * "2月4日 活动一 / 一、… / 二、… / 二、工作要求": a number that does not go on from the list of the day over it (or,
     * under a day with no list, that starts none) ends the day.
     */
    private static boolean endsADaysList(Deque<Item> open, Numbering.Marker marker) {
        Item top = open.peek();
        if (!top.headsAList || top.rank != marker.rank() - 1) {
            return false;
        }
        if (top.children.isEmpty()) {
            return marker.value() != 1;
        }
        Item last = top.children.get(top.children.size() - 1);
        Numbering.Marker before = last.head.marker();
        return before == null || before.kind() != marker.kind() || before.value() + 1 != marker.value();
    }

    /**
     * "1月15日-2月25日,“三下乡”活动,…。1月23-24日(正月初一至初二)14:30-16:00,在市中心广场举行…": a news page's
     * paragraph whose sentences each open with their day is a schedule run together, a paragraph a day.
     */
    private static List<Part.Paragraph> daysInSentences(List<Part.Paragraph> paragraphs) {
        List<Part.Paragraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Part.Paragraph p = paragraphs.get(i);
            List<String> days = p.marker() == null && p.text().indexOf('。') > 0 && dateLed(p.text()) != null
                    ? sentencesByDay(p.text()) : List.of();
            if (days.size() > 1 && out == null) {
                out = new ArrayList<>(paragraphs.subList(0, i));
            }
            if (out != null && days.size() > 1) {
                for (String day : days) {
                    out.add(new Part.Paragraph(day, null, p.line()));
                }
            } else if (out != null) {
                out.add(p);
            }
        }
        return out == null ? paragraphs : out;
    }

    /** A paragraph cut before every sentence that opens with its day; one piece when none after the first does. */
    private static List<String> sentencesByDay(String text) {
        List<String> days = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('。'); end > 0 && end < text.length() - 1; end = text.indexOf('。', end + 1)) {
            String rest = text.substring(end + 1);
            if (Character.isDigit(rest.charAt(0)) && dateLed(rest) != null) {
                days.add(text.substring(start, end + 1));
                start = end + 1;
            }
        }
        days.add(text.substring(start));
        // "1946年10月14日至26日,…代表集会于伦敦…。1947年2月23日,ISO…宣告正式成立": days of different years are a
        // history, not one schedule
        long years = days.stream().map(OutlineFinder::dateLed).filter(Objects::nonNull)
                .flatMap(day -> YEAR_OF_A_DAY.matcher(day).results().map(MatchResult::group)).distinct().count();
        return years > 1 ? List.of(text) : days;
    }

    private static final Pattern YEAR_OF_A_DAY = Pattern.compile("\\d{4}(?=\\s*年)");

    /** "2、5月20日": an item whose own text is only its time, its work still to come. */
    private static boolean onlyATime(Item item) {
        return isOnlyATime(BLANKS.matcher(item.own).replaceAll(""));
    }

    /** Whether a text is a time and nothing besides, spaces aside: "5月20日", "3月8日". */
    private static boolean isOnlyATime(String text) {
        String time = TimesInText.firstIn(text);
        return time != null && BLANKS.matcher(text).replaceAll("").equals(BLANKS.matcher(time).replaceAll(""));
    }

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * "1.完善应急预案体系 / （1）… / （2）… / （责任单位：…）": a paragraph of nothing but fields after sub-items that have
     * none of their own says who does the item above them.
     */
    private static boolean fieldsOfTheParent(Item last, String paragraph) {
        if (last.parent == null || last.parent.children.size() < 2 || Labels.firstLabelAt(paragraph.strip()) != 0) {
            return false;
        }
        return last.parent.children.stream().noneMatch(c -> Labels.in(c.own.toString()).stream()
                .anyMatch(f -> f.kind() != Labels.Kind.OTHER && f.kind() != Labels.Kind.CONTENT));
    }

    /**
     * "二十九、对…予以适当倾斜。（农业农村部、财政部负责） / 三十、…（国务院办公厅负责） / 各有关部门…于2018年12月31日前报送":
     * in a list whose items are each one paragraph closed by the bracket of who does it, the paragraphs after the last
     * are the notice's own words, not more of that item.
     */
    private static boolean endsAListOfOneParagraphEach(Item last, List<Item> roots) {
        if (last.endsAListOfOneParagraphEach == null) {
            // asked once per item: a paragraph it does not take leaves it as it was
            List<Item> list = last.parent == null ? roots : last.parent.children;
            last.endsAListOfOneParagraphEach = list.size() >= 3 && list.stream().allMatch(item -> {
                String own = item.own.toString().strip();
                Matcher bracket = UNITS_AT_END.matcher(own);
                return own.indexOf('\n') < 0 && bracket.find() && !ProseRoles.unitList(
                        DUTY_AT_END.matcher(bracket.group(1)).replaceFirst(""), null).isEmpty();
            });
        }
        return last.endsAListOfOneParagraphEach;
    }

    /**
     * "(一)北京 / 1、开展咨询日活动 / … / 2、动员社会各界… / 主办单位：… / 3、制作宣传品…": the next numbered paragraph is
     * another item of the same list, so the fields between are the item's own, not those of the list's parent.
     */
    private static boolean aSiblingFollows(Item last, List<Part.Paragraph> paragraphs, int at) {
        for (int j = at + 1; j < paragraphs.size(); j++) {
            Numbering.Marker next = paragraphs.get(j).marker();
            if (next != null) {
                return next.rank() == last.rank;
            }
        }
        return false;
    }

    /**
     * Unnumbered paragraphs that carry their own task and its fields ("开展…（牵头单位：…；完成时限：…）"), in runs of
     * two or more: a list whose numbers Word kept out of the text.
     */
    private static boolean[] labelledRuns(List<Part.Paragraph> paragraphs) {
        boolean[] self = new boolean[paragraphs.size()];
        boolean underALabel = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Part.Paragraph p = paragraphs.get(i);
            if (p.marker() == null) {
                int at = Labels.firstLabelAt(p.text());
                boolean unitLed = at != 0 && unitLed(p.text());
                // "1.开展气象科普进校园活动 / 责任单位:业务科、… / 责任分工: / 业务科:负责牵头… / 办公室:做好…": the lines
                // under a label that stands alone are its value, the item's duties, not items of their own
                self[i] = at >= 4 && Labels.in(p.text()).stream().anyMatch(f -> f.kind() != Labels.Kind.OTHER)
                        || unitLed && !underALabel || closesWithItsDoers(p.text());
                underALabel = LABEL_ALONE.matcher(p.text().strip()).matches() || underALabel && unitLed;
            } else {
                underALabel = false;
            }
        }
        boolean[] run = new boolean[self.length];
        for (int i = 0; i < self.length; i++) {
            run[i] = self[i] && (i > 0 && self[i - 1] || i + 1 < self.length && self[i + 1]
                    // "（一）强化…作用。建立…。（生态环境部牵头） / 优化…。（生态环境部指导）": the heading's first piece run on
                    // in its paragraph, closed as this one is, the other of the two
                    || i > 0 && paragraphs.get(i - 1).marker() != null
                    && closesWithItsDoers(paragraphs.get(i - 1).text())
                    && closesWithItsDoers(paragraphs.get(i).text()));
            // "__區衛計局 / 負責制作宣傳橫幅…": units on a line of their own over the duty that the next line says
            // (not the value of a label over it: "配合部门： / 政府办、财政局 / 负责制定…")
            run[i] |= paragraphs.get(i).marker() == null && i + 1 < self.length && paragraphs.get(i + 1).marker() == null
                    && !(i > 0 && paragraphs.get(i - 1).text().strip().matches("(?s).*[:：]$"))
                    && DUTY.matcher(paragraphs.get(i + 1).text()).lookingAt()
                    && !ProseRoles.unitList(paragraphs.get(i).text(), null).isEmpty();
        }
        int[] cards = cards(paragraphs);
        for (int i = 0; i < run.length; i++) {
            // a card's field lines continue it
            run[i] = cards[i] == CARD_HEADING || run[i] && cards[i] != CARD_FIELD;
        }
        return run;
    }

    /**
     * Whether the bracket closing a sentence, saying no one's part in the work, follows a body's name right before it
     * (社会事业局（教育处）): the name's own bracket, as a unit's part that stays with it.
     */
    private static boolean partOfTheNameBefore(String text, Matcher bracket) {
        int at = bracket.start();
        if (at == 0 || DOERS_WORD.matcher(bracket.group(1)).find()
                || !UnitGrammar.endsLikeAName(text.substring(Math.max(0, at - MAX_NAME_BEFORE), at))) {
            return false;
        }
        // not where the name is all its sentence says: "广电旅游和公共服务股(行政审批服务股)" on a line of its own names who
        int from = at;
        while (from > 0 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return !UnitGrammar.isUnitList(Hans.simplified(text.substring(from, at).strip()));
    }

    /** How many characters before a bracket are looked at for the name it belongs to. */
    private static final int MAX_NAME_BEFORE = 16;

    /** Who leads or takes part, said in a bracket. */
    private static final Pattern DOERS_WORD = Pattern.compile(Documents.DOERS_WORDS);

    /**
     * "取缔“十小”企业。全面排查…（区环境与国土资源局牵头，区经济发展局等参与）": a paragraph that closes with the bracket
     * saying who leads it or takes part, as the pieces of a numbered heading each do in plans written after 水十条.
     */
    private static boolean closesWithItsDoers(String text) {
        Matcher bracket = UNITS_AT_END.matcher(text);
        return bracket.find() && bracket.start() > 0 && DOERS_WORD.matcher(bracket.group(1)).find();
    }

    /**
     * Whether a group's heading carries only the field naming who leads it (its heading and a 牵头处（室）：… line, no
     * work of its own), over two items or more that each name in their sentence who carries them out.
     */
    private static boolean leadsItsItems(Item item) {
        if (item.children.size() < 2 || item.fields.stream().noneMatch(f -> f.kind() == Labels.Kind.LEAD)
                || item.fields.stream().anyMatch(f -> f.kind() == Labels.Kind.TIME)) {
            return false;
        }
        return item.children.stream().allMatch(c -> c.children.isEmpty() && c.fields.isEmpty() && c.prose().any()
                && !c.prose().lead().isEmpty());
    }

    /** How many paragraphs side by side, each a unit's own sentence, make a list of duties without a heading. */
    private static final int MIN_OPENING_DUTIES = 3;

    /**
     * "公安机关要制定具体的实施方案… / 人口计生部门要向有关部门提供… / 司法行政部门要…": a text that opens (a page 2 of a
     * site, cut above the heading of its duties) with paragraphs each of which a unit's sentence opens, no number
     * before them. Returns how many of the first paragraphs are such duties, or 0 where fewer than three stand
     * together.
     */
    private static int openingDuties(List<Part.Paragraph> paragraphs, UnitDirectory directory) {
        int n = 0;
        while (n < paragraphs.size() && paragraphs.get(n).marker() == null
                && !ProseRoles.subjectIn(firstSentence(paragraphs.get(n).text()), directory).lead().isEmpty()) {
            n++;
        }
        return n >= MIN_OPENING_DUTIES ? n : 0;
    }

    /** "责任分工:", "任务分工：": a label alone on its line, its value on the lines under it. */
    private static final Pattern LABEL_ALONE = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}[:：]");

    /** "主要内容：…", "地点及参与方式：…": a line that opens with a field's label, known or not. */
    private static final Pattern FIELD_LINE = Pattern.compile("^([\\u4e00-\\u9fa5]{2,8})[:：]");

    private static final int CARD_HEADING = 1;
    private static final int CARD_FIELD = 2;
    /** How long the name of an activity standing over its fields may be. */
    private static final int MAX_CARD_HEADING = 40;

    /**
     * "“法润宝山暖民心”法制课堂宣传活动 / 主要内容：… / 活动时间：3月起贯穿全年 / 地点：…": activities each named on a line of
     * its own over the lines of its fields (its time, its content, its units), without numbers; two or more make a list.
     * Each paragraph is marked a card's heading, a card's field line, or 0.
     */
    private static int[] cards(List<Part.Paragraph> paragraphs) {
        int[] heading = new int[paragraphs.size()];
        int cards = 0;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text().strip();
            if (paragraphs.get(i).marker() != null || text.length() > MAX_CARD_HEADING || Labels.firstLabelAt(text) == 0
                    || FIELD_LINE.matcher(text).lookingAt()
                    || !Labels.in(text).isEmpty() || SENTENCE_END.matcher(Text.withoutLast(text, "。.")).find()
                    || text.endsWith("：") || text.endsWith(":")) {
                continue;
            }
            if (i > 0 && paragraphs.get(i - 1).marker() != null && Labels.in(paragraphs.get(i - 1).text()).isEmpty()) {
                // "（一）开展质量宣传活动 / 在人民广场设立咨询台… / 责任单位：… / 完成时限：…": the line under a numbered
                // heading says what the heading's item does, and the fields are the item's
                continue;
            }
            boolean timed = false;
            int j = i + 1;
            for (; j < paragraphs.size() && paragraphs.get(j).marker() == null; j++) {
                String field = paragraphs.get(j).text().strip();
                if (Labels.firstLabelAt(field) != 0 && !FIELD_LINE.matcher(field).lookingAt()) {
                    break;
                }
                timed |= Labels.in(field).stream().anyMatch(f -> f.kind() == Labels.Kind.TIME
                        || f.kind() == Labels.Kind.LEAD || f.kind() == Labels.Kind.RESPONSIBLE);
            }
            if (j - i >= 3 && timed) {
                heading[i] = CARD_HEADING;
                Arrays.fill(heading, i + 1, j, CARD_FIELD);
                cards++;
            }
        }
        return cards >= 2 ? heading : new int[paragraphs.size()];
    }

    /** "成员单位：农业综合服务中心、…": a label over the units a body is made of, not units told their duty. */
    private static final Pattern LIST_LABEL = Pattern.compile("(?:成员|组成|参加|参与|牵头|配合|责任|主办|承办|协办)(?:单位|部门)");
    private static final int MIN_DUTY_LINE = 8;
    /** "组长：县委书记" under "（一）领导小组": a field of the body, not a duty. */
    private static final Pattern SHORT_LABEL = Pattern.compile("^[^，,。；;:：]{1,6}[:：]");

    /**
     * What a heading that names only units calls their part ("领导小组工作职责", "…工作任务分工"; "區委宣傳部" says none),
     * and a 政府工作报告 list's "县示范区管委会牵头工作(8项)": the work the unit leads, and how many items.
     */
    private static final Pattern DUTIES_OF = Pattern.compile("(?:(?:的)?(?:主要|工作)?(?:职责|職責|任务|任務)(?:分工)?"
            + "|(?:牵头|牽頭|负责|負責)(?:的)?(?:重点)?(?:工作|任务|任務)(?:任务|任務)?)(?:\\s*[（(]\\d{1,3}\\s*项[）)])?$");

    /**
     * The item's first line, or where a copy of a page broke the item's sentence at the page's width ("…加强公众应急救护
     * 知识技能培 / 训…风尚。（健康中国行动推进办、中国红十字会总会牵头，… / …等部门单位参与）"), its lines up to the one that
     * ends a sentence or a bracket, joined as they were written.
     */
    private static String firstSentenceLines(String own, int width) {
        List<String> lines = own.strip().lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(lines.get(0).strip());
        for (int i = 1; i < lines.size() && i < MAX_WRAPPED_LINES && wrapped(lines.get(i - 1), width); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || Numbering.markerOf(line) != null) {
                break;
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** How many lines a bracket closing an item may be broken over. */
    private static final int MAX_BRACKET_LINES = 3;

    /**
     * The bracket an item's text ends with, on the lines after its first sentence, and perhaps broken over them by a
     * page's width ("…严厉查处 / — 2 — / 虚假违法广告。（市场监管总局、邮政局、知识产权局按职责分工 / 负责）"): the lines
     * from the one that opens it, joined, page numbers left out. "" when the text ends otherwise.
     */
    static String closingBracket(String own) {
        List<String> lines = own.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !Text.PAGE_NUMBER.matcher(l).matches()).toList();
        if (lines.size() < 2 || !lines.get(lines.size() - 1).matches(".*[）)][。；;]?$")) {
            return "";
        }
        String run = "";
        for (int i = lines.size() - 1; i >= 1 && i >= lines.size() - MAX_BRACKET_LINES; i--) {
            run = lines.get(i) + run;
            if (opened(run)) {
                return run;
            }
        }
        return "";
    }

    /** Whether a run that ends by closing a bracket opens it too. */
    private static boolean opened(String run) {
        int depth = 0;
        for (int i = run.length() - 1; i >= 0; i--) {
            char c = run.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                depth--;
                if (depth == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line the page's width broke: as long as the page's lines, and ending in no sentence or bracket; or one that
     * ends in a list's 、, however long.
     */
    private static boolean wrapped(String line, int width) {
        String t = line.strip();
        // "…发挥社区阅览室图书、 / 杂志作用…": a list goes on after its 、, whatever the page's width
        return t.endsWith("、")
                || width > 0 && t.length() >= width - WIDTH_SLACK && !Text.endsASentence(t);
    }

    /** Digits and Latin letters are narrower than characters: a full line may hold a few more or less of them. */
    private static final int WIDTH_SLACK = 5;
    /** How many lines must share a length before it counts as the page's width. */
    private static final int MIN_FULL_LINES = 6;
    /** A length shorter than this is a heading's or a label's, never a page's width. */
    private static final int MIN_WIDTH = 16;

    /**
     * The width a copy of a printed page (a PDF, a scan) broke its lines at: the length that many lines ending in no
     * sentence share. 0 for a text whose lines are paragraphs.
     */
    static int pageWidth(List<Part.Paragraph> paragraphs) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        List<Integer> lengths = new java.util.ArrayList<>();
        for (Part.Paragraph p : paragraphs) {
            for (String line : p.text().split("\n")) {
                String t = line.strip();
                lengths.add(t.length());
                if (t.length() >= MIN_WIDTH && !Text.endsASentence(t)) {
                    counts.merge(t.length(), 1, Integer::sum);
                }
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int len : counts.keySet()) {
            int around = 0;
            for (int d = -2; d <= 2; d++) {
                around += counts.getOrDefault(len + d, 0);
            }
            if (around > bestCount || around == bestCount && len > best) {
                best = len;
                bestCount = around;
            }
        }
        return bestCount >= MIN_FULL_LINES && linesPast(lengths, best + 2 * WIDTH_SLACK) * 4 <= bestCount ? best : 0;
    }

    /**
     * How many of the lines (their lengths) run past a length. A page's lines stop at its width (the corpus's copies of
     * printed pages have no line well past it); where a quarter as many lines run well past a length as stop at it,
     * the lines stopping there are headings of one measure ("1.加快5G网络建设，铸就高品质数字底座", "2.推动5G专网建设，持续赋能产业
     * 发展": two phrases of eight characters each) over paragraphs written each on a line of its own, or a table's
     * cells of one length.
     */
    private static int linesPast(List<Integer> lengths, int length) {
        return (int) lengths.stream().filter(l -> l > length).count();
    }

    /** How many lines of a page one sentence of an item may run over. */
    private static final int MAX_WRAPPED_LINES = 8;

    /** "鹿城镇(14个)", "（共3处）": how many of the items below the heading there are, after its name. */
    private static final Pattern COUNT_NOTE = Pattern.compile("\\s*[（(]共?\\d{1,3}\\s*(?:个|处|项|条|件|家|点)(?:问题)?[）)]$");

    /**
     * "联系人:郑大远", "体育部: 李 涛", "荆 昊", "电话:0931-8812345": a line that names whom to call for the unit over it,
     * a person (a name of two to four characters, a space perhaps inside it) or a number, not a duty.
     */
    private static final String PERSON = "[\\u4e00-\\u9fa5]{1,2}[ \\u3000]?[\\u4e00-\\u9fa5]{1,2}";
    private static final Pattern CONTACT_LINE = Pattern.compile("^(?:[^，,。；;:：\\d]{1,6}[:：]\\s*)?(?:"
            + PERSON + "(?:[、，,\\s]+" + PERSON + ")*|[\\d\\-－— ]{7,20})$");

    /**
     * No line that names whom to call is longer (a dozen people); a longer one, a page's words run together, is not
     * tried (the pattern recursed once a name and overflowed the stack on thousands of them).
     */
    private static final int MAX_CONTACT_LINE = 120;

    /** The heading's first line, where the lines under it only name whom to call ("二、学工部 / 联系人:樊继福 / 荆 昊"). */
    private static String withoutContacts(String own) {
        int end = own.indexOf('\n');
        if (end < 0 || !own.substring(end + 1).lines().map(String::strip)
                .allMatch(line -> line.isEmpty()
                        || line.length() <= MAX_CONTACT_LINE && CONTACT_LINE.matcher(line).matches())) {
            return own;
        }
        return own.substring(0, end).strip();
    }

    /** The units an item's heading names when it names nothing else and numbered items stand under it. */
    private static List<String> headingUnits(Item item, UnitDirectory directory) {
        String own = COUNT_NOTE.matcher(Text.withoutLast(withoutContacts(item.own.toString().strip()), ":：。"))
                .replaceFirst("");
        if (item.children.isEmpty() || own.isEmpty() || own.indexOf('\n') >= 0) {
            return List.of();
        }
        String units = DUTIES_OF.matcher(Hans.simplified(own)).find()
                ? own.substring(0, DUTIES_OF.matcher(Hans.simplified(own)).results().findFirst().get().start()) : own;
        if (units.isBlank() || LIST_LABEL.matcher(Hans.simplified(units)).find()) {
            return List.of();
        }
        return ProseRoles.unitList(units, directory);
    }

    private static final Pattern DUTY = Pattern.compile("\\s*(?:负责|負責)");

    /** "各区县政府和地区管委会。落实属地责任…": an item whose first sentence is only the names of who does the rest. */
    private static final Pattern UNITS_SENTENCE = Pattern.compile("^\\s*([^，,。：:；;\\n]{2,40})。\\s*(?=\\S)");

    /** The units an item's first sentence names when it names nothing else and a duty follows it. */
    private static List<String> unitsHeading(String own, UnitDirectory directory) {
        Matcher heading = UNITS_SENTENCE.matcher(own);
        return heading.find() ? ProseRoles.unitList(heading.group(1), directory) : List.of();
    }

    /** "农业综合服务中心：负责…", "县环保局。负责…": a paragraph that opens with the units whose duty it says. */
    private static boolean unitLed(String text) {
        return !ledBy(text, null).isEmpty();
    }

    /**
     * The units a text opens with as who does what it says: not a list's label (成员单位：, 主办、承办单位), and not
     * the first of names listed one a line (自治区农牧厅 / 自治区林业厅 / …).
     */
    private static List<String> ledBy(String text, UnitDirectory directory) {
        Matcher led = UNIT_LED.matcher(text);
        if (!led.find() || LIST_LABEL.matcher(Hans.simplified(led.group(1))).find()) {
            return List.of();
        }
        String rest = text.substring(led.end());
        String next = rest.lines().findFirst().orElse("").strip().replaceAll("[。；;]$", "");
        if (text.substring(led.end(1), led.end()).contains("\n") && (next.length() < MIN_DUTY_LINE
                || Labels.firstLabelAt(next) == 0 || SHORT_LABEL.matcher(next).lookingAt()
                || !ProseRoles.unitList(next, directory).isEmpty()
                || !ProseRoles.subjectIn(next, directory).lead().isEmpty())) {
            // the line below is a duty of a sentence's length (區委報道組 / 關注…宣傳周工作開展情況,及時…), not a word
            // of a broken label (综合协调组 / 组 / 长:) or a field of its own; nor a sentence whose own subject does the
            // work, under a topic that ends like a body's name ("团日主题班会 / 各系部根据实际情况,组织开展…")
            return List.of();
        }
        // "（九）工商部门职责：依法确认…": the units and the word for what is theirs to do
        return ProseRoles.unitList(DUTIES_WORD.matcher(led.group(1)).replaceFirst(""), directory);
    }

    /** "职责", "主要职责", "工作職責": the word after units whose duties the line then gives. */
    private static final Pattern DUTIES_WORD = Pattern.compile("(?<=\\S)(?:主要|工作)?(?:职责|職責)$");

    /**
     * The date a paragraph starts with when a colon, a comma or spaces part it from more text, or it runs straight into
     * where the work is done (6月5日在…); else null.
     */
    static String dateLed(String text) {
        String[] split = dateAndRest(text);
        return split == null ? null : split[0];
    }

    /** "9:00", "9:00-11:30": an hour of the clock, or a span of two. */
    private static final String CLOCK = "\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[-—–~至]+\\s*\\d{1,2}\\s*[:：]\\s*\\d{2})?";
    /** The part of a day its hours are given in: "上午", "全天". */
    private static final String HALF_OF_DAY = "(?:上午|下午|晚上|晚间|早上|中午|全天)";
    /** "上午9:00", "全天", "9:00-11:30", "9:00-12:00、14:30-17:00": the hours after a day, before what is done that day. */
    private static final Pattern HOURS = Pattern.compile("^[ \\u3000]*" + HALF_OF_DAY + "?"
            + "(?:[ \\u3000]*" + CLOCK + "(?:[、和及][ \\u3000]*" + CLOCK + ")*)?");
    /** A template's or a content farm's masked year: "20xx年", "20××年", "**年", "XX年", "____年". */
    private static final Pattern MASKED_YEAR = Pattern.compile("^(?:(?:19|20)[xX×*＊]{2}|[xX×*＊_]{2,4})\\s*年\\s*");
    /** "開展…", "举办…": the deed a day runs straight into. */
    private static final Pattern DEED_AFTER_DAY = Pattern.compile(
            "^(?:开展|举办|举行|组织|召开|启动|進行|进行|開展|舉辦|舉行|組織|啟動)(?=[\\u4e00-\\u9fa5“\"《])");
    /** "石鼓大舞台(石鼓村苏村村)": a line's few words after its day, no sentence of its own. */
    private static final Pattern SHORT_LINE_AFTER_A_DAY = Pattern.compile("[\\u4e00-\\u9fa5][^，,。；;：:！!？?]{1,29}");
    /** ",在市中心广场举行…": a comma, where the work is done, and the deed in the same sentence. */
    private static final Pattern PLACE_THEN_DEED = Pattern.compile(
            "^[ \\u3000]*[，,][ \\u3000]*((?:在|于|於)[^，,。；;：:]{2,30}?(?:开展|举办|举行|组织|召开|启动|进行|開展|舉辦|舉行|組織|啟動|進行))");
    private static final Pattern AT_A_PLACE = Pattern.compile("^(?:在|于|於)[\\u4e00-\\u9fa5]");
    private static final Pattern SPACE_THEN_WORDS = Pattern.compile("^[ \\u3000]+(?=[\\u4e00-\\u9fa5“\"《])");
    /** "——", "—", "--": a dash after a day, then words (not the next day: a range's dash). */
    private static final Pattern DASH_THEN_WORDS = Pattern.compile(
            "^[ \\u3000]*(?:[—―─－]{1,2}|-{2})[ \\u3000]*(?=[\\u4e00-\\u9fa5“\"《])");
    /** A comma, then what is done: not where the day is spent ("6月9日上午10:00—11:10，在马甸办公区…" under 时间地点). */
    private static final Pattern COMMA_THEN_WORDS = Pattern.compile(
            "^[ \\u3000]*[，,:：][ \\u3000]*(?![在于於])(?=[\\u4e00-\\u9fa5“\"《])");
    /** "(星期一)", "（农历正月十三）", "(周六)", "(春节前)": a day's note in brackets after it. */
    private static final Pattern DAY_NOTE = Pattern.compile(
            "^[ \\u3000]*[（(](?:星期|周|礼拜|农历|農曆|正月|腊月|臘月|除夕|大年|初[一二三四五六七八九十]"
                    + "|上午|下午|晚上|中午|早上|全天|" + TimesInText.HOLIDAY + ")[^（()）]{0,12}[）)]");

    /**
     * A paragraph led by its date, cut into the date and what is done: "6月1日至30日，县电视台…", "时间：9月5日-11日"
     * not; also a schedule's line where spaces part them: "5月20日 上午9:00 计量知识进社区 地点：…". Null when the
     * paragraph does not open with its date.
     */
    private static String[] dateAndRest(String text) {
        String[] split = dateAndRestInDigits(text);
        if (split != null || text.isBlank() || "〇○零一二三四五六七八九十".indexOf(text.strip().charAt(0)) < 0
                || !NUMERAL_MONTH_FIRST.matcher(text).lookingAt()) {
            return split;
        }
        // "三月一日及三月二日上午8:00，组织…", "十月十五日在…": the day in numerals, read in digits; the rest as written
        String[] inDigits = dateAndRestInDigits(ChineseNumerals.toAsciiDigits(text));
        if (inDigits == null) {
            return null;
        }
        for (int k = 0; k < text.length(); k++) {
            if (ChineseNumerals.toAsciiDigits(text.substring(k)).strip().equals(inDigits[1].strip())) {
                return new String[] {inDigits[0], text.substring(k).strip()};
            }
        }
        return null;
    }

    /** A month written in numerals at a paragraph's start: "三月一日", "十二月底前", "二〇二三年九月". */
    private static final Pattern NUMERAL_MONTH_FIRST = Pattern.compile(
            "^\\s*(?:[〇○零一二三四五六七八九]{4}年)?(?:十[一二]?|[一二三四五六七八九])月");

    private static String[] dateAndRestInDigits(String text) {
        Matcher m = DATE_LED.matcher(text);
        if (m.matches()) {
            String lead = m.group(1);
            String time = TimesInText.firstIn(lead);
            // (a holiday's days, "春节前夕,", lead no schedule: they name no day)
            if (time != null && !HOLIDAY.matcher(time).lookingAt()) {
                String ascii = ChineseNumerals.toAsciiDigits(lead).replaceAll("\\s+", "");
                if (ascii.startsWith(time.replaceAll("\\s+", "")) && ascii.length() - time.replaceAll("\\s+", "").length() <= 2) {
                    return new String[] {lead.strip(), m.group(2)};
                }
            }
        }
        String line = text.strip();
        if (line.isEmpty() || !Character.isDigit(line.charAt(0)) && line.charAt(0) != '即') {
            // a day opens with its digits (or 即日): most paragraphs are passed without reading their times
            return null;
        }
        String time = TimesInText.firstIn(line);
        Matcher masked = MASKED_YEAR.matcher(line);
        if (time != null && masked.lookingAt() && line.startsWith(time, masked.end())) {
            // "20xx年6月13日…": a template's year, masked, before the day
            time = line.substring(0, masked.end() + time.length());
        }
        if (time == null || !line.startsWith(time)) {
            return null;
        }
        Matcher note = DAY_NOTE.matcher(line.substring(time.length()));
        int day = time.length() + (note.lookingAt() ? note.end() : 0);
        Matcher hours = HOURS.matcher(line.substring(day));
        hours.lookingAt();
        int at = day + hours.end();
        Matcher space = SPACE_THEN_WORDS.matcher(line.substring(at));
        if (space.lookingAt()) {
            return new String[] {line.substring(0, at).strip(), line.substring(at + space.end())};
        }
        Matcher dash = DASH_THEN_WORDS.matcher(line.substring(at));
        if (dash.lookingAt()) {
            // "6月16日——安全生产宣传咨询日,公司本部及各项目部…": a news item's schedule, the day set off by a dash
            return new String[] {line.substring(0, at).strip(), line.substring(at + dash.end())};
        }
        Matcher comma = COMMA_THEN_WORDS.matcher(line.substring(at));
        if (at > time.length() && comma.lookingAt()) {
            // "2月17日(农历正月十三)上午9:00——12:00,“宏宇国际城”杯唢呐大赛": the day, its note and hours, then the work
            return new String[] {line.substring(0, at).strip(), line.substring(at + comma.end())};
        }
        Matcher placed = PLACE_THEN_DEED.matcher(line.substring(at));
        if (at > time.length() && placed.lookingAt()) {
            // "1月23-24日(正月初一至初二)14:30-16:00,在市中心广场举行…": the day, its note or hours, then where the
            // work is done and the deed
            return new String[] {line.substring(0, at).strip(), line.substring(at + placed.start(1))};
        }
        if (at == time.length() && SHORT_LINE_AFTER_A_DAY.matcher(line.substring(at)).matches()
                && DAY_OR_MONTH.matcher(time).find()) {
            // "5月9日石鼓大舞台(石鼓村苏村村)": a schedule's line, the day run straight into where it is held
            return new String[] {time, line.substring(at)};
        }
        Matcher where = AT_A_PLACE.matcher(line.substring(at));
        // "20xx年6月13日上午在福州举办…启动仪式", "6月5日在人民广场开展…": a day (and its hours) run straight into where
        // the work is done; "5月13日—18日開展…主題周活動": or into the deed itself
        return where.lookingAt() || DEED_AFTER_DAY.matcher(line.substring(at)).lookingAt()
                ? new String[] {line.substring(0, at).strip(), line.substring(at)} : null;
    }

    /**
     * "（二）召开环保新闻发布会 / 6月4日，召开…", "（一）舉辦全校大學生網路安全知識競賽 / 9月9日至10月31日,各系組織…": the day
     * that opens a numbered heading's one paragraph is the heading's, not an item below it.
     */
    private static void foldLoneDays(List<Item> items) {
        for (Item item : items) {
            foldLoneDays(item.children);
            if (item.written != null && item.children.size() == 1 && item.children.get(0).dateLed != null
                    && item.children.get(0).children.isEmpty() && isWork(item)) {
                // (not "五、活动具体安排 / 6月1日前，各村…": under a part of the plan the dated paragraph is the work)
                item.own.append('\n').append(item.children.get(0).own.toString().strip());
                item.children.clear();
            }
        }
    }

    private static void collect(List<Item> items, List<Item> all) {
        for (Item i : items) {
            all.add(i);
            collect(i.children, all);
        }
    }

    /**
     * Items with their own fields are tasks, unless their sub-items have fields (then those are). An item without
     * fields that ends the text among siblings that have them is a task cut off by the end of the text.
     */
    private static void labelledTasks(List<Item> items, List<Item> tasks) {
        long labelled = items.stream().filter(item -> !item.labelledBelow()
                && (item.labelled() || item.timed() && item.prose().any())).count();
        boolean aTaskList = labelled > 0 && (labelled * MAX_SIBLINGS_PER_TASK >= items.size()
                // "（二）主动公开… / 1.做好… / … / 8.做好…公开和宣传(责任单位:各委办局) / 9.…": a list under a heading,
                // one of whose items says in a field who does it, however long (not the plan's own parts: 一、活动主题)
                || !items.isEmpty() && items.get(0).parent != null
                        && items.stream().anyMatch(item -> !item.labelledBelow() && item.namesItsUnitsInAField()));
        boolean besideLabelledSections = items.stream().anyMatch(item -> item.labelledBelow() || item.labelled());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.labelledBelow()) {
                if (closesWithItsDoers(item.own.toString())
                        && item.children.stream().allMatch(c -> c.head.marker() == null)) {
                    // "1．狠抓重点排污行业整治取缔“十小”企业。…（…牵头）专项整治…": a heading run into its first piece, which
                    // closes with its own bracket as the pieces after it do
                    item.headsItsPieces = true;
                    tasks.add(item);
                }
                labelledTasks(item.children, tasks);
            } else if (leadsItsItems(item)) {
                // "（一）“六个深化”工作责任分工。 / 牵头处（室）：扶贫开发指导处。 / 1.深化…工作，由信息统计处负责落实；":
                // the group's lead over items that each say who carries them out: each item a task, the group's lead
                // leading
                String lead = item.fields.stream().filter(f -> f.kind() == Labels.Kind.LEAD).map(Labels.Field::value)
                        .findFirst().orElse("");
                for (Item child : item.children) {
                    child.groupLead = doersOf(lead, item.directory);
                    tasks.add(child);
                }
            } else if (item.labelled() || item.timed() && (item.prose().any() || item.children.isEmpty() && isWork(item))) {
                // "一、非遗民俗活动 / 活动时间：2月14-16日" beside "二、线上线下展 / 1.书画展 / 主办：…": an activity with a
                // time field of its own is a task, though it names no one
                tasks.add(item);
            } else if (besideLabelledSections && !item.children.isEmpty()
                    && item.children.stream().filter(c -> c.children.isEmpty() && c.prose().any()).count() * 2
                    >= item.children.size()) {
                // "（一）准备阶段 / 1.…张贴。（宣传部） / （二）开展阶段 / 1.…由学生会主席向全体师生宣读… / 2.…": a section
                // beside those whose items carry their units, half its own items or more saying who in their sentences,
                // is work too, its list read whole
                item.children.stream().filter(c -> c.children.isEmpty() && isWork(c)).forEach(tasks::add);
            } else if (besideLabelledSections && !item.children.isEmpty()
                    && item.children.stream().filter(c -> c.children.isEmpty() && c.timed()).count() * 2
                    >= item.children.size()) {
                // "二、改进措施 / 1.切实强化政治理论武装。…（整改时限：长期）" beside sections whose items carry their
                // units: items that carry their own time field are work too, though they name no one
                labelledTasks(item.children, tasks);
            } else if (i == items.size() - 1 && item.children.isEmpty() && isLastInDocument(item)
                    && (i > 0 ? items.get(i - 1).labelled() : continuesLabelledCousins(item))) {
                tasks.add(item);
            } else if (i == items.size() - 1 && i > 0 && items.get(i - 1).labelledBelow() && !item.children.isEmpty()
                    && isLastInDocument(item)) {
                // "（二）全面恢复经济社会秩序 / 3、积极争取政策" ending the text after a section whose items have their
                // fields: its items were cut off before theirs
                labelledTasks(item.children, tasks);
            } else if (aTaskList && item.children.isEmpty() && isWork(item)) {
                // a list is read whole (see proseTasks)
                tasks.add(item);
            } else if (besideLabelledSections && item.children.isEmpty() && opensWithItsLead(item)) {
                // "（七）平潭海事处独立开展…整治行动 / （八）乡镇人民政府：负责…", "(十二)监察部门负责…": beside an item that
                // says who does it in a form of its own, an item whose sentence opens with the body that does it
                tasks.add(item);
            }
        }
    }

    /**
     * Whether an item opens with the body that leads it ("区交通与建设局组织人员…"), as its sentences read ({@link
     * Item#prose}); not {@link #opensWithItsDoers}, a part whose first sub-item is headed by who does it.
     */
    private static boolean opensWithItsLead(Item item) {
        List<String> doers = item.prose().lead();
        return !doers.isEmpty() && item.own.toString().strip().startsWith(doers.get(0));
    }

    /**
     * "（一）… / 1、…（责任单位：…） / 2、…（责任单位：…） / （二）全面恢复经济社会秩序 / 3、积极争取政策": the first item of
     * the next section goes on with a list whose items carry their fields.
     */
    private static boolean continuesLabelledCousins(Item item) {
        Item section = item.parent;
        if (section == null || section.parent == null) {
            return false;
        }
        List<Item> sections = section.parent.children;
        int at = sections.indexOf(section);
        if (at < 1) {
            return false;
        }
        List<Item> cousins = sections.get(at - 1).children;
        return !cousins.isEmpty() && cousins.get(cousins.size() - 1).labelled();
    }

    private static boolean isLastInDocument(Item item) {
        Item at = item;
        while (at.parent != null) {
            List<Item> siblings = at.parent.children;
            if (siblings.get(siblings.size() - 1) != at) {
                return false;
            }
            at = at.parent;
        }
        return true;
    }

    /** "1.治理重点", "2.整治措施", "工作目标": a heading naming an aspect of one piece of work, not a piece of its own. */
    private static final Pattern ASPECT = Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}(?:重点|措施|目标|内容|要求|标准|范围|对象)$");

    /**
     * "（一）开展城区农贸市场专项治理 / 1.治理重点 / … / 2.治理措施 / （1）… / 牵头单位：县工商局 / 责任单位：…": an item whose
     * own items only name its aspects, the fields closing the last of them (or the last item under it): one piece of
     * work, and the fields its own.
     * The aspects fold into it; they are returned to be dropped from the list of all items.
     */
    private static List<Item> foldAspects(List<Item> all) {
        List<Item> folded = new ArrayList<>();
        for (Item item : all) {
            if (item.children.size() < 2 || item.labelled() || folded.contains(item)
                    || !item.children.stream().allMatch(c -> ASPECT.matcher(Hans.simplified(contentOf(c))).matches())) {
                continue;
            }
            List<Item> below = new ArrayList<>();
            collect(item.children, below);
            List<Item> labelled = below.stream().filter(Item::labelled).toList();
            if (labelled.size() != 1 || labelled.get(0) != below.get(below.size() - 1)
                    && labelled.get(0) != item.children.get(item.children.size() - 1)) {
                continue;
            }
            Item last = labelled.get(0);
            item.fields = last.fields;
            item.unitLed = last.unitLed;
            item.unitsInBracket = last.unitsInBracket;
            item.assistInBracket = last.assistInBracket;
            item.prose = null;
            folded.addAll(below);
            item.children.clear();
        }
        return folded;
    }

    /**
     * "1.参加单位：环保局、教育局…", "①主办单位：县科协": a sub-item that holds nothing but a unit field is a field of
     * the item it stands under (past a heading that only introduces the fields, "（1）主办、承办、协办单位："), not a
     * task of its own.
     */
    private static List<Item> foldFieldItems(List<Item> all) {
        List<Item> folded = new ArrayList<>();
        for (Item item : all) {
            if (item.parent == null || !item.children.isEmpty() || !onlyUnitFields(item)) {
                continue;
            }
            Item owner = item.parent;
            while (owner.parent != null && (owner.own.toString().strip().matches("(?s).*[:：]$") || onlyUnitFields(owner))) {
                owner = owner.parent;
            }
            owner.own.append('\n').append(item.own.toString().strip());
            owner.fields = Labels.in(owner.own.toString());
            owner.prose = null;
            folded.add(item);
            // a heading left without the fields it introduced goes with them
            for (Item at = item; at != owner && at.children.isEmpty(); at = at.parent) {
                at.parent.children.remove(at);
                folded.add(at);
            }
        }
        return folded;
    }

    /**
     * "（一）举行食品安全周启动仪式 / 1、时间：6月17日… / 2、地点：翟山辖区 / 3、参加人员：… / 承办单位：…": the sub-items an
     * activity opens with that are nothing but a field of it (its time, place, who attends, who holds it) are its
     * fields, not tasks of their own. Only under an activity that stands in a section (a top-level "二、活动安排 / 1、时间："
     * is the plan's), and not a field that names what is to be done (1.活动内容：…), which may be an item of its own.
     */
    private static List<Item> foldLeadingFields(List<Item> all) {
        List<Item> folded = new ArrayList<>();
        boolean rootsAreWork = all.stream().filter(i -> i.parent == null && opensWithItsDoers(i)).count() >= 2;
        for (Item item : all) {
            if (item.parent == null && !rootsAreWork || !opensWithAField(item)) {
                continue;
            }
            while (opensWithAField(item)) {
                Item field = item.children.remove(0);
                item.own.append('\n').append(withItsColon(field.own.toString().strip()));
                folded.add(field);
            }
            item.fields = Labels.in(valuesUnderTheirLabels(item.own.toString()));
            item.prose = null;
        }
        return folded;
    }

    /**
     * "一、对经营高危险性体育项目单位的行政检查 / （一）检查主体 / 市体育局、各区体育局 / （二）检查对象基数…": a top-level item
     * whose first sub-item is headed by who does it is a piece of work, not a part of the plan; where two such items
     * stand side by side, the plan's top level is its work and their leading fields are theirs.
     */
    private static boolean opensWithItsDoers(Item item) {
        if (item.children.isEmpty() || !item.children.get(0).children.isEmpty()) {
            return false;
        }
        String own = item.children.get(0).own.toString().strip();
        int lineEnd = own.indexOf('\n');
        return lineEnd > 0 && DOERS_HEADING.matcher(Hans.simplified(own.substring(0, lineEnd).strip())).matches();
    }

    /** "检查主体 / 市体育局、各区体育局": a heading of who does the work, given the colon a label has before its value. */
    private static String withItsColon(String field) {
        int lineEnd = field.indexOf('\n');
        String heading = lineEnd < 0 ? "" : field.substring(0, lineEnd).strip();
        if (lineEnd < 0 || !DOERS_HEADING.matcher(Hans.simplified(heading)).matches() || heading.endsWith("：")
                || heading.endsWith(":")) {
            return field;
        }
        return heading + "：" + field.substring(lineEnd);
    }

    /** Whether an item's first sub-item holds only a field of it, and not what is to be done (活动内容：). */
    private static boolean opensWithAField(Item item) {
        if (item.children.isEmpty() || !isFieldItem(item.children.get(0))) {
            return false;
        }
        List<Labels.Field> fields = item.children.get(0).fields;
        return fields.isEmpty() || fields.get(0).kind() != Labels.Kind.CONTENT;
    }

    /**
     * A numbered item that holds only its fields, and has no items of its own: it opens with a label ("1、时间：…"), or
     * its heading is a field's name, the value on the lines under it ("1.组织单位 / 主办：… / 承办：…", "2.时间地点 / 6月9日
     * 上午…").
     */
    private static boolean isFieldItem(Item item) {
        if (!item.children.isEmpty() || item.written == null) {
            return false;
        }
        String own = item.own.toString().strip();
        int lineEnd = own.indexOf('\n');
        return !item.fields.isEmpty() && Labels.firstLabelAt(own) == 0
                || lineEnd > 0 && FIELD_HEADING.matcher(Hans.simplified(own.substring(0, lineEnd).strip())).matches()
                // "1. 组织单位 主办:国家市场监督管理总局 承办:…" in a page that ran the notice into one paragraph
                || lineEnd < 0 && FIELD_HEADING_RUN_ON.matcher(Hans.simplified(own)).lookingAt();
    }

    /** "组织单位", "主办、承办单位": the heading over who holds an activity. */
    private static final String HOSTS_HEADING = "(?:组织|主办|承办|协办)(?:单位)?(?:[和及、](?:承办|协办)(?:单位)?)?";
    /** "时间", "时间地点", "活动地点": the heading over an activity's time and place. */
    private static final String WHEN_WHERE_HEADING = "(?:活动)?(?:时间|地点)(?:[和及、]?地点)?";
    /** A field's name as a heading, the value after a space where the line ended. */
    private static final Pattern FIELD_HEADING_RUN_ON = Pattern.compile(HOSTS_HEADING + "\\s+(?=\\S)|" + WHEN_WHERE_HEADING
            + "\\s+(?=[0-9一二三四五六七八九十])");

    /** "检查主体", "责任单位": the heading over who does a piece of work, its names on the lines under it. */
    private static final String DOERS = "(?:检查|抽查|实施|执法|责任)主体|(?:牵头|责任|实施|检查)(?:单位|部门)";
    private static final Pattern DOERS_HEADING = Pattern.compile("(?:" + DOERS + ")[:：]?");
    /** The name of an activity's field, as a heading of its own: "组织单位", "时间地点", "出席人员", "检查主体". */
    private static final Pattern FIELD_HEADING = Pattern.compile("(?:" + HOSTS_HEADING + "|" + WHEN_WHERE_HEADING
            + "|(?:出席|参加|参会)(?:人员|对象)|活动对象|" + DOERS + ")[:：]?");

    private static boolean onlyUnitFields(Item item) {
        return !item.fields.isEmpty() && item.fields.stream().allMatch(f -> f.kind() == Labels.Kind.LEAD
                || f.kind() == Labels.Kind.RESPONSIBLE || f.kind() == Labels.Kind.ASSIST)
                && Labels.firstLabelAt(item.own.toString().strip()) == 0;
    }

    /** Without labels: the deepest items that name units in their sentences. */
    private static void proseTasks(List<Item> items, List<Object> tasks, UnitDirectory directory) {
        proseTasks(items, tasks, directory, false);
    }

    /**
     * "现将会议确定事项纪要如下：", "…主持召开了2015年第9次局长办公会议。": a meeting's minutes, their numbered items the
     * decisions it made.
     */
    private static final Pattern MINUTES_OPENING = Pattern.compile(
            "会议(?:议定|确定|决定|研究决定|议决)[^。]*[:：]$|纪要如下[:：]$|主持召开了?[^。]{0,40}会议");

    /** Whether the paragraph before the first numbered item opens a meeting's decisions. */
    private static boolean decisionsFollow(List<Part.Paragraph> paragraphs) {
        String before = null;
        for (Part.Paragraph p : paragraphs) {
            if (p.marker() != null) {
                return before != null && MINUTES_OPENING.matcher(Hans.simplified(before.strip())).find();
            }
            before = p.text();
        }
        return false;
    }

    /**
     * A meeting's decisions, each a task whoever it names: an item with a paragraph of its own ("一、审议《…的请示》 / 会议
     * 议定：原则同意…，由移民安置处按程序办理。", the points under it what the decision rests on), the items under one that is
     * only a heading ("二、关于统筹城乡发展有关问题 / （一）会议原则同意…").
     */
    private static void decisions(List<Item> items, List<Object> tasks) {
        for (Item item : items) {
            if (item.children.isEmpty() || item.own.toString().strip().indexOf('\n') > 0) {
                if (isWork(item)) {
                    onlyWhatWasDecided(item);
                    tasks.add(item);
                }
            } else {
                decisions(item.children, tasks);
            }
        }
    }

    /** "会议认为：…", "会议议定：…": what a meeting thought of a matter, and what it decided on it. */
    private static final Pattern MEETING_THOUGHT = Pattern.compile("^会议(?:认为|指出|听取|强调|分析)");
    private static final Pattern MEETING_DECIDED = Pattern.compile("^会议(?:议定|决定|确定|同意|要求)");

    /**
     * "（一）关于移民资金超概…问题 / 会议认为：…雅砻江公司提供的资金… / 会议议定：…由规划处牵头…": where a decision says
     * what was decided on its own lines, the bodies and times the meeting's view names are none of the decision's.
     */
    private static void onlyWhatWasDecided(Item item) {
        List<String> lines = item.own.toString().strip().lines().toList();
        if (lines.stream().noneMatch(l -> MEETING_DECIDED.matcher(Hans.simplified(l.strip())).lookingAt())) {
            return;
        }
        String kept = lines.stream().filter(l -> !MEETING_THOUGHT.matcher(Hans.simplified(l.strip())).lookingAt())
                .collect(Collectors.joining("\n"));
        item.own.setLength(0);
        item.own.append(kept);
        item.prose = null;
    }

    /** @param announced whether a line above the items announced them as the plan's work ("主要开展以下活动：") */
    private static void proseTasks(List<Item> items, List<Object> tasks, UnitDirectory directory, boolean announced) {
        Boolean siblingsAct = null;
        // "1.…彩粉跑步活动(4月20日) / 2.…歌手大赛总决赛(4月20日)": a list of activities, each closing its line with its day
        boolean daysClosing = aListOf(items, OutlineFinder::closesWithItsDay);
        List<List<Object>> found = new ArrayList<>();
        int sectionsOfTasks = 0;
        for (Item item : items) {
            List<Object> own = new ArrayList<>();
            found.add(own);
            if (!item.labelled() && !item.children.isEmpty()
                    && item.own.toString().strip().indexOf('\n') > 0
                    && ANNOUNCES_A_LIST.matcher(item.own.toString().strip()).find()) {
                // "第二阶段为活动实施阶段（2月23日至3月20日） / 主要开展以下活动： / 1、… / 2、…": the items a line under
                // the heading announces are the plan's work, though they name no one; the item is a task of its own when
                // it has its time. ("1、在市计量测试所院内开展以下活动：" is one activity at one place: its heading
                // announces what is done there)
                if (TimesInText.firstIn(item.own.toString().strip().lines().findFirst().orElse("")) != null) {
                    own.add(item);
                }
                proseTasks(item.children, own, directory, true);
                continue;
            }
            if (item.labelled()) {
                // an item with who takes part in a prose outline (see read): a task, and so are its sub-items, and
                // the points its text counts off for other units ("各县政府要…：一是…；二是…由各县工商局组织…")
                own.add(item);
                own.addAll(pointsForOthers(item, directory));
                if (item.proseBelow()) {
                    proseTasks(item.children, own, directory);
                }
                continue;
            }
            if ((isDatedStep(item) || item.headsAList || opensWithItsDate(item) && numberedActivities(item))
                    && !item.children.isEmpty()) {
                // "（二）组织实施阶段（6月1日—6月15日） / 1.在县教育局的牵头下… / 2.…": the step is a task with its time, and so
                // are the pieces of work under it, whether or not they name who does them; so is a day over its list
                // ("2月4日16:00 莫旗体育馆内 活动一 / 一、文艺表演… / 二、…")
                own.add(item);
                proseTasks(item.children, own, directory, true);
                continue;
            }
            if (item.proseBelow() || item.timedBelow()
                    || item.children.stream().anyMatch(child -> !groupsDuties(child).isEmpty())) {
                if (isDatedStep(item)) {
                    // "（二）组织实施阶段（6月1日—6月15日） / 1.在县教育局的牵头下…": the step is a task with its time, and
                    // so are the pieces of work under it
                    own.add(item);
                }
                // "三、活动内容 / 1、举办一次档案法制宣传讲座。 / … / 3、…各档案局要…": the items of a part that names the
                // plan's activities are its work, though only some of them name who does it
                proseTasks(item.children, own, directory, ACTIVITIES_PART.matcher(Hans.simplified(contentOf(item))).matches());
                if (!own.isEmpty() && item.rank > Numbering.Kind.CHINESE.rank()) {
                    // "（一）宣传报道 / 1、6月1日上午，…市委宣传部… / （二）宣传咨询日活动": a section of tasks is a piece of
                    // work of its list, which is read whole
                    sectionsOfTasks++;
                }
                continue;
            }
            if (FORM_NOTE.matcher(Hans.simplified(contentOf(item))).lookingAt()) {
                // "1.本表是以县为单位统一填写，由县级扶贫移民部门填报。", "3.联系人：填写县级具体经办人员。": how an attached
                // form is filled in, not work
                continue;
            }
            List<RawTask> groupsDuties = groupsDuties(item);
            if (!groupsDuties.isEmpty()) {
                // "（一）宣传材料组。主要职责：1.起草…讲话；2.提供…传达稿；": the group's duties, each its work
                own.addAll(groupsDuties);
                continue;
            }
            List<RawTask> groupLines = groupLines(item);
            if (!groupLines.isEmpty()) {
                // "四、工作分组 / 第一组：省委统战部，调研检查泸州市… / 第二组：…": each group's line the work of its body
                own.addAll(groupLines);
                continue;
            }
            if (!item.prose().any() && !(item.timed() && item.children.isEmpty()) && item.children.isEmpty()
                    && datedActivity(item) && siblingsAct == null) {
                siblingsAct = items.stream().anyMatch(i -> i.children.isEmpty() && i.prose().any());
            }
            if (!item.prose().any() && !(item.children.isEmpty()
                    && (item.timed() || item.completesBy() || isDatedStep(item) || opensWithItsDate(item)
                    || daysClosing))
                    && !(Boolean.TRUE.equals(siblingsAct) && item.children.isEmpty() && datedActivity(item))) {
                // "（一）组织发动阶段。时间：5月30日—6月4日。…": a step with a time field of its own is a task too
                continue;
            }
            String[] paragraphs = item.own.toString().strip().split("\n", 2);
            Matcher runOn = RUN_ON_HEADING.matcher(paragraphs[0].strip());
            if (paragraphs.length == 1 && runOn.matches()) {
                // "三、职责分工 按照…。农业办积极…。" in a flattened page: the heading's line ended where the space stands
                paragraphs = new String[] {runOn.group(1), runOn.group(2)};
            }
            String head = paragraphs[0].strip();
            // a heading that only names a part of the plan ("主要内容", "时间和主题"), not an activity
            boolean structural = Columns.namesAPart(head);
            if (structural && paragraphs.length > 1) {
                // "2.主要内容" over paragraphs that each say who does what: each such sentence is a task
                sentenceTasks(paragraphs[1], headingOf(item), directory, own);
                continue;
            }
            if (paragraphs.length > 1 && isHeading(head) && !ProseRoles.in(head, directory).any()) {
                List<RawTask> counted = countedPoints(paragraphs[1], headingOf(item), directory);
                if (!counted.isEmpty()) {
                    // "二、工作要求和任务 / 各街镇要…。一是由区安监局牵头…；二是由交警大队牵头…": the points the heading's
                    // paragraph counts off for different units, and its sentences around them, are the tasks
                    own.addAll(counted);
                    continue;
                }
            }
            List<RawTask> stepPoints = item.children.isEmpty() && isDatedStep(item) ? stepPoints(item, directory)
                    : List.of();
            if (!stepPoints.isEmpty()) {
                // "（二）组织实施阶段（4月6日至4月30日）：一是开展…。二是开展…": the step is a task with its time, and so are
                // the points it counts off, its pieces of work
                own.add(item);
                own.addAll(stepPoints);
                continue;
            }
            // "一、强化统筹推进 / 县市场监管局要…。县公安局要…。": a numbered item is one task, and the units its sentences
            // tell their part are its units (only under a part's name, "职责分工", "主要内容", is each sentence a task).
            // Points it counts off for other units ("（一）…大型纪念活动：一是组织集会…；二是…由各县工商局分别组织…")
            // are tasks beside it, where the item names units of its own; where only its points name any (a meeting's
            // decision "1.加快推进…工作。一是…由规划处抓落实。二是…由移民安置处抓落实。"), they are the item's units
            own.add(item);
            List<RawTask> points = pointsForOthers(item, directory);
            Set<String> theirs = new HashSet<>();
            points.forEach(t -> theirs.addAll(ProseRoles.unitList(t.leadText(), directory)));
            if (!theirs.containsAll(item.prose().lead())) {
                own.addAll(points);
            }
        }
        // one item in many that names a unit is a stray mention (a list of the kinds of information to publish, one of
        // them saying who publishes), not a list of work
        boolean[] ofATaskList = new boolean[items.size()];
        int[] run = numberedRuns(items);
        // the items taken themselves that are tasks, counted per run
        int taskItems = 0;
        for (int from = 0; from < items.size(); ) {
            // "1、…途径。2、…措施。4、…增效益。 1、市局成立6个服务队…": a list numbered from 1 again is a list of its own,
            // read whole or not by itself
            int to = from;
            int tasksInRun = 0;
            while (to < items.size() && run[to] == run[from]) {
                tasksInRun += found.get(to).contains(items.get(to)) && isTask(items.get(to)) ? 1 : 0;
                to++;
            }
            boolean read = announced || tasksInRun > 0 && tasksInRun * MAX_SIBLINGS_PER_TASK >= to - from;
            Arrays.fill(ofATaskList, from, to, read);
            taskItems += tasksInRun;
            from = to;
        }
        // beside sections of tasks only the items with none below them are pieces of work ("（二）提升工程质量 / 1.…"
        // is a section whose items say no more)
        boolean besideSections = taskItems == 0 && sectionsOfTasks * MAX_SIBLINGS_PER_TASK >= items.size();
        // a section's heading that ends the text had its items cut off ("（一）宣传报道 / 1、… / （二）开展线上宣传教")
        boolean ofSections = items.stream().anyMatch(item -> !item.children.isEmpty());
        for (int i = 0; i < items.size(); i++) {
            if ((ofATaskList[i] && !(ofSections && cutOffHeading(items.get(i)))
                    || besideSections && items.get(i).children.isEmpty() && !cutOffHeading(items.get(i)))
                    && found.get(i).isEmpty() && isWork(items.get(i))) {
                // a list is read whole: "1.在市计量测试所院内开展以下活动" beside "4.…市衡器管理所还将…" is one of its
                // activities, though it names no one (the parts of a plan that are not work are left out by taskOf)
                found.get(i).add(items.get(i));
            }
            tasks.addAll(found.get(i));
        }
    }

    /** The run of numbering each item stands in: a new run where a number 1 follows a greater one of its kind. */
    private static int[] numberedRuns(List<Item> items) {
        int[] run = new int[items.size()];
        for (int i = 1; i < items.size(); i++) {
            Numbering.Marker here = items.get(i).head.marker();
            Numbering.Marker before = items.get(i - 1).head.marker();
            boolean restarts = here != null && before != null && here.kind() == before.kind() && here.value() == 1
                    && before.value() > 1;
            run[i] = run[i - 1] + (restarts ? 1 : 0);
        }
        return run;
    }

    /** "（三）開展線上宣傳教" ending the text: a section's heading whose items the copy cut off. */
    private static boolean cutOffHeading(Item item) {
        return item.endsTheText && item.own.toString().strip().indexOf('\n') < 0;
    }

    private static final Pattern PARTS_JOINED = Pattern.compile("[和及与、]");
    /** "活动内容和形式", "活动内容及安排", "活动内容与方式": a part's name, and how or when its work is done. */
    private static final String AND_HOW_OR_WHEN = "(?:[和及与、](?:形式|方式|安排|步骤|载体|时间(?:安排)?))?";
    /** "活动内容", "主要活动", "活动安排", "活动内容和形式": the part of the plan that lists its activities. */
    private static final Pattern ACTIVITIES_PART = Pattern.compile(
            "(?:(?:主要|具体|重点)?(?:宣传)?活动(?:内容|安排|项目)?|(?:主要|具体)活动)" + AND_HOW_OR_WHEN);
    /** "主要开展以下活动：", "重点做好以下工作:", "具体安排如下：": the words over a list of the plan's work. */
    private static final Pattern ANNOUNCES_A_LIST = Pattern.compile(
            "(?:以下|下列|如下)[\\u4e00-\\u9fa5]{0,6}(?:活动|工作|任务|事项|安排)?[:：]$|(?:活动|工作|任务)(?:安排)?如下[:：]?$");
    /** Whether an item taken as a task is one: "二、组织领导。县局成立活动领导小组…" names units, but is a part of the plan. */
    private static boolean isTask(Item item) {
        return proseTaskOf(item) != null;
    }

    /** The item read as a task of a prose outline, read once: whether it is a task is asked before it is taken. */
    private static RawTask proseTaskOf(Item item) {
        if (!item.asProseRead) {
            item.asProse = taskOf(item, false);
            item.asProseRead = true;
        }
        return item.asProse;
    }

    /**
     * "组织实施阶段（6月1日—6月15日）", "第二阶段：…", "第一阶段，2009年5月至8月底前": a heading that names a step, not
     * "步骤和任务…分四个阶段进行"; "筹备时期（8月31日前）" where a spinner put 时期 for 阶段.
     */
    private static final Pattern STEP = Pattern.compile("^[^，,。；;：:（(]{0,20}(?:阶段|时期)(?:[（(：:，,\\s]|$)");

    /** "（二）组织实施阶段（6月1日—6月15日）": a step of the plan whose heading gives its own time. */
    private static boolean isDatedStep(Item item) {
        String head = item.own.toString().strip().lines().findFirst().orElse("");
        if (item.written != null && (item.written.contains("阶段") || item.written.contains("階段"))) {
            // "第一阶段(2月25日—3月2日):隐患自查": a stage's number is its name, its time in its first clause
            return TimesInText.firstIn(FIRST_CLAUSE.matcher(head).replaceFirst("")) != null;
        }
        if (STEP.matcher(Hans.simplified(head)).find() && TimesInText.firstIn(head) != null) {
            return true;
        }
        // "（一）全面开展清产核资（2018年4-9月）", "（二）积极开展大讨论（2018年9月中旬-10月）": a heading of a few words and its
        // time in a bracket, nothing after it, over the pieces of work it holds
        if (item.children.isEmpty()) {
            return false;
        }
        Matcher timed = HEADING_AND_ITS_TIME.matcher(head);
        return timed.matches() && TimesInText.firstIn(timed.group(1)) != null;
    }

    /** A heading of a few words, then its time in a bracket, and nothing after it on its line. */
    private static final Pattern HEADING_AND_ITS_TIME = Pattern.compile(
            "^[^，,。；;：:（()）]{2,24}[（(]([^（()）]{2,30})[）)][。．.]?\\s*$");

    /**
     * "活动时间：6月1日", "参加人员：…": a field of the plan, not "文艺表演：器乐演奏、马头琴演奏…", an activity named before
     * what it holds.
     */
    private static boolean aFieldOfThePlan(String head) {
        Matcher field = FIELD_LINE.matcher(head);
        if (!field.lookingAt()) {
            return false;
        }
        return FIELD_WORD.matcher(Hans.simplified(field.group(1))).find() || Labels.firstLabelAt(head) == 0;
    }

    /** The words a field of the plan ends with: 时间, 地点, 参加人员, 主办单位… */
    private static final Pattern FIELD_WORD = Pattern.compile(
            "(?:时间|时限|日期|地点|地址|对象|范围|要求|目标|安排|内容|步骤|措施|人员|单位|部门|主题|方式|形式|口号|标准|名称|规模|经费|分工|电话|联系人)$");

    /** Whether the items are a list, two or more, none with items of its own, each as {@code each} says. */
    private static boolean aListOf(List<Item> items, Predicate<Item> each) {
        return items.size() >= 2 && items.stream().allMatch(c -> c.children.isEmpty() && each.test(c));
    }

    /**
     * "七、 7-8月开展暑期离校不离教活动 / 1、少儿歌唱赛 / 2、小型运动会": the short numbered activities under an item,
     * each a line and no sentence.
     */
    private static boolean numberedActivities(Item item) {
        return aListOf(item.children, c -> c.head.marker() != null && isHeading(c.own.toString().strip()));
    }

    /** "1.陽光前行,精彩無限——彩粉跑步活動(4月20日)": an item of one line, its day in the bracket that closes it. */
    private static boolean closesWithItsDay(Item item) {
        String own = item.own.toString().strip();
        Matcher bracket = TIME_AT_END.matcher(own);
        if (own.indexOf('\n') >= 0 || !bracket.find()) {
            return false;
        }
        String time = TimesInText.firstIn(bracket.group(1));
        return time != null && DAY_OR_MONTH.matcher(time).find();
    }

    /** "（六）9-10月，开展农资打假秋季专项整治行动。": a numbered item whose text opens with its own time. */
    private static boolean opensWithItsDate(Item item) {
        String own = item.own.toString().strip();
        return !own.isEmpty() && Character.isDigit(own.charAt(0)) && dateLed(own) != null;
    }

    /** How many items a list may hold for each that names its doer, and still be read as a list of work. */
    private static final int MAX_SIBLINGS_PER_TASK = 5;
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fa5]");
    private static final int MIN_WORK_CHARACTERS = 4;
    /** A part's name run into the text after it is looked for from four characters ("工作目标"; "安排部署" is work). */
    private static final int MIN_PART_NAME = 4;
    private static final int MAX_PART_NAME = 8;
    /** "活动口号", "宣传口号", "活动重点及口号": the part of a day's plan that gives its slogans. */
    private static final Pattern SLOGANS = Pattern.compile("^[\\u4e00-\\u9fa5]{0,8}口号[。.]?$");
    private static final Pattern SHORT_PART = Pattern.compile(
            "^.{0,6}(?:时间|地点|对象|范围|要求|目标|安排|内容|步骤|措施|依据|名称|成果|成员|经费|预算|背景)$");
    private static final Pattern CUT_FRAGMENT = Pattern.compile("^[\\u4e00-\\u9fa5][，,。；;、]");
    /** "活动目标", "重点宣传内容", "组织领导": the name of a part of the plan, at the start of an item's text. */
    private static final Pattern SECTION_NAME = Pattern.compile("^(?:(?:(?:重点|主要|具体|总体|基本)(?:宣传|活动|工作)?|宣传|活动|工作)"
            + "(?:内容|安排|目标|目的|意义|原则|主题|方式|形式|步骤|要求)|组织(?:领导|实施|保障|机构))");

    /** "指导思想和工作目标", "工作计划和进度安排": parts of the plan, named alone or together. */
    private static boolean namesPartsOfThePlan(String simple) {
        return Arrays.stream(PARTS_JOINED.split(simple))
                .allMatch(part -> PLAN_PART.matcher(part).matches() || SHORT_PART.matcher(part).matches());
    }

    /**
     * Whether an item beside tasks says some work: not a part of the plan ("活动主题和时间"), not a field ("地点：…"),
     * not only a time or a page's stamp ("11月1日至30日", "42:39 高考在线").
     */
    private static boolean isWork(Item item) {
        String head = contentOf(item);
        if (Columns.namesAPart(head) || aFieldOfThePlan(head)
                || MEETING_THOUGHT.matcher(Hans.simplified(head)).lookingAt()) {
            // (…, nor what a meeting thought: "一、会议指出：在各相关部门的协同努力下，…成效逐步显现")
            return false;
        }
        String simple = Hans.simplified(head);
        if (namesPartsOfThePlan(simple)) {
            return false;
        }
        if (item.parent != null && SLOGANS.matcher(Hans.simplified(contentOf(item.parent))).matches()) {
            // "二、活动重点及口号 / （一）预防近视，从小抓起": words to print, beside the activities of the part after it
            return false;
        }
        if (SECTION_NAME.matcher(simple).lookingAt() || SHORT_PART.matcher(simple).matches()
                || CUT_FRAGMENT.matcher(head).lookingAt()) {
            // "活动目标", "重点宣传内容1.习近平法治思想…", "组织领导为加强组织领导…", "检查整改时间", "保障措施": the plan's own
            // outline; "作，减少大气环境污染…": the rest of a word a line break cut, not an item
            return false;
        }
        for (int k = MIN_PART_NAME; k <= Math.min(MAX_PART_NAME, head.length() - 1); k++) {
            if (Columns.namesAPart(head.substring(0, k))) {
                // "工作目标通过对道路范围外停放…", "时间安排11月30日——12月6日": a part's name run into its text
                return false;
            }
        }
        String time = TimesInText.firstIn(head);
        String rest = time == null ? head : head.replace(time, "");
        return HAN.matcher(rest).results().count() >= MIN_WORK_CHARACTERS;
    }

    /**
     * A plan that names no one for any item but sets out when each activity is held ("（一）召开环保新闻发布会 6月4日，…",
     * "（一）准备阶段（5月20日—5月30日）"): its dated items are its tasks, the deepest that carry their own day, when two or
     * more siblings do. An item that gives only a month or a season is a part of the plan, not one activity.
     *
     * @param ofActivities whether the items stand under a part that names the plan's activities (三、活动安排)
     */
    private static void datedItems(List<Item> items, List<Object> tasks, boolean ofActivities) {
        List<Item> dated = new ArrayList<>();
        for (Item item : items) {
            List<Object> below = new ArrayList<>();
            // "二、活动内容 / （一）市级活动 / 1.…启动仪式（暂定3月25日） / 2.…": a part of the activities part is one too
            datedItems(item.children, below, ACTIVITIES_PART.matcher(Hans.simplified(contentOf(item))).matches()
                    || ofActivities && !item.children.isEmpty());
            if (!below.isEmpty()) {
                tasks.addAll(below);
                continue;
            }
            if (datedActivity(item)) {
                dated.add(item);
            }
        }
        // "三、活动安排 / 1、3月20日在绿城广场…举行…启动仪式": under the part that names the plan's activities, one dated
        // item is a task too (a copy cut off after it)
        if (dated.size() >= 2 || ofActivities && !dated.isEmpty()) {
            // a list is read whole (see proseTasks): "4、“玉米高产王”挑战赛。" beside "1、草原那达慕（8月31日—9月2日）。";
            // the plan's activities where one of them gives its time
            boolean aTaskList = ofActivities || dated.size() * MAX_SIBLINGS_PER_TASK >= items.size();
            for (Item item : items) {
                if (dated.contains(item)) {
                    tasks.add(item);
                    // "（一）2015年7月26日:军事日活动 / 1、新疆形势讲座 / 地点:… / 2、组织轻武器实弹射击": the numbered
                    // activities held on the day are its pieces of work
                    item.children.stream().filter(c -> c.head.marker() != null && isWork(c)).forEach(tasks::add);
                } else if (aTaskList && item.children.isEmpty() && isWork(item)) {
                    tasks.add(item);
                }
            }
        }
    }

    /** A day's half and hours inside its bracket: "上午9:00-10:00". */
    private static final Pattern HALF_AND_HOURS = Pattern.compile(HALF_OF_DAY + "?\\s*" + CLOCK);
    /** A heading's closing bracket: "准备阶段（5月20日—5月30日）". */
    private static final Pattern TIME_AT_END = Pattern.compile("[（(]([^（()）]{2,30})[）)][。：:]?$");
    /** "自行整治阶段（5月8日13日）": a stage or an activity named, then its time in a bracket. */
    private static final Pattern STAGE_TIME = Pattern.compile(
            "^(.{2,20}?(?:阶段|階段|时期|時期|活动|活動|行动|行動))[（(]([^（()）]{2,30})[）)]");
    /**
     * The text without the bracketed time that follows a stage's name at its start ("自行整治阶段（5月8日13日），各有关乡镇
     * 对…"), the name and what came after the bracket joined by {@code joint}; the text as it is otherwise.
     */
    private static String withoutStageTime(String text, String joint) {
        Matcher stage = STAGE_TIME.matcher(text);
        return stage.lookingAt() && isOnlyATime(stage.group(2)) ? stage.group(1) + joint + text.substring(stage.end())
                : text;
    }

    /**
     * "第二阶段，2009年9月7日到9月13日，开展…": a stage named, then its time set off by commas; "第一阶段为攻坚突破阶段,时间从2021年1月
     * 至2021年12月": the same after 为, its time after 时间.
     */
    private static final Pattern STAGE_TIME_CLAUSE = Pattern.compile(
            "^(?:[为為是]\\s*)?([^，,。；;:：]{0,20}(?:阶段|階段))[，,:：]\\s*(?:(?:时间|時間)(?:[为為是从從]|[:：])?\\s*)?"
            + "([^，,。；;]{2,30})(?=[，,。；;]|$)");

    /** "二、活动内容", "三、主要活动", "四、工作任务": a heading over the plan's list of what is to be done. */
    private static final Pattern LIST_OF_WORK = Pattern.compile(
            "^(?:主要|重点|具体)?(?:活动|工作|宣传)?(?:内容|安排|任务|活动|措施|项目)(?:安排)?" + AND_HOW_OR_WHEN + "$");
    /** "五、知识产权宣传周系列活动内容", "三、“安全生产月”主要活动": the same, after the campaign's name. */
    private static final Pattern CAMPAIGNS_LIST_OF_WORK = Pattern.compile(
            "(?:系列活动|主要活动|重点活动|宣传活动)(?:内容|安排)?$|活动(?:内容|安排)$");

    /**
     * A plan that names no one and dates little, but lists its activities under a heading that says so ("二、活动内容 /
     * （一）开展世界环境日广场宣传活动 / （二）组织开展绿色学校环保主题宣传活动…"): the items of that list are its tasks, for
     * the coordinator to assign. Two items at least.
     */
    private static void activitiesListed(List<Item> all, List<Object> tasks) {
        for (Item item : all) {
            String head = firstSentence(item.own.toString()).replaceAll("[\\s：:]", "");
            String simple = Hans.simplified(head);
            if (item.children.size() >= 2 && (LIST_OF_WORK.matcher(simple).matches()
                    || simple.length() <= MAX_HEADING && CAMPAIGNS_LIST_OF_WORK.matcher(simple).find())) {
                tasks.addAll(item.children);
                return;
            }
        }
    }

    /** A short heading and its body after the space a flattened page left where the heading's line ended. */
    private static final Pattern RUN_ON_HEADING = Pattern.compile("^([^\\s，,。；;：:、（(“”\"]{2,15})[ \\u3000]+(\\S.*)$",
            Pattern.DOTALL);

    /** How long a heading standing on a line of its own may be. */
    private static final int MAX_HEADING = 30;

    /** A heading on a line of its own: short, one phrase, no sentence. */
    private static boolean isHeading(String line) {
        return line.length() <= MAX_HEADING && !SENTENCE_END.matcher(line.replaceAll("[。.]$", "")).find();
    }

    /**
     * "3.网络安全知识竞赛 / 9月10日至21日，在政协云开展…": an activity that says when it is held, among activities that
     * say who holds them, is one of them.
     */
    private static boolean datedActivity(Item item) {
        String time = TimesInText.firstIn(withoutFields(item.own.toString()));
        if (time == null) {
            // "（二）3.15活动现场宣传阶段。时间：2017年3月15日 9:30—15:00。": the day in its time field
            time = item.fields.stream().filter(f -> f.kind() == Labels.Kind.TIME).map(f -> TimesInText.firstIn(f.value()))
                    .filter(t -> t != null).findFirst().orElse(null);
        }
        return time != null && (DAY_OR_MONTH.matcher(time).find() || YEARS_END.matcher(time).find());
    }

    /** "2020年年底前", "2032年底": the end of a named year, a deadline as a day is. */
    private static final Pattern YEARS_END = Pattern.compile("\\d{4}\\s*年\\s*年?(?:底|末)");

    /**
     * A field's units without the note that the first leads, in its own bracket after the first name or closing the
     * list ("责任单位:市税务局、市财政局,排在首位的为牵头单位,下同").
     */
    private static String withoutNote(String units) {
        String simple = Hans.simplified(units);
        Matcher note = FIRST_LEADS_BRACKET.matcher(simple);
        if (note.find()) {
            return units.substring(0, note.start()) + units.substring(note.end());
        }
        Matcher last = FIRST_LEADS.matcher(simple);
        return last.find() ? units.substring(0, last.start()) : units;
    }

    /**
     * "1.严格环境准入。…（市生态环境局牵头，…参与，县(市、区)政府负责落实。以下均需县(市、区)政府落实，不再列出）": the
     * bodies named once for every item from there on stand with each item of that rank after it, as they stood with the
     * item that names them.
     */
    private static void noteTheBodiesNamedForAllBelow(List<Item> all, UnitDirectory directory) {
        Item noting = null;
        for (Item item : all) {
            // the note ends in 不再列出, the same in either script: an item without it is passed without simplifying it
            Matcher note = item.own.indexOf("列出") < 0 ? null
                    : NAMED_FOR_ALL_BELOW.matcher(Hans.simplified(item.own.toString()));
            if (note != null && note.find()) {
                List<String> bodies = ProseRoles.unitList(item.own.substring(note.start(2), note.end(2)), directory);
                if (!bodies.isEmpty()) {
                    item.namedForAllBelow = bodies;
                    noting = item;
                    continue;
                }
            }
            if (noting != null && item.rank == noting.rank) {
                item.noteAbove = noting;
            }
        }
    }

    /**
     * The item's units with the bodies a note above named for it too: in the part they had in the noting item (those
     * who lead there lead here), or taking part where the noting item named them only in its note beside who leads it.
     */
    private static String[] withTheBodiesNamedAbove(Item item, boolean labelled, String lead, String assist) {
        Item noting = item.namedForAllBelow.isEmpty() ? item.noteAbove : item;
        if (noting == null) {
            return new String[] {lead, assist};
        }
        RawTask noted = noting == item ? null : taskOf(noting, labelled);
        String notingLead = noted == null ? lead : noted.leadText();
        String notingAssist = noted == null ? assist : noted.assistText();
        for (String body : noting.namedForAllBelow) {
            String named = body.replaceFirst("^各", "");
            if (lead.contains(named) || assist.contains(named)) {
                continue;
            }
            if (notingLead.contains(named) || notingLead.isEmpty() && !notingAssist.contains(named)) {
                lead = join(lead, body);
            } else {
                assist = join(assist, body);
            }
        }
        return new String[] {lead, assist};
    }

    private static RawTask taskOf(Item item, boolean labelled) {
        String own = item.own.toString();
        String lead = "";
        String assist = "";
        String time = null;
        String named = null;
        boolean hasLeadLabel = item.fields.stream().anyMatch(f -> f.kind() == Labels.Kind.LEAD);
        for (Labels.Field f : item.fields) {
            boolean ofUnits = f.kind() == Labels.Kind.LEAD || f.kind() == Labels.Kind.RESPONSIBLE
                    || f.kind() == Labels.Kind.ASSIST;
            // the field's duty sentences, read once: their doers, or where it has none, its value as written
            ProseRoles.Found duties = ofUnits ? dutiesIn(f.value(), item.directory) : null;
            String value = duties == null ? f.value() : doersOf(duties);
            switch (f.kind()) {
                case LEAD, RESPONSIBLE -> {
                    if (f.kind() == Labels.Kind.RESPONSIBLE && hasLeadLabel) {
                        assist = join(assist, value);
                        continue;
                    }
                    if (duties != null) {
                        // "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关责任部门配合": the field's
                        // sentences say who leads and who helps
                        lead = join(lead, String.join("、", duties.lead()));
                        assist = join(assist, String.join("、", duties.assist()));
                        continue;
                    }
                    if (f.kind() == Labels.Kind.RESPONSIBLE && item.firstLeads) {
                        // "责任单位：县发改局（首位单位为牵头单位，下同）、县财政局": the one named first leads
                        String[] names = withoutNote(value).split("[、，,；;]");
                        lead = join(lead, names[0]);
                        assist = join(assist, String.join("、", Arrays.asList(names).subList(1, names.length)));
                        continue;
                    }
                    String[] split = TableFinder.splitResponsibility(value);
                    lead = join(lead, split[0]);
                    assist = join(assist, split[1]);
                }
                case ASSIST -> assist = join(assist, value);
                case TIME -> time = time == null ? value : time;
                case CONTENT -> {
                    // "1. 活动内容：全国科普活动开幕日" names the item; a 活动内容 under a heading describes it
                    if (named == null && Labels.firstLabelAt(own.strip()) == 0) {
                        named = value;
                    }
                }
                case OTHER -> { }
            }
        }
        if (!item.unitsInBracket.isEmpty() && lead.isEmpty() && assist.isEmpty() && item.firstLeads
                && !item.bracketSaysWhoLeads) {
            // the notice said that the unit named first leads
            lead = item.unitsInBracket.get(0);
            assist = String.join("、", item.unitsInBracket.subList(1, item.unitsInBracket.size()));
        } else if ((!item.unitsInBracket.isEmpty() || !item.assistInBracket.isEmpty()) && lead.isEmpty()
                && assist.isEmpty()) {
            lead = String.join("、", item.unitsInBracket);
            assist = String.join("、", item.assistInBracket);
        }
        if (!item.unitLed.isEmpty()) {
            lead = join(String.join("、", item.unitLed), lead);
            // "…。市有关部门配合。": who else the item names
            ProseRoles.Found more = item.prose();
            assist = join(assist, String.join("、", more.assist()));
        }
        if (!labelled || (lead.isEmpty() && assist.isEmpty())) {
            if (item.prose().any()) {
                lead = join(lead, String.join("、", item.prose().lead()));
                assist = join(assist, String.join("、", item.prose().assist()));
            }
        }
        if (lead.isEmpty() && !labelled) {
            // "（四）卫生计生部门。…联合相关部门加强…": a duty headed by the body that carries it, its name a sentence of
            // its own, where its sentences name no one else who leads
            lead = String.join("、", unitsHeading(own, item.directory));
        }
        // "（州司法局牵头，…，6月底完成）": a time standing among the units
        String[] units = {lead, assist};
        for (int k = 0; k < 2; k++) {
            List<String> names = new ArrayList<>();
            for (String name : units[k].split("[、，,；;]")) {
                if (isATime(name)) {
                    time = time == null ? name.strip() : time;
                } else {
                    names.add(name);
                }
            }
            units[k] = String.join("、", names);
        }
        if (item.groupLead != null && !item.groupLead.isBlank()) {
            // the group's lead leads; the units the item names itself assist, the lead not named twice
            List<String> itsOwn = new ArrayList<>();
            for (String name : (units[0] + "、" + units[1]).split("、")) {
                if (!name.isBlank() && !item.groupLead.equals(name.strip()) && !itsOwn.contains(name.strip())) {
                    itsOwn.add(name.strip());
                }
            }
            units[0] = item.groupLead;
            units[1] = String.join("、", itsOwn);
        }
        String[] withNoted = withTheBodiesNamedAbove(item, labelled, units[0], units[1]);
        lead = withNoted[0];
        assist = withNoted[1];
        if (time == null && item.dateLed != null) {
            time = item.dateLed;
        }
        if (time == null && item.headingTime != null) {
            time = item.headingTime;
        }
        if (time == null && item.listedTime != null) {
            time = item.listedTime;
        }
        Matcher yearly = YEAR_LED.matcher(own);
        if (time == null && yearly.lookingAt()) {
            // "（一）2023年重点任务：完成河道基础信息普查…", "（二）2024年重点任务：…": a step of a plan over years, its year
            time = yearly.group(1);
        }
        if (time == null) {
            String text = withoutFields(own);
            time = withLaterDeadlines(TimesInText.firstIn(text), text);
        }
        boolean isNamed = named != null && !named.isBlank();
        // the item's own heading, read once: the content, or what the first piece after it stands beside
        String heading = isNamed && !item.headsItsPieces ? null : contentOf(item);
        String content = isNamed ? named : item.headsItsPieces ? firstPieceOf(item, heading) : heading;
        if (content.isEmpty() || PLAN_PART.matcher(Hans.simplified(content)).matches() || namesThePlansTime(content)
                // "七、实施单位：教导处、总务处…": the part of the plan that names who carries it all out, its heading a label
                || headedByTheHosts(own)
                || !labelled && ORGANISING.matcher(Hans.simplified(labelBefore(content))).matches()
                || !labelled && PART_RUN_ON.matcher(Hans.simplified(content)).lookingAt()
                || !labelled && underPrinciples(item)) {
            // "三、活动要求", "四、组织机构", "二、组织领导：由…组成领导小组": a part of the plan, whatever units its
            // sentences name
            return null;
        }
        String no = item.written == null || item.headsItsPieces && !content.equals(heading) ? ""
                : item.written.replaceAll("[、.．,，\\s]+$", "");
        String section = item.parent == null ? null : headingOf(item.parent);
        return new RawTask(no, content, time == null ? "" : time, lead, assist, section);
    }

    /** "2019年3月底前", "4月19日前", "20XX年10月底之前": a deadline that names its month or year. */
    private static final Pattern DEADLINE = Pattern.compile("[年月][^前，,。；;]{0,6}(?:之|以)?前$");

    /**
     * An item's time where its text sets deadlines one after another ("2019年3月底前，…统一编码。2019年8月底前，各地…
     * 完成转换", "…于4月19日前报…，自查工作进展情况于4月24日前报…"): all of them, joined, so the work ends with the
     * last; the first time as it is where any of them is no deadline.
     */
    private static String withLaterDeadlines(String first, String text) {
        if (first == null || !DEADLINE.matcher(first).find()) {
            return first;
        }
        List<String> all = TimesInText.allIn(text);
        if (all.size() < 2 || !all.stream().allMatch(t -> DEADLINE.matcher(t).find())) {
            return first;
        }
        return first + "；" + String.join("；", all.subList(1, all.size()));
    }

    /**
     * The first piece run on after a group's heading: its own first sentence, the one after the heading's (the
     * heading's alone where nothing but the bracket follows it).
     */
    private static String firstPieceOf(Item item, String heading) {
        String own = item.own.toString().strip();
        int end = own.indexOf('。');
        String piece = end < 0 ? "" : firstSentence(own.substring(end + 1), item.pageWidth);
        return piece.isEmpty() || UNITS_AT_END.matcher(piece).lookingAt() ? heading : piece;
    }

    /**
     * "指导思想以习近平新时代…", "组织领导为加强组织领导，…现成立XX领导小组", "工作原则": a part of the plan that is never its
     * work, its name run into its text where a flattened copy lost the line break (or the text cut off after it); one
     * whose name a colon ends ("总体要求：以…") is read as its label says.
     */
    private static final Pattern PART_RUN_ON = Pattern.compile(
            "(?:指导思想|总体要求|工作原则|基本原则|组织领导|组织机构|组织保障|起草背景|编制依据|背景和依据|活动目的|工作目的|活动意义|活动主题)(?!小组|机构|办公室)"
                    + "(?=[\\u4e00-\\u9fa5]|$)");

    private static final Pattern TIME_PART = Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}(?:时间|时段|日期|时间安排)[:：\\s]*(\\S.*)$");
    /** "工作时间", "整治时间", "时间安排": the name of the part that says when the whole plan runs, and nothing more. */
    private static final Pattern TIME_PART_NAME = Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}(?:时间|时段|日期|期限|时间安排)[。.]?$");
    private static final Pattern WEEKDAY = Pattern.compile("[〔（(\\[]\\s*(?:周|星期)[一二三四五六日天]\\s*[〕）)\\]]");
    /** Characters a time may leave over ("至", "——" between two times) and still be only a time. */
    private static final int TIME_SLACK = 3;

    /**
     * "时间安排11月30日〔周一〕——12月6日〔周日〕", "宣传时间2012年5月22日 至 2012年6月", "重点禁烧时段 2014年10月至2015年3月底":
     * the part of the plan that says when all of it is held, not a piece of its work.
     */
    private static boolean namesThePlansTime(String content) {
        String simple = Hans.simplified(content);
        if (TIME_PART_NAME.matcher(simple).matches()) {
            // "二、工作时间 / 2017年11月下旬至2018年3月31日。": the part's name alone, its time on the lines under it
            return true;
        }
        Matcher m = TIME_PART.matcher(simple);
        if (!m.matches()) {
            return false;
        }
        String rest = WEEKDAY.matcher(m.group(1)).replaceAll("").replaceAll("\\s", "");
        String time = TimesInText.firstIn(rest);
        return time != null && rest.length() - time.replaceAll("\\s", "").length() <= TIME_SLACK;
    }

    /**
     * "四、活动内容 / 1.启动仪式 / 2.名医义诊 … 六、责任分工 / 铁岭县文旅广局：负责…": the activities a plan lists under a
     * heading that says so are its work beside the duties it shares out in a part of their own, though they name no
     * one; they are read as prose, and go where they stand.
     */
    private static void besideTheDuties(List<Item> all, List<Object> tasks) {
        List<Object> listed = new ArrayList<>();
        activitiesListed(all, listed);
        listed.removeIf(item -> tasks.contains(item) || ((Item) item).written == null);
        if (listed.isEmpty()) {
            return;
        }
        int line = ((Item) listed.get(0)).head.line();
        int at = 0;
        while (at < tasks.size() && !(tasks.get(at) instanceof Item item && item.head.line() > line)) {
            at++;
        }
        tasks.addAll(at, listed.stream().map(item -> proseTaskOf((Item) item)).filter(t -> t != null).toList());
    }

    /**
     * "三、时间步骤 / （一）动员部署阶段（4月12日-4月26日）。各中小学校… / 四、基本任务清单 / （一）区教体行政部门 / 1.督促…": a
     * step with its own time is a piece of the plan's work beside the list that says who does what, where it stands.
     */
    private static void stepsBeside(List<Item> all, List<Object> tasks) {
        for (Item step : all) {
            if (!isDatedStep(step) || tasks.contains(step) || withinATask(step, tasks)) {
                continue;
            }
            // "（一）宣传发动阶段（2021年5月底前）1.…制定出台点题整治实施方案；2.开设整治工作专栏…": the pieces of work under
            // the step are tasks too, whether or not they name who does them (the corpus's convention since stop 33)
            List<Item> pieces = step.children.stream().filter(c -> c.children.isEmpty() && !tasks.contains(c)).toList();
            List<Item> added = new ArrayList<>(List.of(step));
            added.addAll(pieces);
            addInLineOrder(tasks, added);
        }
    }

    /** So many items opening with their dates at least make a list of the plan's dated work. */
    private static final int MIN_DATED_LIST = 3;

    /**
     * "四、计划安排 / 1、1—2月份开展… / 2、3月份做好… / 3、4月份… / 五、具体要求 / （一）…由领导小组负责统一部署": a list whose
     * items all open with their dates is the plan's work beside the items whose sentences name who does theirs; and so
     * is a list of the plan's activities (三、活动内容) one item of which gives its time.
     */
    private static void datedListsBeside(List<Item> all, List<Object> tasks) {
        for (Item part : all) {
            List<Item> items = part.children;
            if (items.size() < 2) {
                continue;
            }
            // "三、活动内容 / 1.…宣传活动 / 2.…在5月份安排…集中宣传 / 3.…": the plan's activities, read whole where one of
            // them gives its time
            boolean activities = ACTIVITIES_PART.matcher(Hans.simplified(contentOf(part))).matches()
                    && aListOf(items, item -> true) && items.stream().anyMatch(OutlineFinder::datedActivity);
            boolean dated = items.size() >= MIN_DATED_LIST && aListOf(items, OutlineFinder::opensWithATime);
            if ((activities || dated) && items.stream().noneMatch(tasks::contains) && !tasks.contains(part)
                    && !withinATask(part, tasks)) {
                addInLineOrder(tasks, items);
            }
        }
    }

    /** The items put among the tasks, before the first task that stands below the first of them. */
    private static void addInLineOrder(List<Object> tasks, List<Item> items) {
        int at = 0;
        int line = items.get(0).head.line();
        while (at < tasks.size() && !(tasks.get(at) instanceof Item item && item.head.line() > line)) {
            at++;
        }
        tasks.addAll(at, items);
    }

    /** "1—2 月份开展…", "3 月份做好…": an item whose text opens with a month or a day. */
    private static boolean opensWithATime(Item item) {
        String own = item.own.toString().strip();
        String time = TimesInText.firstIn(own);
        return time != null && own.startsWith(time) && DAY_OR_MONTH.matcher(time).find();
    }

    /** "五、完成时限", "时间安排": the plan's part that gives its work's times. */
    private static final Pattern TIMES_PART = Pattern.compile("(?:完成|办结)?(?:时限|时间|时间安排|进度安排|时间节点|时间进度)$");

    /**
     * "四、责任分工 / （一）精确识别…（责任单位：…） / （二）… / 五、完成时限 / （一）2014年12月底前，完成精确识别… / （二）…": the
     * times a part of their own gives the labelled items before it, one for each in their order, where the items have
     * none of their own and the two lists are as long.
     */
    private static void timesListedApart(List<Item> roots, List<Item> all, List<Object> tasks) {
        for (Item part : all) {
            if (part.children.size() < 2 || !TIMES_PART.matcher(Hans.simplified(contentOf(part))).find()
                    || !aListOf(part.children, OutlineFinder::opensWithItsDate)
                    || part.children.stream().anyMatch(tasks::contains)) {
                continue;
            }
            Item before = null;
            for (Item sibling : part.parent == null ? roots : part.parent.children) {
                if (sibling == part) {
                    break;
                }
                if (sibling.rank == part.rank) {
                    before = sibling;
                }
            }
            if (before == null) {
                continue;
            }
            List<Item> untimed = before.children.stream().filter(tasks::contains).toList();
            if (untimed.size() != part.children.size() || untimed.size() != before.children.size()
                    || untimed.stream().anyMatch(item -> item.timed() || item.dateLed != null
                            || item.headingTime != null || TimesInText.firstIn(withoutFields(item.own.toString())) != null)) {
                continue;
            }
            for (int k = 0; k < untimed.size(); k++) {
                untimed.get(k).listedTime = dateLed(part.children.get(k).own.toString().strip());
            }
        }
    }

    private static boolean withinATask(Item item, List<Object> tasks) {
        for (Item up = item.parent; up != null; up = up.parent) {
            if (tasks.contains(up)) {
                return true;
            }
        }
        return false;
    }

    /** "六、责任分工 / 铁岭县文旅广局：负责综合协调工作；": a unit and its duty, in the plan's part that shares them out. */
    private static boolean aDutyOfItsPart(Item item) {
        return item.fields.isEmpty() && item.unitsInBracket.isEmpty() && inTheDutiesPart(item);
    }

    /** An item of the plan's part that shares out its duties (三、责任分工, 职责). */
    private static boolean inTheDutiesPart(Item item) {
        return item.parent != null && DUTIES_PART.matcher(Hans.simplified(contentOf(item.parent))).find();
    }

    private static final Pattern DUTIES_PART = Pattern.compile("(?:责任|职责|工作|任务)分工$|^(?:工作)?职责$");

    /**
     * "三、组织机构 / 主办单位：宿州市安全生产委员会 / 承办单位：市应急局", "二、主、承办单位 / 主办单位：…": a part of the
     * plan that lists who holds the whole event, not one of its pieces of work.
     */
    private static boolean namesThePlansHosts(Item item) {
        String content = contentOf(item);
        return !content.isEmpty() && (PLAN_PART.matcher(Hans.simplified(content)).matches()
                || ORGANISING.matcher(Hans.simplified(content)).matches()) || headedByTheHosts(item.own.toString());
    }

    /** "七、实施单位：教导处、总务处…": an item whose heading is the label of who holds the whole event, its value beside it. */
    private static boolean headedByTheHosts(String own) {
        return HOSTS_LABEL.matcher(Hans.simplified(labelBefore(own.strip()))).matches();
    }

    /** "组织领导：由…": the few words before a colon that open a text, or "" when it opens otherwise. */
    private static String labelBefore(String text) {
        Matcher m = FIELD_LINE.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }

    /** "二、基本原则", "（三）工作原则": the part of a plan that says how its work is to be done, none of it work. */
    private static final Pattern PRINCIPLES = Pattern.compile("^(?:基本|工作|指导|主要)?原则[。.:：]?$");

    /** "二、基本原则 / （一）坚持尊重民意、农民主体。…各乡(镇)…": a principle, whatever bodies its sentences name. */
    private static boolean underPrinciples(Item item) {
        return item.parent != null && PRINCIPLES.matcher(Hans.simplified(firstSentence(item.parent.own.toString()))
                .strip()).matches();
    }

    /** A section's heading as it reads: its number and first sentence ("（一）优化营商环境"). */
    private static String headingOf(Item section) {
        String first = firstSentence(section.own.toString());
        String no = section.written == null ? "" : section.written;
        String heading = no + first;
        return heading.length() > 60 ? heading.substring(0, 60) + "…" : heading;
    }

    /** The units of a field's value: as written, or where the value tells them their duties, the sentences' doers. */
    private static String doersOf(String value, UnitDirectory directory) {
        ProseRoles.Found doers = dutiesIn(value, directory);
        return doers != null ? doersOf(doers) : value;
    }

    /** The doers duty sentences name, those who lead before those who help. */
    private static String doersOf(ProseRoles.Found doers) {
        return join(String.join("、", doers.lead()), String.join("、", doers.assist()));
    }

    /** The roles a field's duty sentences give, or null where the value is no such sentences or names no one. */
    private static ProseRoles.Found dutiesIn(String value, UnitDirectory directory) {
        if (!Labels.tellsDuties(value)) {
            return null;
        }
        ProseRoles.Found doers = ProseRoles.in(value, directory);
        return doers.any() ? doers : null;
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a;
        }
        return a.isEmpty() ? b : a + "、" + b;
    }

    /** The item's first sentence, without its number, its date, and its fields. */
    static String contentOf(Item item) {
        String own = valuesUnderTheirLabels(item.own.toString());
        Matcher arrangement = ARRANGEMENT_OVER_A_DAY.matcher(own.strip());
        if (arrangement.lookingAt() && item.children.isEmpty()
                && dateLed(own.strip().substring(arrangement.end())) != null) {
            // "五、活动具体安排 / 6月1日前，各村…悬挂…标语": a part's name over its one dated paragraph, which says the work
            own = own.strip().substring(arrangement.end());
        }
        if (item.headingTime != null) {
            // the heading named who and when: what is to be done is the next line
            String stripped = own.strip();
            int lineEnd = stripped.indexOf('\n');
            own = lineEnd < 0 ? "" : stripped.substring(lineEnd + 1);
        } else if (!item.unitLed.isEmpty()) {
            Matcher led = UNIT_LED.matcher(own);
            own = led.find() ? own.substring(led.end()) : own;
        }
        String firstLine = own.strip().lines().findFirst().orElse("");
        String lineTime = TimesInText.firstIn(firstLine);
        if (lineTime != null && firstLine.replaceAll("[\\s，,。：:]", "").equals(lineTime.replaceAll("\\s", ""))
                && own.strip().length() > firstLine.length()) {
            // "1、5月15日—5月20日 / 组织集贸市场…座谈": the date stands on a line of its own over what is done
            own = own.strip().substring(firstLine.length());
            firstLine = own.strip().lines().findFirst().orElse("");
        }
        if (item.dateLed != null || dateLed(firstLine) != null) {
            // "（九）6月1日至30日，县电视台每天滚动播出…": the date is the item's time, not its content
            String[] split = dateAndRest(firstLine);
            own = split != null ? split[1] + own.strip().substring(firstLine.length()) : own;
        }
        String[] lines = own.strip().split("\n", 3);
        String first = lines.length > 1 && FIELD_LINE.matcher(lines[1].strip()).lookingAt() && isHeading(lines[0].strip())
                && Labels.firstLabelAt(lines[0].strip()) != 0
                // a name over the lines of its fields ends where its line does
                ? lines[0].strip().replaceAll("[。.]$", "")
                : firstSentence(own, item.pageWidth);
        String opening = TimesInText.firstIn(first);
        Matcher noted = opening != null && first.startsWith(opening)
                ? DAY_NOTE.matcher(first.substring(opening.length())) : null;
        Matcher noteThenHours = noted != null && noted.lookingAt()
                ? HOURS_THEN_COMMA.matcher(first.substring(opening.length() + noted.end())) : null;
        if (noteThenHours != null && noteThenHours.lookingAt()
                && opening.length() + noted.end() + noteThenHours.end() < first.length()) {
            // "2007年2月9日(农历十二月二十二,星期五)9时,在市老干部活动中心召开…": the day, its note and its hour, then the work
            first = first.substring(opening.length() + noted.end() + noteThenHours.end());
        } else if (opening != null && first.startsWith(opening) && first.length() > opening.length() + 1
                && first.charAt(opening.length()) >= '\u4e00' && first.charAt(opening.length()) <= '\u9fa5') {
            // "（一）4月1—11日为宣传发动阶段": the date it opens with is the item's time, what follows its content
            first = first.substring(opening.length());
            Matcher hours = HOURS_THEN_COMMA.matcher(first);
            if (hours.lookingAt() && hours.end() < first.length()) {
                // "1.8月8日上午8:30,在区政府广场举行…启动仪式": and the hour after it, up to its comma
                first = first.substring(hours.end());
            }
        }
        Matcher clause = TIME_CLAUSE.matcher(first);
        if (clause.lookingAt() && clause.end() < first.length() && isATimeClause(clause.group(1))) {
            // "從3月8日起,組織宣傳車…", "上午8:30前,各单位…", "“助殘日”前,召開…": the clause it opens with is its time
            first = first.substring(clause.end());
        }
        Matcher runOn = TIME_BRACKET_RUN_ON.matcher(first);
        if (runOn.find() && runOn.start() > 0 && runOn.start() <= MAX_HEADING_BEFORE_TIME
                && NO_CLAUSE_BREAK.matcher(first.substring(0, runOn.start())).matches() && isOnlyATime(runOn.group(1))
                && !STEP.matcher(Hans.simplified(first)).find()) {
            // "“519中国旅游日”主题日活动(5月19日)文化和旅游部在…设立主会场": a heading that closes with its time, the text
            // after it run on where the copy lost the line's end
            first = first.substring(0, runOn.end());
        }
        Matcher timeBracket = TIME_AT_END.matcher(first);
        if (timeBracket.find() && timeBracket.start() > 0
                && TimesInText.firstIn(timeBracket.group(1)) != null
                // "（20XX年5月11日前）": a template's masked year is part of the time, and so are the day's hours
                // ("(20xx年4月26日上午9:00-10:00)")
                && HALF_AND_HOURS.matcher(MASKED_YEAR.matcher(timeBracket.group(1)).replaceFirst(""))
                        .replaceAll("").replaceAll("\\s", "").length()
                        - TimesInText.firstIn(timeBracket.group(1)).replaceAll("\\s", "").length() <= 2) {
            // "（一）准备阶段（5月20日—5月30日）": the bracket is the item's time, the item what stands before it
            first = first.substring(0, timeBracket.start()).strip();
        } else if (first.indexOf('（') > 0 || first.indexOf('(') > 0) {
            // "自行整治阶段（5月8日13日），各有关乡镇对…": a stage's time in its bracket, the sentence run on after it
            first = withoutStageTime(first, "");
        } else {
            // "第一阶段，2009年5月至8月底前", "第二阶段，2009年9月7日到9月13日，开展…": the stage's time between commas,
            // or after its colon ("第一阶段:3-6月份")
            Matcher stage = STAGE_TIME_CLAUSE.matcher(first);
            if (stage.find() && isOnlyATime(stage.group(2))) {
                first = stage.group(1) + first.substring(stage.end(2));
            }
        }
        Matcher stageDay = STAGE_THEN_DAY.matcher(first);
        if (stageDay.lookingAt()) {
            String day = TimesInText.firstIn(first.substring(stageDay.end()));
            if (day != null && first.startsWith(day, stageDay.end())) {
                // "第二阶段4月14日—19日对需要二免的畜禽组织…": the stage named, its days and its work run on after it
                first = stageDay.group(1);
            }
        }
        Matcher timeFirst = TIME_THEN_NAME.matcher(first);
        if (timeFirst.lookingAt() && isOnlyATime(timeFirst.group(1)) && timeFirst.end() < first.length()) {
            // "第一阶段(2月25日—3月2日):隐患自查": the stage's time in its bracket, its name after the colon
            first = first.substring(timeFirst.end()).strip();
        }
        Matcher named = NAME_THEN_TIME.matcher(first);
        if (named.matches() && isOnlyATime(named.group(2))) {
            // "宣传发动:2016年3月28日-4月20日", "启动仪式:4月23日": an activity named, its time after the colon
            first = named.group(1).strip();
        }
        if (!item.unitsInBracket.isEmpty() || !item.assistInBracket.isEmpty()) {
            // "《中华人民共和国监狱法》（监狱管理局）": the bracket says who, the item is what comes before it
            Matcher bracket = UNITS_AT_END.matcher(first);
            if (bracket.find() && bracket.start() > 0) {
                first = first.substring(0, bracket.start()).strip();
            }
        }
        if (first.isEmpty()) {
            // a heading holding only its fields: the next sentence says what is to be done
            String rest = withoutFields(own).strip();
            first = firstSentence(rest);
        }
        return first;
    }

    /** "2023年重点任务：", "2024年，": an item that opens with a whole year, not a day or a part of one in it. */
    private static final Pattern YEAR_LED = Pattern.compile(
            "\\s*((?:19|20)\\d{2}\\s*年)(?=\\s*(?:[，,:：]|度?(?:重点|主要|工作|目标|任务)))");

    /** "第二阶段4月14日": a stage named, its first day right after it. */
    private static final Pattern STAGE_THEN_DAY = Pattern.compile("([^，,。；;:：\\d]{0,12}(?:阶段|階段))(?=\\d)");

    /** What follows a heading's first clause. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("[，,。；;].*$");

    /** "(2月25日—3月2日):": a time in its bracket, then a colon. */
    private static final Pattern TIME_THEN_NAME = Pattern.compile("\\s*[（(]([^（()）]{2,30})[）)]\\s*[:：]\\s*");

    /** "启动仪式:4月23日": a name, a colon, and after it nothing but a time. */
    private static final Pattern NAME_THEN_TIME = Pattern.compile("([^，,。；;:：]{2,30})[:：]\\s*([^，,。；;:：]{2,30})");

    /** The name of the part that sets out the plan's dated work, on a line of its own: 活动具体安排, 工作安排. */
    private static final Pattern ARRANGEMENT_OVER_A_DAY = Pattern.compile(
            "(?:活动|工作|具体)*(?:具体)?(?:安排|日程|日程安排|时间安排)[:：]?\\s*\\n\\s*");

    /**
     * "上午8:30,", "下午3:00-5:00，", "9时,", "10时30分,": the hours after an item's opening day, up to the comma before its
     * work.
     */
    private static final Pattern HOURS_THEN_COMMA = Pattern.compile(
            "^(?:上午|下午|中午|晚上|晚间|早上)?\\s*(?:" + CLOCK + "|\\d{1,2}\\s*[时点](?:\\s*\\d{1,2}\\s*分|半|整)?)\\s*[，,]\\s*");

    /** A bracket holding a time, the words of the next sentence right after it. */
    private static final Pattern TIME_BRACKET_RUN_ON = Pattern.compile("[（(]([^（()）]{2,24})[）)](?=[\\u4e00-\\u9fa5“\"])");
    private static final int MAX_HEADING_BEFORE_TIME = 30;
    private static final Pattern NO_CLAUSE_BREAK = Pattern.compile("[^，,。；;：:]+");

    /** "從3月8日起，", "上午8:30前，", "“助殘日”前，": a clause of time before what is done, up to its comma. */
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "^(?:从|從|自)?([^，,。；;]{2,16}?)(?:以前|之前|前夕|前|起|期间|期間|前后|前後)[，,]\\s*");
    /** "清明节期间，", "国庆前后，": a holiday's days, a time as a date is. */
    private static final Pattern HOLIDAY = Pattern.compile(TimesInText.HOLIDAY);
    /** "上午8:30", "8:30": the hour a day's work starts or ends by. */
    private static final Pattern HOUR = Pattern.compile("^(?:上午|下午|中午|晚上)?\\d{1,2}[:：]\\d{2}$");
    /** "“助殘日”", "“5·20”": the day of a campaign, named in quotes. */
    private static final Pattern NAMED_DAY = Pattern.compile("^[“\"][^”\"]{1,10}[”\"]$");

    /**
     * Whether the words before 前, 起 or 期间 are a time: a date, an hour, a holiday, or a campaign's day named in quotes.
     */
    private static boolean isATimeClause(String words) {
        return HOUR.matcher(words).matches() || NAMED_DAY.matcher(words).matches() || HOLIDAY.matcher(words).matches()
                || isOnlyATime(words);
    }

    private static String firstSentence(String text) {
        return firstSentence(text, 0);
    }

    /** The first sentence of a text, over the lines a page's width broke it into. */
    private static String firstSentence(String text, int width) {
        String t = text.strip();
        int labelAt = Labels.firstLabelAt(t);
        if (labelAt >= 0) {
            t = t.substring(0, labelAt);
        }
        String line = firstSentenceLines(t, width).strip();
        Matcher end = SENTENCE_END.matcher(line);
        while (end.find()) {
            if (!insideAQuote(line, end.start())) {
                line = line.substring(0, end.start());
                break;
            }
        }
        return OPEN_AT_END.matcher(line).replaceAll("").strip();
    }

    /** "“6。26”国际禁毒日": a mark inside a quotation that closes after it ends no sentence of the text's. */
    private static boolean insideAQuote(String line, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = line.charAt(i);
            open += c == '“' ? 1 : c == '”' && open > 0 ? -1 : 0;
        }
        return open > 0 && line.indexOf('”', at) > 0;
    }

    /**
     * "牵头部门： / 县委办 / 配合部门： / 政府办、财政局": a label whose units stand on the line below it, joined to them
     * so that the label has its value.
     */
    static String valuesUnderTheirLabels(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String above = lines[i - 1].strip();
            boolean valueOfAbove = (above.endsWith(":") || above.endsWith("：")) && Labels.firstLabelAt(above) >= 0
                    && Labels.in(above).stream().allMatch(f -> f.value().isBlank())
                    && !ProseRoles.unitList(lines[i].strip().replaceAll("[。；;]$", ""), null).isEmpty();
            sb.append(valueOfAbove ? "" : "\n").append(lines[i]);
        }
        return sb.toString();
    }

    /** The words a label of the work itself holds (活动内容, 任务名称, 活动项目, 工作任务): most lines hold none. */
    private static final Pattern NAMES_THE_WORK = Pattern.compile("内容|名称|项目|任务");

    /** The text with its labelled fields taken out (what remains is the item's own words). */
    static String withoutFields(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            int at = Labels.firstLabelAt(line);
            sb.append(at >= 0 ? line.substring(0, at) : line);
            if (at >= 0) {
                String after = afterATimeField(line.substring(at));
                sb.append(after);
                if (after.isEmpty() && NAMES_THE_WORK.matcher(line).find()) {
                    // "时间:2月下旬-3月底 活动内容:由区绿化办牵头组织各镇(街道)…开展…": what the work is, in the item's own words
                    Labels.in(line.substring(at)).stream().filter(f -> f.kind() == Labels.Kind.CONTENT)
                            .forEach(f -> sb.append(f.value()).append('。'));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "时间：6月5日—6月30日。镇政府、各行政村要…": the sentences after a lone time field are the item's own again. */
    private static String afterATimeField(String fromLabel) {
        int stop = fromLabel.indexOf('。');
        if (stop < 0) {
            return "";
        }
        List<Labels.Field> fields = Labels.in(fromLabel.substring(0, stop));
        String rest = fromLabel.substring(stop + 1);
        return fields.size() == 1 && fields.get(0).kind() == Labels.Kind.TIME && Labels.firstLabelAt(rest) < 0 ? rest : "";
    }
}
