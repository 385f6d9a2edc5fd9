package org.duban.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.campaign.UnitRole;
import org.duban.org.DubanUser;
import org.duban.org.UserAccounts;
import org.duban.photo.Upload;
import org.duban.planimport.ImportService;
import org.duban.planimport.NoticeEdit;
import org.duban.planimport.TaskEdit;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.TaskDraft;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.springframework.stereotype.Component;

/**
 * The seed plan placed around today, so the first dashboard a newcomer sees shows the product at work rather than a
 * campaign that ended years ago: the same 23 activities with their windows moved so that today is the tenth day of
 * the campaign's month, some reports in and accepted, one waiting for review, one returned with the commonest
 * reason, and the activities whose windows closed with nothing reported standing overdue.
 */
@Component
class DemoCampaign {

    /** Today is this many days into the plan's first month. */
    static final int DAYS_IN = 9;

    private final ImportService imports;
    private final CampaignService campaigns;
    private final ReportService reports;
    private final UserAccounts accounts;
    private final org.duban.metric.MetricCatalog metrics;
    private final Clock clock;

    DemoCampaign(ImportService imports, CampaignService campaigns, ReportService reports, UserAccounts accounts,
            org.duban.metric.MetricCatalog metrics, Clock clock) {
        this.imports = imports;
        this.campaigns = campaigns;
        this.reports = reports;
        this.accounts = accounts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Imports the seed, its defaced issuer corrected as a coordinator would in the preview; around today, as this
     * year's plan with every window shifted by the same number of days, else with its own 2020 dates. Returns the
     * campaign.
     */
    long importSeed(long org, long coordinator, String issuer, byte[] seed, boolean aroundToday) {
        LocalDate campaignStart = aroundToday ? LocalDate.now(clock).minusDays(DAYS_IN) : LocalDate.of(2020, 9, 1);
        LocalDate planStart = LocalDate.of(campaignStart.getYear(), 9, 1);
        long shift = ChronoUnit.DAYS.between(planStart, campaignStart);
        // the notice's own dates, moved with the windows: issued 8 September, summaries due 1 October
        LocalDate issued = LocalDate.of(campaignStart.getYear(), 9, 8).plusDays(shift);
        LocalDate summaryDeadline = LocalDate.of(campaignStart.getYear(), 10, 1).plusDays(shift);
        if (aroundToday) {
            seed = movedNotice(seed, campaignStart, issued, summaryDeadline);
        }
        PlanDraft draft = imports.read(org, seed, campaignStart.getYear());
        long draftId = imports.keep(org, coordinator, "seed-quality-month-2020.txt", draft, seed);
        for (int i = 0; i < draft.tasks().size() && shift != 0; i++) {
            TaskDraft t = draft.tasks().get(i);
            LocalDate start = t.start() == null ? null : t.start().plusDays(shift);
            LocalDate end = t.end() == null ? null : t.end().plusDays(shift);
            imports.editTask(org, draftId, i, new TaskEdit(t.no(), t.content(), timeText(start, end, t.timeText()),
                    start, end, t.lead(), t.assist()));
        }
        String title = draft.title().replaceFirst("^.*?(?=市场监督管理局)", "福鼎市")
                .replace("2020年", campaignStart.getYear() + "年");
        imports.editNotice(org, draftId, new NoticeEdit(title, issuer, draft.docNumber(),
                aroundToday ? issued : draft.date(), aroundToday ? summaryDeadline : draft.summaryDeadline(),
                draft.theme()));
        return imports.confirm(org, coordinator, draftId);
    }

    /**
     * The notice's own words about its time moved with its windows, so the demo reads as one plan: the period
     * ("2020年9月份" becomes the month from the campaign's first day), the year it is held in, and the summary
     * deadline in 四、活动要求 ("10月1日前") and the date it was issued. Upstream documents keep their 2020 numbers:
     * they are citations.
     */
    static byte[] movedNotice(byte[] seed, LocalDate start, LocalDate issued, LocalDate summaryDeadline) {
        LocalDate end = start.plusDays(29); // September's 30 days
        String period = start.getYear() + "年" + md(start) + "至" + (end.getYear() > start.getYear()
                ? end.getYear() + "年" : "") + md(end);
        String text = new String(seed, StandardCharsets.UTF_8)
                .replace("2020年9月份", period)
                .replace("2020年9月8日", issued.getYear() + "年" + md(issued))
                .replace("决定于2020年9月", "决定于" + start.getYear() + "年" + start.getMonthValue() + "月")
                .replace("局2020年“质量月”活动方案", "局" + start.getYear() + "年“质量月”活动方案")
                .replace("于10月1日前将活动总结", "于" + md(summaryDeadline) + "前将活动总结");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reports as a campaign ten days in has them: the first activity (its window closed a week ago) reported by its
     * lead and accepted, by one station and accepted, by another and returned; the one-day meeting reported and
     * waiting for review.
     */
    void reportSome(long org, long campaignId) {
        Campaign campaign = campaigns.find(org, campaignId).orElseThrow();
        DubanUser coordinator = user("zhiliang");
        DubanUser qianqi = user("qianqi");
        DubanUser shacheng = user("shacheng");
        Campaign.Activity first = campaign.activities().get(0);
        LocalDate day = first.start() == null ? LocalDate.now(clock) : first.start().plusDays(1);
        // the numbers in the texts given as counts too, so the dashboard's totals have something to add up
        Map<String, Long> byCode = new java.util.HashMap<>();
        metrics.all(org).forEach(m -> {
            if (m.code() != null) {
                byCode.put(m.code(), m.id());
            }
        });
        accept(coordinator, report(coordinator, assignment(first, "质量安全监督管理股", UnitRole.LEAD),
                "群发“质量月”公益短信 12,000 条，在城区主干道悬挂宣传横幅 16 条。", day,
                counts(byCode, "SMS", "12000", "BANNERS", "16")), "已核实，感谢。");
        accept(coordinator, report(qianqi, assignment(first, "前岐市场监督管理所", UnitRole.ASSIST),
                "在前岐集镇主街悬挂横幅 2 条，向经营户转发公益短信。", day, counts(byCode, "BANNERS", "2")), null);
        Report returned = report(shacheng, assignment(first, "沙埕市场监督管理所", UnitRole.ASSIST),
                "沙埕所悬挂宣传横幅 2 条。", day, counts(byCode, "BANNERS", "2"));
        reports.returnToUnit(coordinator, returned.id(), "第二张照片不在活动时间内，请更换后再报送。");
        campaign.activities().stream().filter(a -> "21".equals(a.no())).findFirst().ifPresent(meeting ->
                report(qianqi, assignment(meeting, "前岐市场监督管理所", UnitRole.ASSIST),
                        "组织辖区 12 家小作坊负责人参加现场会，发放整改告知书 12 份。",
                        meeting.start() == null ? LocalDate.now(clock) : meeting.start(), null));
    }

    private Report report(DubanUser by, long assignmentId, String body, LocalDate happenedOn, Map<Long, String> counts) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = happenedOn.isAfter(today) ? today : happenedOn;
        return reports.save(by, assignmentId, new ReportForm(UUID.randomUUID().toString(), null, body, on, "submit",
                List.of(), counts, null), List.of(photo(by.displayName()), photo(body)));
    }

    /** Counts by catalog code and amount, pairwise. */
    private static Map<Long, String> counts(Map<String, Long> byCode, String... codesAndAmounts) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            out.put(byCode.get(codesAndAmounts[i]), codesAndAmounts[i + 1]);
        }
        return out;
    }

    private void accept(DubanUser coordinator, Report report, String comment) {
        reports.accept(coordinator, report.id(), comment);
    }

    private static long assignment(Campaign.Activity activity, String unit, UnitRole role) {
        List<Campaign.Assignment> of = role == UnitRole.LEAD ? activity.leads() : activity.assists();
        return of.stream().filter(a -> a.unitName().equals(unit)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed's activity " + activity.no() + " has no " + unit))
                .id();
    }

    private DubanUser user(String username) {
        return new DubanUser(accounts.byUsername(username).orElseThrow());
    }

    /** A plain picture standing for a photo from the field, different for each text so none counts as reused. */
    private static Upload photo(String seed) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int h = seed.hashCode();
        g.setColor(new Color(90 + (h & 0x3f), 120 + ((h >> 6) & 0x3f), 150 + ((h >> 12) & 0x3f)));
        g.fillRect(0, 0, 640, 480);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color((h >> i) & 0xff, (h >> (i + 3)) & 0xff, (h >> (i + 7)) & 0xff));
            g.fillRect((h >>> i) % 560, (h >>> (i + 5)) % 400, 40 + i * 6, 30 + i * 4);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            byte[] bytes = out.toByteArray();
            return new Upload(bytes.length, () -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time as a plan would write it for the moved window: 12月1日-3日, 12月, 11月23日-次年2月22日. */
    static String timeText(LocalDate start, LocalDate end, String asWritten) {
        if (start == null && end == null) {
            return asWritten;
        }
        if (start == null) {
            return md(end) + "前";
        }
        if (end == null) {
            return md(start) + "起";
        }
        if (start.equals(end)) {
            return md(start);
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return start.getMonthValue() + "月";
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return md(start) + "-" + end.getDayOfMonth() + "日";
        }
        return md(start) + "-" + (end.getYear() > start.getYear() ? "次年" : "") + md(end);
    }

    private static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
