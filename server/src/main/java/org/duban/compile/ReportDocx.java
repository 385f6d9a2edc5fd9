package org.duban.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignNotice;
import org.duban.metric.Metric;
import org.duban.metric.MetricTotals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Lays the draft out after GB/T 9704 as far as a generated DOCX can: A4 with the standard's margins, the title in
 * 小标宋 二号 centred, body in 仿宋_GB2312 三号 at a fixed 28.95 pt line, section heads in 黑体, sub-heads in
 * 楷体_GB2312, 落款 to the right. Text is taken as it is in the data; what is material for the coordinator to edit is
 * marked 【素材】.
 */
final class ReportDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String TITLE_FALLBACK = "宋体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String BODY_FALLBACK = "FangSong";
    static final String HEAD_FONT = "黑体";
    static final String SUBHEAD_FONT = "楷体_GB2312";
    static final String[] SECTIONS = {"一、基本情况", "二、主要做法", "三、取得成效", "四、存在问题", "五、下一步打算"};
    static final String MATERIAL = "【素材】";
    static final String BLANK_RECIPIENT = "＿＿＿＿＿＿：";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Pattern QUOTED = Pattern.compile("[“\"]\\s*([^”\"]+?)\\s*[”\"]");

    private final CompiledReportData.Draft draft;
    private final ZoneId zone;
    private final XWPFDocument doc = new XWPFDocument();

    private ReportDocx(CompiledReportData.Draft draft, ZoneId zone) {
        this.draft = draft;
        this.zone = zone;
    }

    static void write(CompiledReportData.Draft draft, ZoneId zone, OutputStream out) throws IOException {
        ReportDocx docx = new ReportDocx(draft, zone);
        try (XWPFDocument doc = docx.doc) {
            docx.build();
            doc.write(out);
        }
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
        page();
        XWPFParagraph t = paragraph(ParagraphAlignment.CENTER, 0);
        t.setSpacingBetween(35, LineSpacingRule.EXACT);
        t.setSpacingAfter(600);
        run(t, title(notice), TITLE_FONT, TITLE_FALLBACK, 22, false);

        body(recipient(notice), 0);
        String refs = String.join("、", notice.references());
        if (!refs.isEmpty() && notice.references().stream().noneMatch(r -> r.contains("《"))) {
            refs = "上级文件（" + refs + "）"; // the reader keeps the upstream documents' 文号 only
        }
        String doc = "《" + nonBlank(notice.title(), "") + "》" + (blank(notice.docNumber()) ? "" : "（" + notice.docNumber() + "）");
        body((refs.isEmpty() ? "" : "按照" + refs + "部署，") + nonBlank(notice.issuer(), "我局") + "印发了" + doc
                + "，组织开展" + notice.year() + "年“" + campaignName(notice) + "”活动。现将活动开展情况报告如下：", 640);

        heading(SECTIONS[0]);
        basics();
        heading(SECTIONS[1]);
        practices();
        heading(SECTIONS[2]);
        results();
        heading(SECTIONS[3]);
        problems();
        heading(SECTIONS[4]);
        body(MATERIAL + "请协调人结合上文“四、存在问题”中各单位总结所述的下一步打算撰写本部分，定稿前删除本提示。", 640);

        signature(notice);
        appendix();
    }

    private void basics() {
        CompiledReportData.Basics b = draft.basics();
        LocalDate day = draft.cutoff().atZoneSameInstant(zone).toLocalDate();
        StringBuilder s = new StringBuilder();
        s.append("本次活动方案共安排活动").append(b.activities()).append("项，涉及").append(b.units()).append("个单位、")
                .append(b.assignments()).append("项单位任务。截至").append(chineseDate(day)).append("，各单位已通过审核的报送")
                .append(b.acceptedReports()).append("份，").append(b.accepted()).append("项单位任务已完成（报送通过审核）");
        Integer rate = b.onTimePercent();
        if (rate != null) {
            s.append("；应报送的").append(b.due()).append("项中按时报送").append(b.onTime()).append("项，按时报送率")
                    .append(rate).append("%");
        }
        s.append("。");
        body(s.toString(), 640);
    }

    private void practices() {
        int i = 0;
        for (Campaign.Activity a : draft.campaign().activities()) {
            subheading("（" + numeral(++i) + "）" + a.content());
            List<CompiledReportData.AcceptedReport> reports = draft.reportsOf(a.id());
            if (reports.isEmpty()) {
                body("（截至统计时尚无通过审核的报送。）", 640);
            }
            for (CompiledReportData.AcceptedReport r : reports) {
                body(r.unitName() + "：" + r.body().strip(), 640);
            }
        }
    }

    private void results() {
        List<MetricTotals.Line> lines = draft.counts().totals();
        if (lines.isEmpty()) {
            body("本次活动未设统计指标。", 640);
            return;
        }
        body("各项统计指标完成情况如下（联合开展的活动只计一次）：", 640);
        XWPFTable table = table(lines.size() + 1, 4);
        cells(table.getRow(0), true, "指标", "目标", "完成", "完成率");
        int r = 1;
        for (MetricTotals.Line line : lines) {
            Integer percent = line.percent();
            cells(table.getRow(r++), false, name(line.metric()), line.target() == null ? "—" : number(line.target()),
                    number(line.accepted()), percent == null ? "—" : percent + "%");
        }
    }

    private void problems() {
        List<CompiledReportData.AcceptedSummary> summaries = draft.summaries();
        if (summaries.isEmpty()) {
            body(MATERIAL + "截至统计时尚无通过审核的单位总结。请协调人撰写本部分。", 640);
            return;
        }
        body(MATERIAL + "以下为各单位通过审核的活动总结原文，供协调人提炼本部分及“五、下一步打算”，定稿前删除。", 640);
        for (CompiledReportData.AcceptedSummary s : summaries) {
            for (String para : s.body().strip().split("\\R+")) {
                if (!para.isBlank()) {
                    body(MATERIAL + s.unitName() + "：" + para.strip(), 640);
                }
            }
        }
    }

    private void signature(CampaignNotice notice) {
        paragraph(ParagraphAlignment.LEFT, 0);
        paragraph(ParagraphAlignment.LEFT, 0);
        XWPFParagraph who = paragraph(ParagraphAlignment.RIGHT, 0);
        who.setIndentationRight(1280);
        run(who, nonBlank(notice.issuer(), "＿＿＿＿＿＿"), BODY_FONT, BODY_FALLBACK, 16, false);
        XWPFParagraph when = paragraph(ParagraphAlignment.RIGHT, 0);
        when.setIndentationRight(1280);
        run(when, chineseDate(draft.cutoff().atZoneSameInstant(zone).toLocalDate()), BODY_FONT, BODY_FALLBACK, 16,
                false);
        if (!blank(notice.contactName()) || !blank(notice.contactPhone())) {
            List<String> parts = new ArrayList<>();
            if (!blank(notice.contactName())) {
                parts.add("联系人：" + notice.contactName().strip());
            }
            if (!blank(notice.contactPhone())) {
                parts.add("联系电话：" + notice.contactPhone().strip());
            }
            body("（" + String.join("，", parts) + "）", 640);
        }
    }

    private void appendix() {
        XWPFParagraph brk = paragraph(ParagraphAlignment.LEFT, 0);
        brk.createRun().addBreak(BreakType.PAGE);
        XWPFParagraph label = paragraph(ParagraphAlignment.LEFT, 0);
        run(label, "附件1", HEAD_FONT, HEAD_FONT, 16, false);
        XWPFParagraph t = paragraph(ParagraphAlignment.CENTER, 0);
        t.setSpacingAfter(200);
        run(t, "活动开展情况统计表", TITLE_FONT, TITLE_FALLBACK, 18, false);

        Map<Long, Metric> metrics = new LinkedHashMap<>();
        draft.counts().totals().forEach(l -> metrics.put(l.metric().id(), l.metric()));
        List<Campaign.Activity> activities = draft.campaign().activities();
        XWPFTable table = table(activities.size() + 1, 4 + metrics.size());
        List<String> head = new ArrayList<>(List.of("序号", "活动内容", "牵头单位", "完成情况"));
        metrics.values().forEach(m -> head.add(name(m)));
        cells(table.getRow(0), true, head.toArray(String[]::new));
        int r = 1;
        for (Campaign.Activity a : activities) {
            List<String> row = new ArrayList<>();
            row.add(nonBlank(a.no(), String.valueOf(r)));
            row.add(a.content());
            String leads = a.leads().stream().map(Campaign.Assignment::unitName).collect(Collectors.joining("、"));
            row.add(leads.isEmpty() ? nonBlank(a.leadText(), "") : leads);
            row.add(draft.acceptedUnitsByActivity().getOrDefault(a.id(), 0) + "/" + a.assignments().size()
                    + "个单位已通过");
            MetricTotals.ActivityCounts counts = draft.counts().activity(a.id());
            for (Long metricId : metrics.keySet()) {
                BigDecimal value = counts == null ? null : counts.lines().stream()
                        .filter(l -> l.metric().id() == metricId).map(MetricTotals.Line::accepted).findFirst()
                        .orElse(null);
                row.add(value == null ? "" : number(value));
            }
            cells(table.getRow(r++), false, row.toArray(String[]::new));
        }
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(2098)); // 37 mm
        margin.setBottom(BigInteger.valueOf(1984)); // 35 mm
        margin.setLeft(BigInteger.valueOf(1587)); // 28 mm
        margin.setRight(BigInteger.valueOf(1474)); // 26 mm
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(28.95, LineSpacingRule.EXACT);
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
        }
        return p;
    }

    private void body(String text, int firstLine) {
        run(paragraph(ParagraphAlignment.BOTH, firstLine), text, BODY_FONT, BODY_FALLBACK, 16, false);
    }

    private void heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 640), text, HEAD_FONT, HEAD_FONT, 16, false);
    }

    private void subheading(String text) {
        run(paragraph(ParagraphAlignment.BOTH, 640), text, SUBHEAD_FONT, "KaiTi", 16, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, String latin, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(points);
        run.setBold(bold);
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        return run;
    }

    private XWPFTable table(int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        return table;
    }

    private static void cells(XWPFTableRow row, boolean head, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(head || i != 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, texts[i], head ? HEAD_FONT : BODY_FONT, head ? HEAD_FONT : BODY_FALLBACK, 12, false);
        }
        if (head) {
            row.setRepeatHeader(true);
        }
    }

    private static String name(Metric m) {
        return m.name() + "（" + m.unit() + "）";
    }

    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String numeral(int n) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonBlank(String s, String otherwise) {
        return blank(s) ? otherwise : s.strip();
    }
}
