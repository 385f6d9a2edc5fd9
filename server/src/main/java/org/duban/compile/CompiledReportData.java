package org.duban.compile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    record AcceptedReport(long activityId, long assignmentId, String unitName, String body) {
    }

    /** A unit's summary accepted by the cut-off. */
    record AcceptedSummary(String unitName, String body) {
    }

    /**
     * The figures of 一、基本情况.
     *
     * @param due         assignments that had to be reported by the cut-off (the window closed, or reported anyway)
     * @param onTime      of those, reported by the last day of the activity's window
     * @param accepted    assignments with at least one report accepted
     */
    record Basics(int activities, int units, int assignments, int acceptedReports, int accepted, int due,
            int onTime) {

        /** The on-time rate in percent, rounded down; null when nothing was due. */
        Integer onTimePercent() {
            return due == 0 ? null : onTime * 100 / due;
        }
    }

    record Draft(Campaign campaign, OffsetDateTime cutoff, MetricTotals.CampaignCounts counts,
            List<AcceptedReport> reports, List<AcceptedSummary> summaries, Basics basics,
            Map<Long, Integer> acceptedUnitsByActivity) {

        List<AcceptedReport> reportsOf(long activityId) {
            return reports.stream().filter(r -> r.activityId() == activityId).toList();
        }
    }

    Draft read(long organisationId, Campaign campaign, OffsetDateTime cutoff, ZoneId zone) {
        MetricTotals.CampaignCounts counts = totals.ofCampaign(organisationId, campaign.id(), cutoff);
        Set<Long> current = new HashSet<>();
        campaign.activities().forEach(a -> current.add(a.id()));
        List<AcceptedReport> reports = jdbc.sql("""
                        select a.id as activity_id, s.id as assignment_id, u.name, r.body
                        from report r
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        join unit u on u.id = r.unit_id
                        where a.campaign_id = ? and exists (select 1 from report_event e where e.report_id = r.id
                              and e.action = 'ACCEPTED' and e.at <= ?)
                        order by a.sort_order, a.id, case when s.unit_role = 'LEAD' then 0 else 1 end, u.sort_order,
                                 u.id, r.happened_on, r.id""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> new AcceptedReport(rs.getLong("activity_id"), rs.getLong("assignment_id"),
                        rs.getString("name"), rs.getString("body")))
                .list().stream().filter(r -> current.contains(r.activityId())).toList();
        List<AcceptedSummary> summaries = jdbc.sql("""
                        select u.name, us.body from unit_summary us join unit u on u.id = us.unit_id
                        where us.campaign_id = ? and us.state = 'ACCEPTED' and exists (select 1 from unit_summary_event e
                              where e.summary_id = us.id and e.action = 'ACCEPTED' and e.at <= ?)
                        order by u.sort_order, u.id""")
                .params(campaign.id(), cutoff)
                .query((rs, n) -> new AcceptedSummary(rs.getString("name"), rs.getString("body")))
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
        return new Draft(campaign, cutoff, counts, reports, summaries, basics, acceptedUnits);
    }
}
