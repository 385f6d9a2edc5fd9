package org.duban.campaign;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.duban.org.DubanUser;
import org.duban.org.OrgDirectory;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.web.NotFound;
import org.duban.web.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a campaign after confirmation: its title and summary deadline, an activity's window and text, activities
 * and units added or taken off, archiving. Status is computed from the windows, so a changed window changes every
 * late/not-late at once; accepted reports stay what they are. Work already reported is never deleted: an activity
 * with reports is cancelled instead, and a unit with reports stays on its activity. Every change is announced
 * ({@link CampaignChanged}) for the audit log and for the units whose tasks it touches.
 */
@Service
public class CampaignEditing {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final UnitDirectoryService units;
    private final ReportedAssignments reported;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignEditing(JdbcClient jdbc, CampaignService campaigns, UnitDirectoryService units,
            ReportedAssignments reported, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.units = units;
        this.reported = reported;
        this.events = events;
        this.clock = clock;
    }

    /** An activity as the edit form sends it; the window's ends may be open (6月30日前, 9月1日起) or both absent (长期). */
    public record ActivityText(String no, String content, LocalDate start, LocalDate end) {
    }

    @Transactional
    public void changeTitle(DubanUser user, long campaignId, String title, LocalDate summaryDeadline) {
        Campaign campaign = editable(user, campaignId);
        String t = title == null ? "" : TextInput.clean(title).strip();
        if (t.isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.emptyTitle");
        }
        TextInput.atMost(t, 300, "field.title");
        CampaignNotice n = campaign.notice();
        if (t.equals(n.title()) && Objects.equals(summaryDeadline, n.summaryDeadline())) {
            return;
        }
        jdbc.sql("update campaign set title = ?, summary_deadline = ? where id = ?")
                .params(t, sqlDate(summaryDeadline), campaignId).update();
        String detail = (t.equals(n.title()) ? "" : "标题：“" + n.title() + "” → “" + t + "”；")
                + (Objects.equals(summaryDeadline, n.summaryDeadline()) ? ""
                        : "总结截止：" + day(n.summaryDeadline()) + " → " + day(summaryDeadline));
        announce(user, campaign, "CHANGED", strip(detail), everyUnit(campaign));
    }

    /** A new window or text for an activity; its units are told. */
    @Transactional
    public void changeActivity(DubanUser user, long campaignId, long activityId, ActivityText change) {
        Campaign campaign = editable(user, campaignId);
        Campaign.Activity a = activity(campaign, activityId);
        String content = checked(change);
        boolean sameWindow = Objects.equals(a.start(), change.start()) && Objects.equals(a.end(), change.end());
        if (content.equals(a.content()) && sameWindow) {
            return;
        }
        jdbc.sql("update activity set content = ?, starts_on = ?, ends_on = ?, time_text = ?, time_kind = ? where id = ?")
                .params(content, sqlDate(change.start()), sqlDate(change.end()),
                        sameWindow ? a.timeText() : asWritten(change.start(), change.end()),
                        sameWindow ? a.timeKind() : kind(change.start(), change.end()), activityId)
                .update();
        List<String> said = new ArrayList<>();
        if (!sameWindow) {
            said.add("时间：" + window(a.start(), a.end()) + " → " + window(change.start(), change.end()));
        }
        if (!content.equals(a.content())) {
            said.add("内容改为“" + content + "”");
        }
        announce(user, campaign, "ACTIVITY_CHANGED", "第" + a.no() + "项“" + a.content() + "”" + String.join("；", said),
                unitsOf(a));
    }

    /** A new activity at the end of the plan, with its lead and assisting units. */
    @Transactional
    public long addActivity(DubanUser user, long campaignId, ActivityText text, List<Long> leads, List<Long> assists) {
        Campaign campaign = editable(user, campaignId);
        String content = checked(text);
        OrgDirectory directory = units.directoryOf(user.organisationId());
        Set<Long> leading = new LinkedHashSet<>(leads == null ? List.of() : leads);
        Set<Long> assisting = new LinkedHashSet<>(assists == null ? List.of() : assists);
        assisting.removeAll(leading);
        if (leading.isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.noLead");
        }
        List<Unit> leadUnits = known(directory, leading);
        List<Unit> assistUnits = known(directory, assisting);
        int next = jdbc.sql("select coalesce(max(sort_order), -1) + 1 from activity where campaign_id = ?")
                .param(campaignId).query(Integer.class).single();
        String no = text.no() == null || text.no().isBlank() ? String.valueOf(allActivities(campaign) + 1)
                : TextInput.clean(text.no()).strip();
        TextInput.atMost(no, 20, "field.taskNo");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into activity (campaign_id, task_no, content, time_text, time_kind, starts_on, ends_on,
                            lead_text, assist_text, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(campaignId, no, content, asWritten(text.start(), text.end()), kind(text.start(), text.end()),
                        sqlDate(text.start()), sqlDate(text.end()), names(leadUnits), names(assistUnits), next)
                .update(key, "id");
        long activityId = key.getKey().longValue();
        leading.forEach(u -> insertAssignment(activityId, u, UnitRole.LEAD));
        assisting.forEach(u -> insertAssignment(activityId, u, UnitRole.ASSIST));
        List<Long> told = new ArrayList<>(leading);
        told.addAll(assisting);
        announce(user, campaign, "ACTIVITY_ADDED", "新增第" + no + "项“" + content + "”（"
                + window(text.start(), text.end()) + "），牵头：" + names(leadUnits)
                + (assistUnits.isEmpty() ? "" : "，协助：" + names(assistUnits)), told);
        return activityId;
    }

    /** Deletes an activity nobody has reported on; one with reports can only be cancelled. */
    @Transactional
    public void removeActivity(DubanUser user, long campaignId, long activityId) {
        Campaign campaign = editable(user, campaignId);
        Campaign.Activity a = activity(campaign, activityId);
        List<Long> ids = a.assignments().stream().map(Campaign.Assignment::id).toList();
        if (!reported.withReports(ids).isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.activityHasReports", a.no());
        }
        events.publishEvent(new AssignmentsRemoving(user.organisationId(), ids));
        jdbc.sql("delete from activity where id = ?").param(activityId).update();
        announce(user, campaign, "ACTIVITY_REMOVED", "删除第" + a.no() + "项“" + a.content() + "”", unitsOf(a));
    }

    /** Cancels an activity (取消): it leaves task lists and the dashboard; its reports stay readable. */
    @Transactional
    public void cancelActivity(DubanUser user, long campaignId, long activityId) {
        Campaign campaign = editable(user, campaignId);
        Campaign.Activity a = activity(campaign, activityId);
        jdbc.sql("update activity set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(OffsetDateTime.now(clock), activityId).update();
        announce(user, campaign, "ACTIVITY_CANCELLED", "取消第" + a.no() + "项“" + a.content() + "”", unitsOf(a));
    }

    /** A unit added to an activity later, as lead or assisting; a unit already on it is refused. */
    @Transactional
    public void addUnit(DubanUser user, long campaignId, long activityId, long unitId, UnitRole role) {
        Campaign campaign = editable(user, campaignId);
        Campaign.Activity a = activity(campaign, activityId);
        Unit unit = known(units.directoryOf(user.organisationId()), List.of(unitId)).get(0);
        if (a.assignments().stream().anyMatch(s -> s.unitId() == unitId)) {
            throw new CampaignRuleBroken("campaign.error.unitAlreadyOn", unit.name(), a.no());
        }
        insertAssignment(activityId, unitId, role);
        announce(user, campaign, "UNIT_ADDED", "第" + a.no() + "项“" + a.content() + "”增加"
                + (role == UnitRole.LEAD ? "牵头" : "协助") + "单位：" + unit.name(), List.of(unitId));
    }

    /** Takes a unit off an activity if it has not reported on it. */
    @Transactional
    public void removeUnit(DubanUser user, long campaignId, long assignmentId) {
        Campaign campaign = editable(user, campaignId);
        Campaign.Activity a = campaign.activities().stream()
                .filter(x -> x.assignments().stream().anyMatch(s -> s.id() == assignmentId)).findFirst()
                .orElseThrow(NotFound::new);
        Campaign.Assignment s = a.assignments().stream().filter(x -> x.id() == assignmentId).findFirst().orElseThrow();
        if (!reported.withReports(List.of(assignmentId)).isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.unitHasReports", s.unitName(), a.no());
        }
        if (s.role() == UnitRole.LEAD && a.leads().size() == 1) {
            throw new CampaignRuleBroken("campaign.error.lastLead", s.unitName(), a.no());
        }
        events.publishEvent(new AssignmentsRemoving(user.organisationId(), List.of(assignmentId)));
        jdbc.sql("delete from assignment where id = ?").param(assignmentId).update();
        announce(user, campaign, "UNIT_REMOVED", "第" + a.no() + "项“" + a.content() + "”去掉单位：" + s.unitName(),
                List.of(s.unitId()));
    }

    /**
     * Archives a campaign (归档) or brings it back. Archived, it leaves the default lists, task lists and reminders,
     * stays readable under 已归档, and takes no new reports.
     */
    @Transactional
    public void archive(DubanUser user, long campaignId, boolean archived) {
        Campaign campaign = owned(user, campaignId);
        if (campaign.archived() == archived) {
            return;
        }
        jdbc.sql("update campaign set archived_at = ? where id = ?")
                .params(archived ? OffsetDateTime.now(clock) : null, campaignId).update();
        announce(user, campaign, archived ? "ARCHIVED" : "UNARCHIVED",
                (archived ? "归档：" : "取消归档：") + campaign.notice().title(), List.of());
    }

    /** A date as the edit form sends it (yyyy-MM-dd), empty for an open end. */
    public static LocalDate day(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CampaignRuleBroken("campaign.error.badDate", TextInput.atMost(text, 40, fieldKey));
        }
    }

    private Campaign owned(DubanUser user, long campaignId) {
        if (!user.canCoordinate()) {
            throw new CampaignRuleBroken("campaign.error.notCoordinator") {
                @Override
                public int httpStatus() {
                    return 403;
                }
            };
        }
        return campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
    }

    private Campaign editable(DubanUser user, long campaignId) {
        Campaign campaign = owned(user, campaignId);
        if (campaign.archived()) {
            throw new CampaignRuleBroken("campaign.error.archived");
        }
        return campaign;
    }

    private static Campaign.Activity activity(Campaign campaign, long activityId) {
        return campaign.activities().stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(NotFound::new);
    }

    private static String checked(ActivityText text) {
        String content = text.content() == null ? "" : TextInput.clean(text.content()).strip();
        if (content.isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.emptyContent");
        }
        TextInput.atMost(content, 2000, "field.content");
        if (text.start() != null && text.end() != null && text.end().isBefore(text.start())) {
            throw new CampaignRuleBroken("campaign.error.endBeforeStart", text.start().format(DAY),
                    text.end().format(DAY));
        }
        return content;
    }

    private static List<Unit> known(OrgDirectory directory, Collection<Long> ids) {
        List<Unit> found = new ArrayList<>();
        for (long id : ids) {
            found.add(directory.unit(id).orElseThrow(
                    () -> new CampaignRuleBroken("campaign.error.unitOutsideOrganisation", String.valueOf(id))));
        }
        return found;
    }

    private void insertAssignment(long activityId, long unitId, UnitRole role) {
        jdbc.sql("insert into assignment (activity_id, unit_id, unit_role) values (?, ?, ?)")
                .params(activityId, unitId, role.name()).update();
    }

    private int allActivities(Campaign campaign) {
        return campaign.activities().size() + campaign.cancelled().size();
    }

    private void announce(DubanUser user, Campaign campaign, String change, String detail, List<Long> told) {
        events.publishEvent(new CampaignChanged(campaign.id(), user.organisationId(), user.id(), change,
                "“" + campaign.notice().title() + "”" + detail, told.stream().distinct().toList()));
    }

    private static List<Long> unitsOf(Campaign.Activity a) {
        return a.assignments().stream().map(Campaign.Assignment::unitId).distinct().toList();
    }

    private static List<Long> everyUnit(Campaign campaign) {
        return campaign.activities().stream().flatMap(a -> unitsOf(a).stream()).distinct().toList();
    }

    private static String names(List<Unit> units) {
        return units.isEmpty() ? null : String.join("、", units.stream().map(Unit::name).toList());
    }

    /** The window in the words the page uses: 9月1日至9月30日, 6月30日前, 9月1日起, 长期. */
    static String window(LocalDate start, LocalDate end) {
        if (start != null && end != null) {
            return start.format(DAY) + "至" + end.format(DAY);
        }
        if (end != null) {
            return end.format(DAY) + "前";
        }
        return start != null ? start.format(DAY) + "起" : "长期";
    }

    private static String asWritten(LocalDate start, LocalDate end) {
        return window(start, end);
    }

    private static String kind(LocalDate start, LocalDate end) {
        return start == null && end == null ? "ONGOING" : "WINDOW";
    }

    private static String day(LocalDate d) {
        return d == null ? "无" : d.format(DAY);
    }

    private static String strip(String s) {
        return s.endsWith("；") ? s.substring(0, s.length() - 1) : s;
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
