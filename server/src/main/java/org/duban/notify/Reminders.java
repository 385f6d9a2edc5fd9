package org.duban.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.CampaignService;
import org.duban.campaign.CampaignSummary;
import org.duban.org.DubanUser;
import org.duban.org.Organisations;
import org.duban.org.UnitChannels;
import org.duban.org.UnitDirectoryService;
import org.duban.report.ReportService;
import org.duban.summary.SummaryService;
import org.duban.summary.SummaryStanding;
import org.duban.supervision.TaskRow;
import org.duban.supervision.UnitTasks;
import org.duban.web.NotFound;
import org.duban.web.PublicSite;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Finds what units should be reminded of today and tells them once: a window opening, an assignment due soon or
 * lately overdue, the summary deadline approaching. Coordinators urge by hand.
 */
@Service
@EnableConfigurationProperties(NotifyProperties.class)
public class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final Organisations organisations;
    private final CampaignService campaigns;
    private final UnitTasks tasks;
    private final UnitDirectoryService units;
    private final ReportService reports;
    private final Notifications notifications;
    private final NotifyProperties properties;
    private final Clock clock;
    private final SummaryService summaries;
    private final ApplicationEventPublisher events;
    private final PublicSite site;

    Reminders(Organisations organisations, CampaignService campaigns, UnitTasks tasks, UnitDirectoryService units,
            ReportService reports, Notifications notifications, NotifyProperties properties, Clock clock,
            SummaryService summaries, ApplicationEventPublisher events, PublicSite site) {
        this.events = events;
        this.site = site;
        this.summaries = summaries;
        this.organisations = organisations;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.units = units;
        this.reports = reports;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** One scan over every organisation; returns how many new reminders were made. Safe to run on several nodes. */
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (long org : organisations.ids()) {
            Map<Long, UnitChannels> channels = units.channels(org);
            for (CampaignSummary campaign : campaigns.list(org)) {
                List<TaskRow> rows = tasks.ofCampaign(org, campaign.id());
                for (TaskRow row : rows) {
                    AssignmentView a = row.assignment();
                    Optional<ReminderKind> kind = RemindersDue.on(today, a.start(), a.end(), row.status(),
                            properties.overdueChaseDays());
                    if (kind.isPresent()) {
                        String key = kind.get() + ":" + a.id() + (kind.get() == ReminderKind.WINDOW_OPENING ? ":" + today : "");
                        made += notifications.tell(org, channels.get(a.unitId()), a.id(), kind.get(),
                                subject(kind.get(), a), text(kind.get(), a) + link("/tasks/" + a.id()), key, null) ? 1 : 0;
                    }
                }
                made += summaryReminders(org, campaign, rows, channels, today);
            }
        }
        return made;
    }

    private int summaryReminders(long org, CampaignSummary campaign, List<TaskRow> rows, Map<Long, UnitChannels> channels,
            LocalDate today) {
        LocalDate deadline = campaign.summaryDeadline();
        if (deadline == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days < 0 || days > properties.summaryDays()) {
            return 0;
        }
        Set<Long> unitIds = new LinkedHashSet<>();
        summaries.standings(org, campaign.id()).stream().filter(SummaryStanding::owesOne)
                .forEach(s -> unitIds.add(s.unitId()));
        int made = 0;
        for (long unitId : unitIds) {
            String text = "【督办提醒】请于" + deadline.format(DAY) + "前报送“" + campaign.title() + "”的活动总结及相关图片（还有 "
                    + days + " 天）。" + link("/campaigns/" + campaign.id() + "/summary");
            made += notifications.tell(org, channels.get(unitId), null, ReminderKind.SUMMARY_DUE, "活动总结报送提醒", text,
                    "SUMMARY_DUE:" + campaign.id() + ":" + unitId, null) ? 1 : 0;
        }
        return made;
    }

    /** 催办: a coordinator chases one assignment of a unit, with a message of their own. */
    public void urge(DubanUser coordinator, long assignmentId, String message) {
        AssignmentView a = reports.assignment(coordinator, assignmentId);
        if (!coordinator.canCoordinate()) {
            throw new NotFound();
        }
        String note = message == null || message.isBlank() ? "" : message.strip();
        if (note.length() > 500) {
            throw new UrgeRefused("urge.error.tooLong");
        }
        String text = "【催办】" + a.unitName() + "：第" + a.activityNo() + "项“" + a.content() + "”"
                + (a.end() == null ? "" : "（" + a.end().format(DAY) + "截止）") + "请尽快报送。"
                + (note.isEmpty() ? "" : "——" + note) + link("/tasks/" + a.id());
        notifications.tell(coordinator.organisationId(), units.channels(coordinator.organisationId()).get(a.unitId()),
                a.id(), ReminderKind.URGE, "催办：" + a.content(), text, "URGE:" + UUID.randomUUID(), coordinator.id());
        events.publishEvent(new UnitUrged(coordinator.organisationId(), coordinator.id(), a.unitId(), a.id(), null, 1, note));
    }

    /** 催办 a whole unit: one message listing what it has overdue or due soon in the campaign. */
    public int urgeUnit(DubanUser coordinator, long campaignId, long unitId, String message) {
        if (!coordinator.canCoordinate()) {
            throw new NotFound();
        }
        String note = message == null || message.isBlank() ? "" : message.strip();
        if (note.length() > 500) {
            throw new UrgeRefused("urge.error.tooLong");
        }
        List<TaskRow> late = tasks.ofCampaign(coordinator.organisationId(), campaignId).stream()
                .filter(r -> r.assignment().unitId() == unitId)
                .filter(r -> r.status() == org.duban.supervision.AssignmentStatus.OVERDUE
                        || r.status() == org.duban.supervision.AssignmentStatus.DUE_SOON)
                .toList();
        if (late.isEmpty()) {
            throw new UrgeRefused("urge.error.nothingLate");
        }
        AssignmentView first = late.get(0).assignment();
        StringBuilder text = new StringBuilder("【催办】" + first.unitName() + "：“" + first.campaignTitle() + "”中以下 "
                + late.size() + " 项尚未报送，请尽快报送：");
        late.stream().limit(20).forEach(r -> text.append("\n· 第").append(r.assignment().activityNo()).append("项 ")
                .append(r.assignment().content())
                .append(r.assignment().end() == null ? "" : "（" + r.assignment().end().format(DAY) + "截止）"));
        if (late.size() > 20) {
            text.append("\n……");
        }
        if (!note.isEmpty()) {
            text.append("\n——").append(note);
        }
        text.append(link("/tasks"));
        notifications.tell(coordinator.organisationId(), units.channels(coordinator.organisationId()).get(unitId), null,
                ReminderKind.URGE, "催办：" + late.size() + " 项待报送", text.toString(), "URGE:" + UUID.randomUUID(),
                coordinator.id());
        events.publishEvent(new UnitUrged(coordinator.organisationId(), coordinator.id(), unitId, null, campaignId,
                late.size(), note));
        return late.size();
    }

    /**
     * A line with the page's address, for e-mail and group messages read outside Duban: only with {@code
     * duban.public-base-url} set, as a scan has no request to take an address from (and none is trusted).
     */
    private String link(String path) {
        return site.configured().map(base -> "\n" + base + path).orElse("");
    }

    private static String subject(ReminderKind kind, AssignmentView a) {
        return switch (kind) {
            case WINDOW_OPENING -> "活动开始：" + a.content();
            case DUE_SOON -> "即将到期：" + a.content();
            case OVERDUE -> "已逾期：" + a.content();
            default -> a.content();
        };
    }

    private static String text(ReminderKind kind, AssignmentView a) {
        String task = a.unitName() + "：第" + a.activityNo() + "项“" + a.content() + "”";
        return switch (kind) {
            case WINDOW_OPENING -> "【督办提醒】" + task + "今天开始" + (a.end() == null ? "。" : "，" + a.end().format(DAY) + "截止。");
            case DUE_SOON -> "【督办提醒】" + task + "将于" + a.end().format(DAY) + "截止，尚未报送。";
            case OVERDUE -> "【督办提醒】" + task + "已于" + a.end().format(DAY) + "截止，尚未报送，请尽快报送。";
            default -> task;
        };
    }

    static class UrgeRefused extends org.duban.web.UserFacingException {
        UrgeRefused(String key) {
            super(key);
        }
    }
}
