package org.duban.compile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.campaign.Campaign;
import org.duban.metric.MetricTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the compiled report is drafted from, as it stood at a cut-off: the campaign, its counts (from
 * {@link MetricTotals}), the reports accepted by then, the assignments' timeliness and the summaries accepted by then.
 */
@Component
class CompiledReportData {

    private final JdbcClient jdbc;
    private final MetricTotals totals;

    CompiledReportData(JdbcClient jdbc, MetricTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** A report accepted by the cut-off: its unit's name and its text. */
    public record AcceptedReport(long id, long activityId, long assignmentId, String unitName, String body,
            LocalDate happenedOn) {
    }

    /** A unit's summary accepted by the cut-off. */
    public record AcceptedSummary(long unitId, String unitName, String body) {
    }

    /**
     * A unit's task with no accepted report by the cut-off: what is not yet in.
     *
     * @param state the state of its furthest report (DRAFT, SUBMITTED, RETURNED), or null when none was written
     */
    public record Outstanding(long activityId, String activityNo, String content, LocalDate end, String unitName,
            String state) {
    }

    /** A unit of the campaign with no accepted summary by the cut-off; {@code state} as for {@link Outstanding}. */
    public record SummaryOutstanding(String unitName, String state) {
    }

    /** A photo of an accepted report, a candidate for 附件2. */
    public record PhotoCandidate(long photoId, long activityId, long reportId, String unitName, LocalDate happenedOn,
            java.time.LocalDateTime takenAt, Double latitude, Double longitude, int width, int height, long dhash,
            int uses) {
    }

    /** The accepted reports a count was added up from (joint events once, as in the totals). */
    public record CountSources(Map<Long, List<Long>> byMetric, Map<Long, Map<Long, List<Long>>> byActivityAndMetric) {
    }

    /**
     * The figures of 一、基本情况.
     *
     * @param due         assignments that had to be reported by the cut-off (the window closed, or reported anyway)
     * @param onTime      of those, reported by the last day of the activity's window
     * @param accepted    assignments with at least one report accepted
     */
    public record Basics(int activities, int units, int assignments, int acceptedReports, int accepted, int due,
            int onTime) {

        /** The on-time rate in percent, rounded down; null when nothing was due. */
        Integer onTimePercent() {
            return due == 0 ? null : onTime * 100 / due;
        }
    }

    public record Draft(Campaign campaign, OffsetDateTime cutoff, MetricTotals.CampaignCounts counts,
            List<AcceptedReport> reports, List<AcceptedSummary> summaries, Basics basics,
            Map<Long, Integer> acceptedUnitsByActivity, CountSources countSources, List<Outstanding> outstanding,
            List<SummaryOutstanding> summariesOutstanding, List<PhotoCandidate> photos) {

        List<AcceptedReport> reportsOf(long activityId) {
            return reports.stream().filter(r -> r.activityId() == activityId).toList();
        }

        AcceptedReport report(long id) {
            return reports.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        }
    }

    Draft read(long organisationId, Campaign campaign, OffsetDateTime cutoff, ZoneId zone) {
        MetricTotals.CampaignCounts counts = totals.ofCampaign(organisationId, campaign.id(), cutoff);
        Set<Long> current = new HashSet<>();
        campaign.activities().forEach(a -> current.add(a.id()));
        List<AcceptedReport> reports = jdbc.sql("""
                        select r.id, a.id as activity_id, s.id as assignment_id, u.name, r.body, r.happened_on
                        from report r
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        join unit u on u.id = r.unit_id
                        where a.campaign_id = ? and exists (select 1 from report_event e where e.report_id = r.id
                              and e.action = 'ACCEPTED' and e.at <= ?)
                        order by a.sort_order, a.id, case when s.unit_role = 'LEAD' then 0 else 1 end, u.sort_order,
                                 u.id, r.happened_on, r.id""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> new AcceptedReport(rs.getLong("id"), rs.getLong("activity_id"),
                        rs.getLong("assignment_id"), rs.getString("name"), rs.getString("body"),
                        rs.getObject("happened_on", LocalDate.class)))
                .list().stream().filter(r -> current.contains(r.activityId())).toList();
        List<AcceptedSummary> summaries = jdbc.sql("""
                        select u.id, u.name, us.body from unit_summary us join unit u on u.id = us.unit_id
                        where us.campaign_id = ? and us.state = 'ACCEPTED' and exists (select 1 from unit_summary_event e
                              where e.summary_id = us.id and e.action = 'ACCEPTED' and e.at <= ?)
                        order by u.sort_order, u.id""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> new AcceptedSummary(rs.getLong("id"), rs.getString("name"), rs.getString("body")))
                .list();

        Map<Long, LocalDate> ends = new LinkedHashMap<>();
        Map<Long, Long> activityOf = new LinkedHashMap<>();
        Set<Long> units = new LinkedHashSet<>();
        for (Campaign.Activity a : campaign.activities()) {
            for (Campaign.Assignment s : a.assignments()) {
                ends.put(s.id(), a.end());
                activityOf.put(s.id(), a.id());
                units.add(s.unitId());
            }
        }
        Map<Long, OffsetDateTime> firstSent = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.assignment_id, min(e.at) as first_at from report_event e
                        join report r on r.id = e.report_id
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and e.action in ('SUBMITTED', 'RESUBMITTED') and e.at <= ?
                        group by r.assignment_id""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> firstSent.put(rs.getLong("assignment_id"),
                        rs.getObject("first_at", OffsetDateTime.class)))
                .list();
        LocalDate day = cutoff.atZoneSameInstant(zone).toLocalDate();
        int due = 0;
        int onTime = 0;
        for (Map.Entry<Long, LocalDate> e : ends.entrySet()) {
            OffsetDateTime sent = firstSent.get(e.getKey());
            LocalDate end = e.getValue();
            if (sent != null) {
                due++;
                LocalDate sentDay = sent.atZoneSameInstant(zone).toLocalDate();
                onTime += end == null || !sentDay.isAfter(end) ? 1 : 0;
            } else if (end != null && day.isAfter(end)) {
                due++;
            }
        }
        Set<Long> acceptedAssignments = new HashSet<>();
        reports.forEach(r -> acceptedAssignments.add(r.assignmentId()));
        Map<Long, Integer> acceptedUnits = new LinkedHashMap<>();
        acceptedAssignments.forEach(s -> acceptedUnits.merge(activityOf.get(s), 1, Integer::sum));
        Basics basics = new Basics(campaign.activities().size(), units.size(), ends.size(), reports.size(),
                acceptedAssignments.size(), due, onTime);
        return new Draft(campaign, cutoff, counts, reports, summaries, basics, acceptedUnits,
                countSources(campaign.id(), cutoff), outstanding(campaign, cutoff, acceptedAssignments),
                summariesOutstanding(campaign, cutoff, summaries), photos(organisationId, campaign.id(), cutoff));
    }

    private CountSources countSources(long campaignId, OffsetDateTime cutoff) {
        Map<Long, List<Long>> byMetric = new LinkedHashMap<>();
        Map<Long, Map<Long, List<Long>>> byActivity = new LinkedHashMap<>();
        jdbc.sql("""
                        select rc.report_id, rc.metric_id, s.activity_id from report_count rc
                        join report r on r.id = rc.report_id
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and r.joint_with_unit_id is null and exists (select 1 from report_event e
                              where e.report_id = r.id and e.action = 'ACCEPTED' and e.at <= ?)
                        order by rc.report_id""")
                .params(campaignId, cutoff)
                .query((rs, n) -> {
                    long report = rs.getLong(1);
                    long metric = rs.getLong(2);
                    byMetric.computeIfAbsent(metric, k -> new ArrayList<>()).add(report);
                    byActivity.computeIfAbsent(rs.getLong(3), k -> new LinkedHashMap<>())
                            .computeIfAbsent(metric, k -> new ArrayList<>()).add(report);
                    return null;
                })
                .list();
        return new CountSources(byMetric, byActivity);
    }

    /** The furthest state reached, in the order a report goes: written, sent back, sent. */
    private static final List<String> PROGRESS = List.of("DRAFT", "RETURNED", "SUBMITTED", "ACCEPTED");

    private List<Outstanding> outstanding(Campaign campaign, OffsetDateTime cutoff, Set<Long> acceptedAssignments) {
        Map<Long, String> furthest = new HashMap<>();
        jdbc.sql("""
                        select r.assignment_id, r.state from report r
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and r.created_at <= ?""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> furthest.merge(rs.getLong(1), rs.getString(2),
                        (x, y) -> PROGRESS.indexOf(x) >= PROGRESS.indexOf(y) ? x : y))
                .list();
        List<Outstanding> out = new ArrayList<>();
        for (Campaign.Activity a : campaign.activities()) {
            for (Campaign.Assignment s : a.assignments()) {
                if (!acceptedAssignments.contains(s.id())) {
                    String state = furthest.get(s.id());
                    out.add(new Outstanding(a.id(), a.no(), a.content(), a.end(), s.unitName(),
                            "ACCEPTED".equals(state) ? "SUBMITTED" : state));
                }
            }
        }
        return out;
    }

    private List<SummaryOutstanding> summariesOutstanding(Campaign campaign, OffsetDateTime cutoff,
            List<AcceptedSummary> accepted) {
        Set<Long> done = new HashSet<>();
        accepted.forEach(s -> done.add(s.unitId()));
        Map<Long, String> states = new HashMap<>();
        jdbc.sql("select unit_id, state from unit_summary where campaign_id = ? and updated_at <= ?")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> states.put(rs.getLong(1), rs.getString(2)))
                .list();
        Map<Long, String> units = new LinkedHashMap<>();
        campaign.activities().forEach(a -> a.assignments().forEach(s -> units.putIfAbsent(s.unitId(), s.unitName())));
        List<SummaryOutstanding> out = new ArrayList<>();
        units.forEach((id, name) -> {
            if (!done.contains(id)) {
                String state = states.get(id);
                out.add(new SummaryOutstanding(name, "ACCEPTED".equals(state) ? "SUBMITTED" : state));
            }
        });
        return out;
    }

    private List<PhotoCandidate> photos(long organisationId, long campaignId, OffsetDateTime cutoff) {
        return jdbc.sql("""
                        select ph.id, s.activity_id, r.id as report_id, u.name, r.happened_on, ph.taken_at, ph.gps_lat,
                               ph.gps_lon, ph.width, ph.height, ph.dhash,
                               (select count(*) from report_photo o join report r2 on r2.id = o.report_id
                                where o.photo_id = ph.id and r2.state <> 'DRAFT') as uses
                        from report_photo rp
                        join report r on r.id = rp.report_id
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        join unit u on u.id = r.unit_id
                        join photo ph on ph.id = rp.photo_id
                        where a.campaign_id = ? and ph.organisation_id = ? and ph.state = 'READY'
                              and exists (select 1 from report_event e
                              where e.report_id = r.id and e.action = 'ACCEPTED' and e.at <= ?)
                        order by a.sort_order, a.id, case when s.unit_role = 'LEAD' then 0 else 1 end, u.sort_order,
                                 r.id, rp.sort_order""")
                .params(campaignId, organisationId, cutoff)
                .query((rs, n) -> {
                    java.sql.Timestamp taken = rs.getTimestamp("taken_at");
                    return new PhotoCandidate(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("report_id"),
                            rs.getString("name"), rs.getObject("happened_on", LocalDate.class),
                            taken == null ? null : taken.toLocalDateTime(),
                            (Double) rs.getObject("gps_lat", Double.class), (Double) rs.getObject("gps_lon", Double.class),
                            rs.getInt("width"), rs.getInt("height"), rs.getLong("dhash"), rs.getInt("uses"));
                })
                .list();
    }
}
