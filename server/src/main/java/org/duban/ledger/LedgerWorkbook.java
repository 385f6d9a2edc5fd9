package org.duban.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duban.campaign.Campaign;
import org.duban.metric.MetricTotals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a campaign's 台账 as XLSX with POI's streaming SXSSF: only a window of rows per sheet is in memory, the rest
 * goes to temporary files, so a campaign of any size costs the same heap. (SXSSF rather than fastexcel: it has the
 * print titles, page set-up and data formats a printed 台账 needs, and POI is already here for the plan reader.)
 *
 * <p>The cover sheet comes first in the workbook but is written last: it carries the data hash, SHA-256 over every
 * value of the data sheets and the cover's own facts, which is the same whenever the same cut-off is exported again.
 */
@Component
class LedgerWorkbook {

    static final String COVER = "封面";
    static final List<String> SHEETS = List.of(COVER, "活动台账", "活动汇总", "报送记录", "催办记录", "单位汇总", "图片索引");

    private final LedgerData data;
    private final MessageSource messages;
    private final MetricTotals metrics;

    LedgerWorkbook(LedgerData data, MessageSource messages, MetricTotals metrics) {
        this.data = data;
        this.messages = messages;
        this.metrics = metrics;
    }

    /**
     * The counts of the metric catalog as columns of 活动台账 (each unit's credit on its activity) that 活动汇总 and
     * 单位汇总 carry too: a unit's credits summed, an activity's accepted total.
     */
    private static final class Counts {

        private final Map<Long, String> headers = new LinkedHashMap<>();
        private final Map<Long, Map<Long, Map<String, Double>>> credit = new HashMap<>();
        private final Map<Long, Map<String, Double>> totals = new HashMap<>();

        Counts(MetricTotals.CampaignCounts counts) {
            for (MetricTotals.ActivityCounts activity : counts.activities()) {
                for (MetricTotals.Line line : activity.lines()) {
                    String header = headers.computeIfAbsent(line.metric().id(),
                            k -> line.metric().name() + "（" + line.metric().unit() + "）");
                    totals.computeIfAbsent(activity.activityId(), k -> new LinkedHashMap<>())
                            .put(header, line.accepted().doubleValue());
                    for (MetricTotals.UnitCredit unit : line.units()) {
                        credit.computeIfAbsent(activity.activityId(), k -> new HashMap<>())
                                .computeIfAbsent(unit.unitId(), k -> new HashMap<>())
                                .merge(header, unit.accepted().doubleValue(), Double::sum);
                    }
                }
            }
        }

        List<Column<LedgerLine>> columns() {
            return headers.values().stream().map(h -> Column.<LedgerLine>count(h, l -> credit
                    .getOrDefault(l.activityId(), Map.of()).getOrDefault(l.unitId(), Map.of()).get(h)).rolledUp()).toList();
        }

        Map<String, Double> totalsOf(long activityId) {
            Map<String, Double> out = new LinkedHashMap<>();
            headers.values().forEach(h -> out.put(h, 0d));
            out.putAll(totals.getOrDefault(activityId, Map.of()));
            return out;
        }
    }

    /** What a cover says besides the data: who made it and when. */
    record Maker(String name, LocalDateTime at) {
    }

    /** Writes the workbook to {@code out} (left open) and returns the data hash. */
    String write(long organisationId, Campaign campaign, Cutoff cutoff, Maker maker, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        // a plain ZIP, not ZIP64 (a workbook never nears 4 GB): the JDK's ZipInputStream and older readers that
        // tools upstream may use cannot read POI's ZIP64 data descriptors
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            LedgerStyles styles = new LedgerStyles(workbook);
            LedgerSheets sheets = new LedgerSheets(s -> name("status." + s.name()));
            SXSSFSheet cover = workbook.createSheet(COVER);
            coverFacts(campaign, cutoff).forEach((k, v) -> digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));

            Counts counts = new Counts(metrics.ofCampaign(organisationId, campaign.id(), cutoff.offset()));
            List<Column<LedgerLine>> lineColumns = new ArrayList<>(sheets.assignmentColumns());
            lineColumns.addAll(counts.columns());
            List<Column<LedgerLine>> rolled = lineColumns.stream().filter(Column::rollUp).toList();
            SheetWriter<LedgerLine> lines = new SheetWriter<>(workbook.createSheet(SHEETS.get(1)), lineColumns, styles, digest);
            SXSSFSheet activitySheet = workbook.createSheet(SHEETS.get(2));
            SXSSFSheet roundSheet = workbook.createSheet(SHEETS.get(3));
            SXSSFSheet reminderSheet = workbook.createSheet(SHEETS.get(4));
            SXSSFSheet unitSheet = workbook.createSheet(SHEETS.get(5));
            SXSSFSheet photoSheet = workbook.createSheet(SHEETS.get(6));

            // activities and units are few; only their tallies are kept while the rows stream past
            Map<Long, LedgerSheets.Tally> byActivity = new LinkedHashMap<>();
            Map<Long, LedgerSheets.Tally> byUnit = new LinkedHashMap<>();
            Map<Long, Integer> unitOrder = new LinkedHashMap<>();
            data.eachAssignment(campaign.id(), cutoff, line -> {
                lines.add(line);
                byActivity.computeIfAbsent(line.activityId(), k -> new LedgerSheets.Tally(line.activityNo(),
                        line.activityNo(), line.content(), line.start(), line.end(), line.timeText())).add(line, rolled);
                byUnit.computeIfAbsent(line.unitId(), k -> new LedgerSheets.Tally(line.unitName(), line.unitName()))
                        .add(line, rolled);
                unitOrder.putIfAbsent(line.unitId(), line.unitOrder());
            });
            lines.finish();
            // an activity's count is its total with a joint event once, not the sum of its units' credits
            byActivity.forEach((activityId, tally) -> tally.rolled.putAll(counts.totalsOf(activityId)));

            SheetWriter<LedgerSheets.Tally> activities = new SheetWriter<>(activitySheet, sheets.activityColumns(rolled),
                    styles, digest);
            byActivity.values().forEach(activities::add);
            activities.finish();

            SheetWriter<LedgerData.ReportRound> rounds = new SheetWriter<>(roundSheet,
                    sheets.roundColumns(a -> name("report.action." + a)), styles, digest);
            data.eachReportRound(campaign.id(), cutoff, rounds::add);
            rounds.finish();

            SheetWriter<LedgerData.Reminder> reminders = new SheetWriter<>(reminderSheet, sheets.reminderColumns(),
                    styles, digest);
            data.eachReminder(campaign.id(), campaign.notice().title(), cutoff, reminders::add);
            reminders.finish();

            SheetWriter<LedgerSheets.Tally> units = new SheetWriter<>(unitSheet, sheets.unitColumns(rolled), styles, digest);
            List<Long> unitIds = new ArrayList<>(byUnit.keySet());
            unitIds.sort(java.util.Comparator.comparing((Long id) -> unitOrder.get(id)).thenComparing(id -> id));
            unitIds.forEach(id -> units.add(byUnit.get(id)));
            units.finish();

            SheetWriter<LedgerData.PhotoLine> photos = new SheetWriter<>(photoSheet, sheets.photoColumns(), styles, digest);
            data.eachPhoto(organisationId, campaign.id(), cutoff, photos::add);
            photos.finish();

            String hash = HexFormat.of().formatHex(digest.digest());
            writeCover(cover, styles, campaign, cutoff, maker, hash);
            workbook.write(out);
            return hash;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static Map<String, Object> coverFacts(Campaign campaign, Cutoff cutoff) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("活动名称", campaign.notice().title());
        facts.put("发文机关", campaign.notice().issuer());
        facts.put("方案文号", campaign.notice().docNumber());
        facts.put("上级文号", campaign.notice().references().isEmpty() ? null
                : String.join("；", campaign.notice().references()));
        facts.put("统计截止时间", cutoff.local().withNano(0));
        return facts;
    }

    private void writeCover(SXSSFSheet cover, LedgerStyles styles, Campaign campaign, Cutoff cutoff, Maker maker,
            String hash) {
        cover.setColumnWidth(0, 16 * 256);
        cover.setColumnWidth(1, 80 * 256);
        PrintSetup print = cover.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        int r = 0;
        Row title = cover.createRow(r++);
        Cell t = title.createCell(0);
        t.setCellValue(campaign.notice().title() + " 工作台账");
        t.setCellStyle(styles.title);
        r++;
        Map<String, Object> facts = coverFacts(campaign, cutoff);
        facts.put("生成时间", maker.at().withNano(0));
        facts.put("生成人", maker.name());
        facts.put("数据版本（SHA-256）", hash);
        facts.put("说明", "数据版本是各数据表全部内容的 SHA-256：同一截止时间再次导出，数值相同即数据未变。"
                + "只计入截止时间前的报送与审核。逾期工作日按周一至周五计算（未扣除法定节假日、未计调休上班日）。"
                + "地点取自照片的 GPS 定位。");
        facts.put("工作表", String.join("、", SHEETS.subList(1, SHEETS.size())));
        for (Map.Entry<String, Object> fact : facts.entrySet()) {
            Row row = cover.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(fact.getKey());
            label.setCellStyle(styles.header);
            Cell value = row.createCell(1);
            if (fact.getValue() instanceof LocalDateTime at) {
                value.setCellValue(at);
                value.setCellStyle(styles.of(Column.Kind.DATETIME));
            } else {
                value.setCellValue(fact.getValue() == null ? "" : String.valueOf(fact.getValue()));
                value.setCellStyle(styles.textStyle());
            }
        }
    }

    private String name(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    static MessageDigest sha256() {
        return org.duban.web.Digests.sha256();
    }
}
