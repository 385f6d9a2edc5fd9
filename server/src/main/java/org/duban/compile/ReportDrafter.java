package org.duban.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignNotice;
import org.duban.metric.Metric;
import org.duban.metric.MetricTotals;

/**
 * Drafts the report's text from the data, paragraph by paragraph, each with a key that stays the same from one draft to
 * the next, and lays the coordinator's edits over it. Every number drafted is a span that names the reports (or the
 * page) it was counted from; a number the coordinator writes is linked to the same sources when the data holds it, and
 * marked when it does not.
 */
final class ReportDrafter {

    static final String[] SECTIONS = {"一、基本情况", "二、主要做法", "三、取得成效", "四、存在问题", "五、下一步打算"};
    static final String MATERIAL = "【素材】";
    static final String BLANK_RECIPIENT = "＿＿＿＿＿＿：";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Pattern QUOTED = Pattern.compile("[“\"]\\s*([^”\"]+?)\\s*[”\"]");
    /** What a summary says about what comes next, offered for 五. */
    private static final Pattern NEXT = Pattern.compile("下一步|下步|今后|明年|将继续|将进一步|继续加强|持续");
    /** What a summary says about what fell short, offered for 四. */
    private static final Pattern PROBLEM = Pattern.compile("问题|不足|薄弱|困难|短板|差距|欠缺|不够|有待");

    /** An edit in force: the text (empty when the paragraph was removed) and who made it. */
    record Edit(String text, String editorName) {
    }

    private final CompiledReportData.Draft draft;
    private final ZoneId zone;
    private final Map<String, Edit> edits;
    private final List<ReportText.Figure> figures;
    private final List<ReportText.Block> blocks = new ArrayList<>();
    private final Map<Long, ReportText.Source> reportSources = new LinkedHashMap<>();
    private int section;

    private ReportDrafter(CompiledReportData.Draft draft, ZoneId zone, Map<String, Edit> edits,
            List<ReportText.Figure> figures) {
        this.draft = draft;
        this.zone = zone;
        this.edits = edits;
        this.figures = figures;
        draft.reports().forEach(r -> reportSources.put(r.id(), new ReportText.Source(
                r.unitName() + "的报送" + (r.happenedOn() == null ? "" : "（" + r.happenedOn() + "）"),
                "/reports/" + r.id())));
    }

    /** The report drafted from {@code draft} with {@code edits} laid over it; 附件2 holds {@code figures}. */
    static ReportText compose(CompiledReportData.Draft draft, ZoneId zone, Map<String, Edit> edits,
            List<ReportText.Figure> figures) {
        ReportDrafter d = new ReportDrafter(draft, zone, edits, figures);
        d.build();
        return NumberLinks.relink(new ReportText(title(draft.campaign().notice()), d.blocks));
    }

    /** 《{issuer}关于{year}年“{theme}”活动开展情况的报告》, without the book-title marks. */
    static String title(CampaignNotice notice) {
        return nonBlank(notice.issuer(), "") + "关于" + notice.year() + "年“" + campaignName(notice) + "”活动开展情况的报告";
    }

    /** The campaign's name as the notice's title quotes it (“质量月”), else its theme, else its title. */
    static String campaignName(CampaignNotice notice) {
        for (String s : new String[] {notice.title(), notice.theme()}) {
            if (s != null) {
                Matcher m = QUOTED.matcher(s);
                if (m.find()) {
                    return m.group(1).replaceAll("\\s+", "");
                }
            }
        }
        return nonBlank(notice.theme(), nonBlank(notice.title(), ""));
    }

    /**
     * The upper bureau the report goes to: the issuer of the last upstream document the notice implements (the
     * nearest level up), as the reference names it before “关于”; blank for the coordinator to fill in when unknown
     * (a reference kept as a bare 文号 names no issuer, and none is guessed from its abbreviation).
     */
    static String recipient(CampaignNotice notice) {
        List<String> refs = notice.references();
        for (int i = refs.size() - 1; i >= 0; i--) {
            String ref = refs.get(i).strip().replaceFirst("^[《〈]", "");
            int about = ref.indexOf("关于");
            if (about > 1) {
                String issuer = ref.substring(0, about).strip();
                if (!issuer.equals(nonBlank(notice.issuer(), "").strip()) && !issuer.contains("等")) {
                    return issuer + "：";
                }
            }
        }
        return BLANK_RECIPIENT;
    }

    private void build() {
        CampaignNotice notice = draft.campaign().notice();
        blocks.add(new ReportText.Heading(ReportText.Level.TITLE, title(notice)));
        paragraph("recipient", ReportText.Style.RECIPIENT, List.of(ReportText.Span.plain(recipient(notice))));
        String refs = String.join("、", notice.references());
        if (!refs.isEmpty() && notice.references().stream().noneMatch(r -> r.contains("《"))) {
            refs = "上级文件（" + refs + "）"; // the reader keeps the upstream documents' 文号 only
        }
        String doc = "《" + nonBlank(notice.title(), "") + "》"
                + (blank(notice.docNumber()) ? "" : "（" + notice.docNumber() + "）");
        paragraph("opening", ReportText.Style.BODY, List.of(ReportText.Span.plain(
                (refs.isEmpty() ? "" : "按照" + refs + "部署，") + nonBlank(notice.issuer(), "我局") + "印发了" + doc
                        + "，组织开展" + notice.year() + "年“" + campaignName(notice) + "”活动。现将活动开展情况报告如下：")));

        heading(1);
        basics();
        heading(2);
        practices();
        heading(3);
        results();
        heading(4);
        problems();
        heading(5);
        next();

        blocks.add(new ReportText.Signature(nonBlank(notice.issuer(), "＿＿＿＿＿＿"),
                chineseDate(draft.cutoff().atZoneSameInstant(zone).toLocalDate())));
        if (!blank(notice.contactName()) || !blank(notice.contactPhone())) {
            List<String> parts = new ArrayList<>();
            if (!blank(notice.contactName())) {
                parts.add("联系人：" + notice.contactName().strip());
            }
            if (!blank(notice.contactPhone())) {
                parts.add("联系电话：" + notice.contactPhone().strip());
            }
            paragraph("contact", ReportText.Style.CONTACT, List.of(ReportText.Span.plain(
                    "（" + String.join("，", parts) + "）")));
        }
        appendix1();
        appendix2();
    }

    private void heading(int n) {
        section = n;
        blocks.add(new ReportText.Heading(ReportText.Level.SECTION, SECTIONS[n - 1]));
    }

    private void basics() {
        CompiledReportData.Basics b = draft.basics();
        long id = draft.campaign().id();
        ReportText.Source plan = new ReportText.Source("活动方案", "/campaigns/" + id);
        ReportText.Source board = new ReportText.Source("督办看板", "/campaigns/" + id + "/dashboard");
        List<ReportText.Source> accepted = new ArrayList<>(reportSources.values());
        LocalDate day = draft.cutoff().atZoneSameInstant(zone).toLocalDate();
        List<ReportText.Span> s = new ArrayList<>();
        s.add(ReportText.Span.plain("本次活动方案共安排活动"));
        s.add(ReportText.Span.from(String.valueOf(b.activities()), List.of(plan)));
        s.add(ReportText.Span.plain("项，涉及"));
        s.add(ReportText.Span.from(String.valueOf(b.units()), List.of(plan)));
        s.add(ReportText.Span.plain("个单位、"));
        s.add(ReportText.Span.from(String.valueOf(b.assignments()), List.of(plan)));
        s.add(ReportText.Span.plain("项单位任务。截至" + chineseDate(day) + "，各单位已通过审核的报送"));
        s.add(ReportText.Span.from(String.valueOf(b.acceptedReports()), accepted));
        s.add(ReportText.Span.plain("份，"));
        s.add(ReportText.Span.from(String.valueOf(b.accepted()), accepted));
        s.add(ReportText.Span.plain("项单位任务已完成（报送通过审核）"));
        Integer rate = b.onTimePercent();
        if (rate != null) {
            s.add(ReportText.Span.plain("；应报送的"));
            s.add(ReportText.Span.from(String.valueOf(b.due()), List.of(board)));
            s.add(ReportText.Span.plain("项中按时报送"));
            s.add(ReportText.Span.from(String.valueOf(b.onTime()), List.of(board)));
            s.add(ReportText.Span.plain("项，按时报送率"));
            s.add(ReportText.Span.from(rate + "%", List.of(board)));
        }
        s.add(ReportText.Span.plain("。"));
        paragraph("basics", ReportText.Style.BODY, s);
    }

    private void practices() {
        int i = 0;
        for (Campaign.Activity a : draft.campaign().activities()) {
            blocks.add(new ReportText.Heading(ReportText.Level.SUBSECTION, "（" + numeral(++i) + "）" + a.content()));
            List<CompiledReportData.AcceptedReport> reports = draft.reportsOf(a.id());
            if (reports.isEmpty()) {
                paragraph("practice-" + a.id() + "-none", ReportText.Style.MATERIAL,
                        List.of(ReportText.Span.plain(MATERIAL + "截至统计时尚无通过审核的报送。")));
            }
            for (CompiledReportData.AcceptedReport r : reports) {
                List<ReportText.Source> source = List.of(reportSources.get(r.id()));
                paragraph("practice-" + a.id() + "-r" + r.id(), ReportText.Style.BODY,
                        List.of(ReportText.Span.from(r.unitName() + "：" + r.body().strip(), source)));
            }
        }
    }

    private void results() {
        List<MetricTotals.Line> lines = draft.counts().totals();
        if (lines.isEmpty()) {
            paragraph("results-none", ReportText.Style.BODY, List.of(ReportText.Span.plain("本次活动未设统计指标。")));
            return;
        }
        paragraph("results", ReportText.Style.BODY,
                List.of(ReportText.Span.plain("各项统计指标完成情况如下（联合开展的活动只计一次）：")));
        List<List<ReportText.Cell>> rows = new ArrayList<>();
        for (MetricTotals.Line line : lines) {
            Integer percent = line.percent();
            List<ReportText.Source> sources = sourcesOf(draft.countSources().byMetric().get(line.metric().id()));
            rows.add(List.of(ReportText.Cell.plain(name(line.metric())),
                    ReportText.Cell.plain(line.target() == null ? "—" : number(line.target())),
                    new ReportText.Cell(number(line.accepted()), sources),
                    ReportText.Cell.plain(percent == null ? "—" : percent + "%")));
        }
        blocks.add(new ReportText.Table(List.of("指标", "目标", "完成", "完成率"), rows, 0));
    }

    private void problems() {
        List<CompiledReportData.AcceptedSummary> summaries = draft.summaries();
        if (summaries.isEmpty()) {
            paragraph("problems-none", ReportText.Style.MATERIAL,
                    List.of(ReportText.Span.plain(MATERIAL + "截至统计时尚无通过审核的单位总结。请协调人撰写本部分。")));
            return;
        }
        paragraph("problems-intro", ReportText.Style.MATERIAL, List.of(ReportText.Span.plain(
                MATERIAL + "以下为各单位通过审核的活动总结中的段落，供协调人提炼本部分，定稿时不列入。")));
        summaryParagraphs(false);
    }

    private void next() {
        paragraph("next", ReportText.Style.MATERIAL, List.of(ReportText.Span.plain(
                MATERIAL + "请协调人结合各单位总结所述的下一步打算撰写本部分，定稿时不列入本提示。")));
        summaryParagraphs(true);
    }

    /**
     * The summaries' paragraphs about what comes next are offered for 五, those about what fell short for 四 (one
     * about both, for both); any other paragraph for 四, where the coordinator looks first.
     */
    private void summaryParagraphs(boolean aboutNext) {
        long campaignId = draft.campaign().id();
        for (CompiledReportData.AcceptedSummary s : draft.summaries()) {
            ReportText.Source source = new ReportText.Source(s.unitName() + "的活动总结",
                    "/campaigns/" + campaignId + "/summaries/" + s.unitId());
            String[] paras = s.body().strip().split("\\R+");
            for (int i = 0; i < paras.length; i++) {
                String para = paras[i].strip();
                boolean next = NEXT.matcher(para).find();
                boolean problem = PROBLEM.matcher(para).find() || !next;
                if (!para.isEmpty() && (aboutNext ? next : problem)) {
                    paragraph("summary" + (aboutNext ? 5 : 4) + "-" + s.unitId() + "-" + i, ReportText.Style.MATERIAL,
                            List.of(ReportText.Span.from(MATERIAL + s.unitName() + "：" + para, List.of(source))));
                }
            }
        }
    }

    private void appendix1() {
        blocks.add(new ReportText.PageBreak());
        blocks.add(new ReportText.Heading(ReportText.Level.APPENDIX_LABEL, "附件1"));
        blocks.add(new ReportText.Heading(ReportText.Level.APPENDIX_TITLE, "活动开展情况统计表"));
        Map<Long, Metric> metrics = new LinkedHashMap<>();
        draft.counts().totals().forEach(l -> metrics.put(l.metric().id(), l.metric()));
        List<String> head = new ArrayList<>(List.of("序号", "活动内容", "牵头单位", "完成情况"));
        metrics.values().forEach(m -> head.add(name(m)));
        List<List<ReportText.Cell>> rows = new ArrayList<>();
        int r = 1;
        for (Campaign.Activity a : draft.campaign().activities()) {
            List<ReportText.Cell> row = new ArrayList<>();
            row.add(ReportText.Cell.plain(nonBlank(a.no(), String.valueOf(r))));
            row.add(ReportText.Cell.plain(a.content()));
            String leads = a.leads().stream().map(Campaign.Assignment::unitName).collect(Collectors.joining("、"));
            row.add(ReportText.Cell.plain(leads.isEmpty() ? nonBlank(a.leadText(), "") : leads));
            List<ReportText.Source> done = draft.reportsOf(a.id()).stream()
                    .map(x -> reportSources.get(x.id())).distinct().toList();
            row.add(new ReportText.Cell(draft.acceptedUnitsByActivity().getOrDefault(a.id(), 0) + "/"
                    + a.assignments().size() + "个单位已通过", done));
            MetricTotals.ActivityCounts counts = draft.counts().activity(a.id());
            Map<Long, List<Long>> bySource = draft.countSources().byActivityAndMetric().getOrDefault(a.id(), Map.of());
            for (Long metricId : metrics.keySet()) {
                BigDecimal value = counts == null ? null : counts.lines().stream()
                        .filter(l -> l.metric().id() == metricId).map(MetricTotals.Line::accepted).findFirst()
                        .orElse(null);
                row.add(value == null ? ReportText.Cell.plain("")
                        : new ReportText.Cell(number(value), sourcesOf(bySource.get(metricId))));
            }
            rows.add(row);
            r++;
        }
        blocks.add(new ReportText.Table(head, rows, 1));
    }

    private void appendix2() {
        if (figures.isEmpty()) {
            return;
        }
        blocks.add(new ReportText.PageBreak());
        blocks.add(new ReportText.Heading(ReportText.Level.APPENDIX_LABEL, "附件2"));
        blocks.add(new ReportText.Heading(ReportText.Level.APPENDIX_TITLE, "活动图片"));
        blocks.addAll(figures);
    }

    private List<ReportText.Source> sourcesOf(List<Long> reportIds) {
        return reportIds == null ? List.of()
                : reportIds.stream().map(reportSources::get).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Adds a drafted paragraph, or the coordinator's edit of it. */
    private void paragraph(String key, ReportText.Style style, List<ReportText.Span> spans) {
        String drafted = spans.stream().map(ReportText.Span::text).collect(Collectors.joining());
        Edit edit = edits.get(key);
        if (edit == null) {
            blocks.add(new ReportText.Paragraph(key, section, style, ReportText.State.DRAFTED, spans, drafted, null));
        } else if (edit.text().isBlank()) {
            blocks.add(new ReportText.Paragraph(key, section, style, ReportText.State.REMOVED, spans, drafted,
                    edit.editorName()));
        } else {
            // what the coordinator wrote is the report's own text, no longer material; its numbers are linked later
            ReportText.Style mine = style == ReportText.Style.MATERIAL ? ReportText.Style.BODY : style;
            List<ReportText.Source> sources = spans.stream().flatMap(s -> s.sources().stream()).distinct().toList();
            blocks.add(new ReportText.Paragraph(key, section, mine, ReportText.State.EDITED,
                    List.of(ReportText.Span.from(edit.text().strip(), sources)), drafted, edit.editorName()));
        }
    }

    static String name(Metric m) {
        return m.name() + "（" + m.unit() + "）";
    }

    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String numeral(int n) {
        if (n >= 100) {
            return String.valueOf(n);
        }
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        return NUMERALS[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nonBlank(String s, String otherwise) {
        return blank(s) ? otherwise : s.strip();
    }
}
