package org.duban.planreader;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duban.planreader.document.Documents;
import org.duban.planreader.document.PageCopy;
import org.duban.planreader.document.NoticeFacts;
import org.duban.planreader.document.OfficialDocument;
import org.duban.planreader.document.Part;
import org.duban.planreader.find.OutlineFinder;
import org.duban.planreader.find.RawTask;
import org.duban.planreader.find.TableFinder;
import org.duban.planreader.layout.Block;
import org.duban.planreader.layout.DocumentReader;
import org.duban.planreader.layout.Repair;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.CampaignYear;
import org.duban.planreader.time.ChineseNumerals;
import org.duban.planreader.time.TimeKind;
import org.duban.planreader.time.TimeReading;
import org.duban.planreader.time.TimeText;
import org.duban.planreader.unit.UnitNames;

/**
 * Reads a plan notice into a {@link PlanDraft}. Thread-safe; one instance serves every request.
 *
 * <pre>{@code
 * PlanDraft draft = new PlanReader(PlanReader.Options.defaults().withYear(2020)).read(bytes);
 * }</pre>
 */
public final class PlanReader {

    /** A plan notice is rarely over 1 MB; 20 MB leaves room for a DOCX with a few embedded pictures. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * @param year         the plan's year when the caller knows better than the notice (--year); null to read it
     * @param fallbackYear the year to assume, with a warning, when the notice names none
     * @param directory    the organisation's units, to flag names that match none; null to skip the check
     * @param maxBytes     larger input is refused
     * @param layout       how a person said the notice is laid out; null to let the reader choose
     */
    public record Options(Integer year, int fallbackYear, UnitDirectory directory, long maxBytes, Layout layout) {

        public static Options defaults() {
            return new Options(null, LocalDate.now().getYear(), null, DEFAULT_MAX_BYTES, null);
        }

        public Options withYear(Integer y) {
            return new Options(y, fallbackYear, directory, maxBytes, layout);
        }

        public Options withFallbackYear(int y) {
            return new Options(year, y, directory, maxBytes, layout);
        }

        public Options withDirectory(UnitDirectory d) {
            return new Options(year, fallbackYear, d, maxBytes, layout);
        }

        public Options withMaxBytes(long m) {
            return new Options(year, fallbackYear, directory, m, layout);
        }

        /** Reads the tasks as a person said the notice is laid out (null: the reader chooses). */
        public Options withLayout(Layout l) {
            return new Options(year, fallbackYear, directory, maxBytes, l);
        }
    }

    /** A year written with its month (2012年5月22日, 2012年5月), or whose 年 a copy lost before a space ("2010 9月17-22"). */
    private static final Pattern DATED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:\\s*年|\\s+)\\s*\\d{1,2}\\s*月");
    /** "2023首届x春牛首文化旅游节", "2024第五届…": an event's edition after its year, written without 年. */
    private static final Pattern EDITION_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?=首届|第[一二三四五六七八九十\\d]{1,3}届)");
    private static final Pattern DOC_YEAR = Pattern.compile("[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]");

    private final Options options;

    public PlanReader() {
        this(Options.defaults());
    }

    public PlanReader(Options options) {
        this.options = options;
    }

    public PlanDraft read(InputStream in) throws IOException {
        DocumentReader documents = new DocumentReader(options.maxBytes());
        return read(documents.readAll(in));
    }

    /**
     * A file's bytes, in any supported format. A text file is read as the same text pasted (a copy of printed pages
     * mended, see {@link PageCopy}).
     */
    public PlanDraft read(byte[] bytes) {
        DocumentReader documents = new DocumentReader(options.maxBytes());
        return withinTheStack(() -> DocumentReader.isText(bytes) ? readText(documents.text(bytes))
                : draftOf(documents.blocks(bytes)));
    }

    /** Text pasted by a user; HTML is recognised as such. */
    public PlanDraft readText(String text) {
        if (text != null && text.length() > options.maxBytes()) {
            throw new PlanReadException(PlanReadException.Reason.TOO_LARGE,
                    "粘贴的文字过长。 The pasted text is too long.");
        }
        return withinTheStack(() -> readPlainText(text));
    }

    /**
     * A reading that ran out of stack (a pattern that recursed over a very long run of what a page repeats, where no
     * rule foresaw it; a web page's elements nested twenty thousand deep) is refused with a message, as unreadable
     * input is, not thrown on as an Error the caller cannot answer: the stack is unwound by then, and nothing was
     * kept.
     */
    private static PlanDraft withinTheStack(java.util.function.Supplier<PlanDraft> reading) {
        try {
            return reading.get();
        } catch (StackOverflowError e) {
            throw new PlanReadException(PlanReadException.Reason.CORRUPT,
                    "文件中有一段内容重复过长或嵌套过深，无法读取；请删去这一段后再试。 Part of the input repeats too long or is"
                            + " nested too deeply to be read; remove that part and try again.", e);
        }
    }

    private PlanDraft readPlainText(String pasted) {
        String text = PageCopy.mended(Text.plainCharacters(pasted));
        String simple = Hans.simplified(text);
        if (simple != text) {
            // laid out from the simplified twin too: a table's header words are looked for in simplified
            return answered(Written.of(text, simple), DocumentReader.blocksOfText(simple));
        }
        return readBlocks(DocumentReader.blocksOfText(text));
    }

    private PlanDraft draftOf(List<Block> laidOut) {
        Optional<Written> traditional = Written.of(laidOut);
        return traditional.isPresent() ? answered(traditional.get(), Written.simplified(laidOut)) : readBlocks(laidOut);
    }

    /** A notice in traditional characters, read as its simplified twin and answered as written (see {@link Written}). */
    private PlanDraft answered(Written written, List<Block> simplified) {
        PlanReader twin = options.directory() == null ? this
                : new PlanReader(options.withDirectory(written.directory(options.directory())));
        return written.asWritten(twin.readBlocks(simplified));
    }

    private PlanDraft readBlocks(List<Block> laidOut) {
        List<Warning> warnings = new ArrayList<>();
        Repair.Repaired repaired = Repair.blocks(laidOut);
        if (repaired.pinyinRemoved() || repaired.mojibakeLines() > 0) {
            warnings.add(new Warning(Warning.DAMAGED_TEXT,
                    (repaired.pinyinRemoved() ? "原文被转载网站夹杂了拼音注音，已自动去除；" : "")
                            + (repaired.mojibakeLines() > 0 ? "原文有 " + repaired.mojibakeLines() + " 行乱码；" : "")
                            + "请对照原件核对单位名称和日期。 The text was damaged by the site it came from"
                            + (repaired.pinyinRemoved() ? " (pinyin readings were removed)" : "")
                            + "; check names and dates against the original.",
                    "text"));
        }
        OfficialDocument doc = Documents.read(repaired.blocks());
        NoticeFacts facts = new NoticeFacts(doc.lines());
        LocalDate date = doc.date();
        String title = doc.title();
        String issuer = doc.issuers().stream().filter(i -> !SpamCheck.isSuspectName(i)).findFirst().orElse(null);
        String spamIssuer = doc.issuers().stream().filter(SpamCheck::isSuspectName).findFirst().orElse(null);
        String docNumber = doc.metadata().getOrDefault("发文字号",
                doc.metadata().getOrDefault("文号", doc.metadata().get("文件编号")));
        if (docNumber == null || !docNumber.contains("号")) {
            docNumber = facts.docNumber();
        }
        String periodText = facts.section("活动时间|工作时间|实施时间|时间安排|活动期间|时间");
        int year = yearOf(title, periodText, docNumber, date, doc.dateIsItsOwn(), doc.lines(), warnings);
        TimeReading period = TimeText.read(periodText, year, date);

        Finding finding = find(doc);
        List<TaskDraft> tasks = new ArrayList<>();
        for (int i = 0; i < finding.tasks().size(); i++) {
            tasks.add(taskOf(finding.tasks().get(i), i, year, date, warnings));
        }
        if (tasks.isEmpty()) {
            warnings.add(new Warning(Warning.NO_TABLE,
                    "未找到任务表，也没有带“牵头单位/完成时限”的编号任务；请检查文本是否完整，或在预览中手工添加任务。"
                            + " No task table or numbered tasks with lead units or deadlines were found.",
                    "tasks"));
        }
        spamWarnings(title, issuer, spamIssuer, doc.lines(), tasks, warnings);
        pageSpamWarning(repaired.blocks(), doc.lines(), warnings);

        return new PlanDraft(title, issuer, docNumber, date, year, doc.recipients(), facts.references(docNumber),
                facts.disclosure(), facts.section("活动主题|工作主题|主题"),
                periodText == null ? null : new PlanDraft.Period(periodText, period.start(), period.end()),
                facts.contact(), facts.summaryDeadline(year, date), facts.reportTo(), facts.requirements(),
                tasks, warnings, finding.reading());
    }

    /** The tasks of the best-explained reading, and how it was chosen. */
    private record Finding(List<RawTask> tasks, PlanDraft.Reading reading) {
    }

    /**
     * Every finder proposes its tasks; the proposal that explains most wins: a task counts once, more when it has
     * units and a time. Tables are read as tables; a notice without a task table is read by its outline.
     */
    private Finding find(OfficialDocument doc) {
        List<PlanDraft.TableShape> tables = new ArrayList<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            List<List<String>> rows = doc.tables().get(i).rows();
            tables.add(new PlanDraft.TableShape(i, rows.isEmpty() ? List.of() : rows.get(0), rows.size(),
                    TableFinder.rolesOf(rows)));
        }
        // the finders read the outline once, and say its levels for the preview to offer
        Finding found = options.layout() == null ? findByItself(doc) : findAsLaidOut(doc, options.layout());
        PlanDraft.Reading r = found.reading();
        return new Finding(found.tasks(), new PlanDraft.Reading(r.finder(), r.confidence(), r.alternatives(), tables,
                r.levels(), options.layout()));
    }

    /** The tasks where a person said they are: that table read by those columns, or the items of that level. */
    private Finding findAsLaidOut(OfficialDocument doc, Layout layout) {
        List<RawTask> tasks;
        List<PlanDraft.Level> levels;
        if (layout.finder().equals(Layout.TABLE)) {
            levels = levelsOf(OutlineFinder.levels(doc));
            if (layout.table() >= doc.tables().size()) {
                return new Finding(List.of(), PlanDraft.Reading.none(levels));
            }
            List<List<String>> rows = doc.tables().get(layout.table()).rows();
            tasks = (layout.columns().isEmpty() ? TableFinder.read(rows) : TableFinder.read(rows, layout.columns()))
                    .orElse(List.of());
        } else {
            OutlineFinder.Result atLevel = OutlineFinder.atLevel(doc, layout.level(), options.directory());
            tasks = atLevel.tasks();
            levels = levelsOf(atLevel.levels());
        }
        Proposal chosen = new Proposal(layout.finder(), tasks, 1.0);
        return new Finding(tasks, new PlanDraft.Reading(chosen.finder(), chosen.confidence(), List.of(), List.of(),
                levels, layout));
    }

    private Finding findByItself(OfficialDocument doc) {
        List<RawTask> fromTables = new ArrayList<>();
        List<Integer> tableLines = new ArrayList<>();
        List<List<String>> before = List.of();
        for (Part.Table table : doc.tables()) {
            List<List<String>> rows = TableFinder.goingOn(before, table.rows());
            TableFinder.read(rows).ifPresent(found -> {
                fromTables.addAll(found);
                found.forEach(t -> tableLines.add(table.line()));
            });
            before = table.rows();
        }
        // a task table says outright what is to be done and by whom: it wins over sentences that only name units
        boolean tableNamesUnits = fromTables.stream().filter(RawTask::hasUnits).count() >= 2;
        OutlineFinder.Result outline = OutlineFinder.read(doc, options.directory(), !tableNamesUnits);
        List<Proposal> proposals = new ArrayList<>();
        if (!fromTables.isEmpty()) {
            proposals.add(new Proposal("table", fromTables, 1.0));
        }
        if (!outline.tasks().isEmpty()) {
            proposals.add(new Proposal(outline.labelled() ? "labelled" : "prose", outline.tasks(),
                    outline.labelled() ? 0.95 : 0.6));
        }
        List<PlanDraft.Level> levels = levelsOf(outline.levels());
        if (proposals.isEmpty()) {
            return new Finding(List.of(), PlanDraft.Reading.none(levels));
        }
        proposals.sort(Comparator.comparingDouble(Proposal::score).reversed());
        Proposal chosen = proposals.get(0);
        List<String> others = proposals.stream().filter(p -> p != chosen).map(p -> p.finder() + ": " + p.tasks().size())
                .toList();
        List<RawTask> tasks = chosen.tasks();
        if (tasks == outline.tasks() && outline.lines().size() == tasks.size() && besideTheItems(fromTables, tasks)) {
            // a plan's items with their units and, in an attachment, a table of other work with its own (「主题 | 时间 |
            // 内容 | 负责单位」 under a campaign's items): the notice's work in both shapes, each where it stands. (Not
            // where the table wins: a notice's items beside its task table say its requirements or restate its rows,
            // f25's and f33's; tried, f05's groups came in and those went wrong)
            tasks = inTheirPlaces(tasks, outline.lines(), fromTables, tableLines);
        }
        return new Finding(tasks, new PlanDraft.Reading(chosen.finder(), chosen.confidence(), others,
                List.of(), levels, null));
    }

    /** A table needs this many rows that name who does them to be read beside the items. */
    private static final int MIN_TABLE_TASKS_BESIDE = 3;
    /** A table one of whose rows in this many (or more) says an item's work again restates the items. */
    private static final int MAX_ROWS_PER_RESTATED = 3;

    /**
     * Whether a table's rows are work of their own beside the items: rows that name units, few of them the items' work
     * said again (a table that restates the items is another reading of them, not more work).
     */
    private static boolean besideTheItems(List<RawTask> fromTables, List<RawTask> items) {
        if (fromTables.stream().filter(RawTask::hasUnits).count() < MIN_TABLE_TASKS_BESIDE) {
            return false;
        }
        Set<String> said = new HashSet<>();
        items.forEach(t -> said.add(Text.withoutSpaces(t.content())));
        long again = fromTables.stream().filter(t -> said.contains(Text.withoutSpaces(t.content()))).count();
        return again * MAX_ROWS_PER_RESTATED < fromTables.size();
    }

    /** The items' tasks and the tables' rows in the order of the lines they stand at. */
    private static List<RawTask> inTheirPlaces(List<RawTask> items, List<Integer> itemLines, List<RawTask> rows,
            List<Integer> rowLines) {
        List<RawTask> out = new ArrayList<>(items.size() + rows.size());
        int r = 0;
        for (int i = 0; i < items.size(); i++) {
            while (r < rows.size() && rowLines.get(r) < itemLines.get(i)) {
                out.add(rows.get(r++));
            }
            out.add(items.get(i));
        }
        out.addAll(rows.subList(r, rows.size()));
        return out;
    }

    private static List<PlanDraft.Level> levelsOf(List<OutlineFinder.Level> levels) {
        return levels.stream().map(l -> new PlanDraft.Level(l.rank(), l.items(), l.example())).toList();
    }

    private record Proposal(String finder, List<RawTask> tasks, double weight) {

        double score() {
            double explained = 0;
            for (RawTask t : tasks) {
                explained += 1 + (t.hasUnits() ? 1 : 0) + (t.hasTime() ? 0.5 : 0);
            }
            return explained * weight;
        }

        double confidence() {
            return tasks.isEmpty() ? 0 : Math.min(1, Math.round(score() / (2.5 * tasks.size()) * 100) / 100.0);
        }
    }

    /** How far into a notice its campaign's ordinal is looked for. */
    private static final int ORDINAL_LINES = 40;
    /** Where a sentence ends, for {@link #withoutHistory}. */
    private static final String SENTENCE_MARKS = "。！!？?";
    /**
     * The line without its sentences that tell since when something is done every year (每年): the year such a sentence
     * names is the campaign's history, not the plan's. The sentences' marks stay. (Read in one pass: the pattern that
     * did this, {@code [^。！!？?]*每年[^。！!？?]*}, tried every character of a long sentence without 每年 against all
     * the rest of it, 24 s for a line of 36,000 characters.)
     */
    static String withoutHistory(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        int from = 0;
        for (int at = 0; at <= line.length(); at++) {
            if (at == line.length() || SENTENCE_MARKS.indexOf(line.charAt(at)) >= 0) {
                String sentence = line.substring(from, at);
                if (!sentence.contains("每年")) {
                    kept.append(sentence);
                }
                if (at < line.length()) {
                    kept.append(line.charAt(at));
                }
                from = at + 1;
            }
        }
        return kept.toString();
    }

    private static final Pattern SPAN_OF_YEARS = Pattern.compile("(?:20|19)\\d{2}\\s*[—–\\-~～至到]+\\s*(?:20|19)\\d{2}\\s*年");

    /** "2017消防宣传月…", "…――2017“书香罗定”文化周…", "最新或2022(历届)…": a title's year written without 年. */
    private static final Pattern TITLE_BARE_YEAR = Pattern.compile(
            "(?<![\\d.\\-/])((?:19|20)\\d{2})(?=\\s*[·•・]?\\s*[“\"（(]?\\s*[\\u4e00-\\u9fa5])");

    /**
     * The year written in the title wins (a plan for 2021 is often issued in December 2020), then the period, then
     * the 文号's year, then the campaign's ordinal (第17个世界计量日), then the date; else the year the lines name most,
     * a plan's span (2021—2035年) not counted.
     */
    private int yearOf(String title, String periodText, String docNumber, LocalDate date, boolean dateIsItsOwn,
            List<String> lines, List<Warning> warnings) {
        if (options.year() != null) {
            return options.year();
        }
        for (String text : new String[] {title, periodText}) {
            if (text != null && !TimeText.yearsNamedIn(text).isEmpty()) {
                return TimeText.yearsNamedIn(text).get(0);
            }
        }
        // "2017消防宣传月活动方案", "2010·春季就业援助行动方案", "关于2017世界海洋日…": a title's year, written without 年
        Matcher bare = TITLE_BARE_YEAR.matcher(title == null ? "" : title);
        if (bare.find()) {
            return Integer.parseInt(bare.group(1));
        }
        if (docNumber != null) {
            Matcher m = DOC_YEAR.matcher(docNumber);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        // "第17个世界计量日": a campaign's ordinal is its year, where a copy left none (or only the site's date)
        Integer campaign = CampaignYear.in(title);
        for (int i = 0; campaign == null && i < Math.min(lines.size(), ORDINAL_LINES); i++) {
            campaign = CampaignYear.in(lines.get(i));
        }
        if (date != null && dateIsItsOwn) {
            return campaign != null && campaign <= date.getYear() ? campaign : date.getYear();
        }
        if (campaign != null) {
            // a site that published a copy years later dates the page, not the plan: "第十五个世界认可日" is 2022's
            return campaign;
        }
        // the plan's own days (宣传时间2012年5月22日至…) say its year better than the documents it cites (国发(2010)41号)
        // and a campaign's history names the year it began, not the plan's ("1981年9月，国务院要求…在每年的4—5月…")
        Map<Integer, Long> dated = lines.stream().map(l -> l.indexOf('月') < 0 ? l : SPAN_OF_YEARS.matcher(l).replaceAll(""))
                .map(l -> l.contains("每年") ? withoutHistory(l) : l)
                .flatMap(l -> DATED_YEAR.matcher(ChineseNumerals.toAsciiDigits(l)).results()
                        .map(m -> Integer.parseInt(m.group(1))))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // a plan's span ("2021—2035年") names no year the plan is for
        // and the years of the documents it cites ("（昆政发〔2016〕13号）"): a plan carries out what was issued that year
        Map<Integer, Long> counts = !dated.isEmpty() ? dated : lines.stream().map(l -> l.indexOf('年') < 0 ? l : SPAN_OF_YEARS.matcher(l).replaceAll(""))
                .flatMap(l -> Stream.of(TimeText.yearsNamedIn(l).stream(),
                        DOC_YEAR.matcher(l).results().map(m -> Integer.parseInt(m.group(1))),
                        EDITION_YEAR.matcher(l).results().map(m -> Integer.parseInt(m.group(1)))).flatMap(y -> y))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (date != null) {
            // "宣传2016年全国消费主题…3月13日召开…" in a copy a site published in 2018: the one year the plan names, if
            // earlier, is its own, and so is the year it names twice as often as any other (2016 five times beside a
            // slip's 2012); else the day the page was published
            Optional<Integer> named = counts.size() == 1 ? Optional.of(counts.keySet().iterator().next())
                    : counts.entrySet().stream().filter(e -> e.getValue() >= 2 && counts.entrySet().stream()
                            .allMatch(o -> o == e || o.getValue() * 2 <= e.getValue()))
                            .map(Map.Entry::getKey).findFirst();
            return named.filter(y -> y < date.getYear()).orElse(date.getYear());
        }
        Optional<Integer> common = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        dated.isEmpty() ? Comparator.<Integer>naturalOrder() : Comparator.<Integer>reverseOrder())))
                .map(Map.Entry::getKey);
        int year = common.orElse(options.fallbackYear());
        warnings.add(new Warning(Warning.AMBIGUOUS_YEAR,
                "通知中没有成文日期，也没有在标题中写明年份；日期按 " + year + " 年计算，请核对。"
                        + " The notice states no date or year; dates were read as " + year + ".",
                "year"));
        return year;
    }

    private TaskDraft taskOf(RawTask raw, int index, int year, LocalDate date, List<Warning> warnings) {
        TimeReading time = TimeText.readAmongWords(raw.timeText(), year, date);
        String where = "tasks[" + index + "]";
        if (time.kind() == TimeKind.UNPARSED) {
            warnings.add(new Warning(Warning.UNPARSED_TIME,
                    "第 " + displayNo(raw, index) + " 项的时间“" + raw.timeText() + "”无法识别为日期，请在预览中填写起止日期。"
                            + " Task " + displayNo(raw, index) + ": the time \"" + raw.timeText() + "\" could not be read as dates.",
                    where + ".timeText"));
        }
        UnitNames.Roles roles = UnitNames.byRole(UnitNames.split(raw.leadText()), UnitNames.split(raw.assistText()));
        List<String> lead = roles.lead();
        List<String> assist = roles.assist();
        Set<String> groups = new LinkedHashSet<>();
        for (String name : concat(lead, assist)) {
            if (UnitNames.isGroup(name)) {
                groups.add(name);
            }
        }
        UnitDirectory directory = options.directory();
        if (directory != null) {
            checkUnits(lead, where + ".lead", raw, index, directory, warnings);
            checkUnits(assist, where + ".assist", raw, index, directory, warnings);
        }
        return new TaskDraft(raw.no().isEmpty() ? String.valueOf(index + 1) : raw.no(), raw.content(),
                raw.timeText(), time.start(), time.end(), time.kind(), lead, assist, new ArrayList<>(groups),
                raw.section());
    }

    private static void checkUnits(List<String> names, String where, RawTask raw, int index,
            UnitDirectory directory, List<Warning> warnings) {
        for (String name : names) {
            if (directory.knows(name)) {
                continue;
            }
            Optional<String> closest = directory.closestTo(name);
            String hint = closest.map(c -> "，最接近的是“" + c + "”").orElse("，单位名录中没有相近的名称");
            String hintEn = closest.map(c -> "; the closest is \"" + c + "\"").orElse("; nothing in the directory is close");
            warnings.add(new Warning(Warning.UNKNOWN_UNIT,
                    "第 " + displayNo(raw, index) + " 项的单位“" + name + "”不在单位名录中" + hint + "。"
                            + " Task " + displayNo(raw, index) + ": unit \"" + name + "\" is not in the directory" + hintEn + ".",
                    where));
        }
    }

    private static void spamWarnings(String title, String issuer, String spamIssuer, List<String> lines,
            List<TaskDraft> tasks, List<Warning> warnings) {
        if (spamIssuer != null) {
            warnings.add(new Warning(Warning.SUSPECT_SPAM,
                    "发文单位“" + spamIssuer + "”疑似被篡改为博彩/垃圾广告（原网页可能已被入侵）。请核对原件，"
                            + (issuer == null ? "填写真实的发文单位" : "确认发文单位是否为“" + issuer + "”")
                            + "（可能是“…" + SpamCheck.withoutSpam(spamIssuer) + "”）。"
                            + " The issuer's name looks replaced by gambling spam (a defaced page); check the original.",
                    "issuer"));
        }
        if (title != null && SpamCheck.findIn(title).isPresent()) {
            warnings.add(new Warning(Warning.SUSPECT_SPAM,
                    "标题中含有疑似博彩/垃圾广告的文字“" + SpamCheck.findIn(title).get() + "”，请核对原件。"
                            + " The title contains what looks like gambling spam.",
                    "title"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(title) || line.equals(spamIssuer) || title != null && title.contains(line)) {
                continue;
            }
            Optional<String> spam = SpamCheck.findIn(line);
            if (spam.isPresent()) {
                warnings.add(new Warning(Warning.SUSPECT_SPAM,
                        "正文中含有疑似博彩/垃圾广告的文字“" + spam.get() + "”。 The text contains what looks like gambling spam.",
                        "line " + (i + 1)));
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            Optional<String> spam = SpamCheck.findIn(tasks.get(i).content());
            if (spam.isPresent()) {
                warnings.add(new Warning(Warning.SUSPECT_SPAM,
                        "第 " + tasks.get(i).no() + " 项任务中含有疑似博彩/垃圾广告的文字“" + spam.get() + "”。"
                                + " A task contains what looks like gambling spam.",
                        "tasks[" + i + "].content"));
            }
        }
    }

    /**
     * "欧美日韩国产成人综合在线影院_日韩无码…" heading a mirror's page: spam in the page around the notice, which the
     * document leaves out as furniture, still says the copy came from a defaced site. Said once, where nothing in the
     * notice itself was flagged.
     */
    private static void pageSpamWarning(List<Block> page, List<String> kept, List<Warning> warnings) {
        if (warnings.stream().anyMatch(w -> w.code().equals(Warning.SUSPECT_SPAM))) {
            return;
        }
        Set<String> notice = new HashSet<>(kept);
        for (Block block : page) {
            if (block instanceof Block.Line line && !notice.contains(line.text())) {
                Optional<String> spam = SpamCheck.findIn(line.text());
                if (spam.isPresent()) {
                    warnings.add(new Warning(Warning.SUSPECT_SPAM,
                            "网页中正文以外的文字含有疑似博彩/色情垃圾广告“" + spam.get() + "”，转载网站可能已被入侵，请对照原件核对。"
                                    + " The page around the notice carries spam; the copy may come from a defaced site.",
                            "page"));
                    return;
                }
            }
        }
    }

    private static String displayNo(RawTask raw, int index) {
        return raw.no().isEmpty() ? String.valueOf(index + 1) : raw.no();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
