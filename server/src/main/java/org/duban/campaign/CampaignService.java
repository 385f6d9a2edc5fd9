package org.duban.campaign;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.org.OrgDirectory;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.web.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates campaigns from confirmed plans and reads them back for pages and the API. */
@Service
public class CampaignService {

    private final JdbcClient jdbc;
    private final UnitDirectoryService units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(JdbcClient jdbc, UnitDirectoryService units, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the campaign, its activities and one assignment per activity, unit and role, in one transaction: the
     * campaign exists whole or not at all. A unit that both leads and assists an activity only leads it.
     */
    @Transactional
    public long create(long organisationId, long createdBy, NewCampaign plan) {
        checkLengths(plan);
        OrgDirectory directory = units.directoryOf(organisationId);
        CampaignNotice n = plan.notice();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign (organisation_id, title, issuer, doc_number, issued_on, plan_year, recipients,
                            refs, disclosure, theme, period_text, period_start, period_end, requirements, contact_name,
                            contact_phone, summary_deadline, report_to, created_by, created_at)
                        values (:org, :title, :issuer, :docNumber, :issuedOn, :year, :recipients, :refs, :disclosure,
                            :theme, :periodText, :periodStart, :periodEnd, :requirements, :contactName, :contactPhone,
                            :summaryDeadline, :reportTo, :createdBy, :createdAt)""")
                .param("org", organisationId).param("title", n.title()).param("issuer", n.issuer())
                .param("docNumber", n.docNumber()).param("issuedOn", sqlDate(n.issuedOn()))
                .param("year", n.year()).param("recipients", lines(n.recipients()))
                .param("refs", lines(n.references())).param("disclosure", n.disclosure())
                .param("theme", n.theme()).param("periodText", n.periodText())
                .param("periodStart", sqlDate(n.periodStart())).param("periodEnd", sqlDate(n.periodEnd()))
                .param("requirements", n.requirements()).param("contactName", n.contactName())
                .param("contactPhone", n.contactPhone()).param("summaryDeadline", sqlDate(n.summaryDeadline()))
                .param("reportTo", lines(n.reportTo())).param("createdBy", createdBy)
                .param("createdAt", OffsetDateTime.now(clock))
                .update(key, "id");
        long campaignId = key.getKey().longValue();
        int order = 0;
        int assignments = 0;
        for (NewCampaign.NewActivity a : plan.activities()) {
            GeneratedKeyHolder activityKey = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into activity (campaign_id, task_no, content, time_text, time_kind, starts_on, ends_on,
                                lead_text, assist_text, sort_order)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(campaignId, a.no(), a.content(), a.timeText(), a.timeKind(), sqlDate(a.start()),
                            sqlDate(a.end()), a.leadText(), a.assistText(), order++)
                    .update(activityKey, "id");
            long activityId = activityKey.getKey().longValue();
            // a unit named twice (directly and through its group, or by name and by alias) is assigned once
            java.util.Set<Long> leads = new java.util.LinkedHashSet<>(a.leadUnits());
            for (long unitId : leads) {
                assignments += assign(directory, activityId, unitId, UnitRole.LEAD);
            }
            for (long unitId : new java.util.LinkedHashSet<>(a.assistUnits())) {
                if (!leads.contains(unitId)) {
                    assignments += assign(directory, activityId, unitId, UnitRole.ASSIST);
                }
            }
        }
        events.publishEvent(new CampaignCreated(campaignId, organisationId, createdBy, plan.activities().size(),
                assignments));
        return campaignId;
    }

    /** What the columns hold; more is refused with the field's name before anything is stored. */
    private static void checkLengths(NewCampaign plan) {
        CampaignNotice n = plan.notice();
        TextInput.atMost(n.title(), 300, "field.title");
        TextInput.atMost(n.issuer(), 200, "field.issuer");
        TextInput.atMost(n.docNumber(), 100, "field.docNumber");
        TextInput.atMost(n.disclosure(), 40, "field.disclosure");
        TextInput.atMost(n.theme(), 500, "field.theme");
        TextInput.atMost(n.periodText(), 200, "field.period");
        TextInput.atMost(n.requirements(), 1_000_000, "field.requirements");
        TextInput.atMost(n.contactName(), 50, "field.contactName");
        TextInput.atMost(n.contactPhone(), 50, "field.contactPhone");
        TextInput.atMost(lines(n.recipients()), 2000, "field.recipients");
        TextInput.atMost(lines(n.references()), 2000, "field.references");
        TextInput.atMost(lines(n.reportTo()), 500, "field.reportTo");
        for (NewCampaign.NewActivity a : plan.activities()) {
            TextInput.atMost(a.no(), 20, "field.taskNo");
            TextInput.atMost(a.content(), 2000, "field.content");
            TextInput.atMost(a.timeText(), 200, "field.timeText");
            TextInput.atMost(a.leadText(), 1000, "field.lead");
            TextInput.atMost(a.assistText(), 1000, "field.assist");
        }
    }

    private int assign(OrgDirectory directory, long activityId, long unitId, UnitRole role) {
        if (directory.unit(unitId).isEmpty()) {
            throw new CampaignRuleBroken("campaign.error.unitOutsideOrganisation", String.valueOf(unitId));
        }
        return jdbc.sql("insert into assignment (activity_id, unit_id, unit_role) values (?, ?, ?)")
                .params(activityId, unitId, role.name()).update();
    }

    /** The organisation's current campaigns, newest first: what lists, dashboards and reminders work on. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> list(long organisationId) {
        return list(organisationId, false);
    }

    /** The organisation's current campaigns, or with {@code archived} its archived ones (已归档), newest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> list(long organisationId, boolean archived) {
        return jdbc.sql("""
                        select c.id, c.title, c.issuer, c.plan_year, c.period_start, c.period_end, c.summary_deadline,
                               c.created_at,
                               (select count(*) from activity a where a.campaign_id = c.id
                                 and a.cancelled_at is null) as activities,
                               (select count(*) from assignment s join activity a on a.id = s.activity_id
                                 where a.campaign_id = c.id and a.cancelled_at is null) as assignments
                        from campaign c where c.organisation_id = ? and c.archived_at is %s null
                        order by c.created_at desc, c.id desc""".formatted(archived ? "not" : ""))
                .param(organisationId)
                .query((rs, n) -> new CampaignSummary(rs.getLong("id"), rs.getString("title"), rs.getString("issuer"),
                        rs.getInt("plan_year"), localDate(rs.getDate("period_start")),
                        localDate(rs.getDate("period_end")), localDate(rs.getDate("summary_deadline")),
                        rs.getInt("activities"), rs.getInt("assignments"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** The campaign if it belongs to the organisation; another organisation's campaign is as absent as none. */
    @Transactional(readOnly = true)
    public Optional<Campaign> find(long organisationId, long campaignId) {
        return load(organisationId, campaignId, true);
    }

    /**
     * The campaign with its activities but without their assignments (every {@code assignments()} is empty), for
     * views that read the assignments with their status elsewhere: a large campaign's 12,000 assignments are then
     * not read twice for one page.
     */
    @Transactional(readOnly = true)
    public Optional<Campaign> outline(long organisationId, long campaignId) {
        return load(organisationId, campaignId, false);
    }

    private Optional<Campaign> load(long organisationId, long campaignId, boolean withAssignments) {
        Map<Long, List<Campaign.Assignment>> byActivity = new HashMap<>();
        if (withAssignments) {
            readAssignments(organisationId, campaignId, byActivity);
        }
        Map<Long, Campaign.Activity> activities = new LinkedHashMap<>();
        Map<Long, Campaign.Activity> cancelled = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, task_no, content, time_text, time_kind, starts_on, ends_on, lead_text, assist_text,
                               cancelled_at
                        from activity where campaign_id = ? order by sort_order""")
                .param(campaignId)
                .query((rs, n) -> (rs.getObject("cancelled_at") == null ? activities : cancelled).put(rs.getLong("id"),
                        new Campaign.Activity(rs.getLong("id"),
                        rs.getString("task_no"), rs.getString("content"), rs.getString("time_text"),
                        rs.getString("time_kind"), localDate(rs.getDate("starts_on")), localDate(rs.getDate("ends_on")),
                        rs.getString("lead_text"), rs.getString("assist_text"),
                        byActivity.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return jdbc.sql("select * from campaign where id = ? and organisation_id = ?")
                .params(campaignId, organisationId)
                .query((rs, n) -> new Campaign(rs.getLong("id"), new CampaignNotice(rs.getString("title"),
                        rs.getString("issuer"), rs.getString("doc_number"), localDate(rs.getDate("issued_on")),
                        rs.getInt("plan_year"), split(rs.getString("recipients")), split(rs.getString("refs")),
                        rs.getString("disclosure"), rs.getString("theme"), rs.getString("period_text"),
                        localDate(rs.getDate("period_start")), localDate(rs.getDate("period_end")),
                        rs.getString("requirements"), rs.getString("contact_name"), rs.getString("contact_phone"),
                        localDate(rs.getDate("summary_deadline")), split(rs.getString("report_to"))),
                        rs.getObject("created_at", OffsetDateTime.class), new ArrayList<>(activities.values()),
                        new ArrayList<>(cancelled.values()), rs.getObject("archived_at", OffsetDateTime.class)))
                .optional();
    }

    private void readAssignments(long organisationId, long campaignId,
            Map<Long, List<Campaign.Assignment>> byActivity) {
        Map<Long, String> unitNames = new HashMap<>();
        for (Unit u : units.allUnits(organisationId)) {
            unitNames.put(u.id(), u.name());
        }
        jdbc.sql("""
                        select s.id, s.activity_id, s.unit_id, s.unit_role from assignment s
                        join activity a on a.id = s.activity_id where a.campaign_id = ? order by s.unit_role desc, s.id""")
                .param(campaignId)
                .query((rs, n) -> byActivity.computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                        .add(new Campaign.Assignment(rs.getLong("id"), rs.getLong("unit_id"),
                                unitNames.getOrDefault(rs.getLong("unit_id"), "?"),
                                UnitRole.valueOf(rs.getString("unit_role")))))
                .list();
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
