package org.duban.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.UnitDirectoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campaign has counted, against the targets: per activity, per unit, and for the whole campaign. The one place
 * the counting rules are applied, for the dashboard, the counts page, the API, the 台账 and the compiled report.
 *
 * <ul>
 *   <li><b>Actual</b> is the sum over <em>accepted</em> reports: what the coordinator has checked. What is submitted
 *       and waiting for review is shown beside it (待审核), never added in.</li>
 *   <li><b>A joint event is counted once.</b> When units carry out an activity together (two lead units of a co-led
 *       activity, or a lead and its station), one of them gives the numbers and the others mark their report
 *       “与XX联合开展，数字已由对方填报”. The marked reports' counts are each unit's own credit (单位贡献) but are not
 *       added to the activity's and the campaign's totals. Without the mark every report is added: units that did
 *       their own events each add theirs.</li>
 *   <li>A unit's credit is the sum over its own accepted reports, marked or not.</li>
 * </ul>
 */
@Service
public class MetricTotals {

    private final JdbcClient jdbc;
    private final ActivityMetrics activities;
    private final CampaignService campaigns;
    private final UnitDirectoryService units;

    MetricTotals(JdbcClient jdbc, ActivityMetrics activities, CampaignService campaigns, UnitDirectoryService units) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.campaigns = campaigns;
        this.units = units;
    }

    /** A campaign's counts: each activity's lines, and the campaign's total of each count. */
    public record CampaignCounts(long campaignId, List<ActivityCounts> activities, List<Line> totals,
            Map<Long, Map<Long, BigDecimal>> creditByUnit) {

        /** The activity's counts, if it is the campaign's. */
        public ActivityCounts activity(long activityId) {
            return activities.stream().filter(a -> a.activityId() == activityId).findFirst().orElse(null);
        }

        /** Whether any activity asks for any count: a campaign without any has nothing to show. */
        public boolean isEmpty() {
            return activities.stream().allMatch(a -> a.lines().isEmpty());
        }
    }

    public record ActivityCounts(long activityId, String no, String content, List<Line> lines) {
    }

    /**
     * One count: the target (null if the plan sets none), the actual (accepted, joint reports once), what waits for
     * review, and each unit's credit.
     */
    public record Line(Metric metric, BigDecimal target, String targetText, BigDecimal accepted, BigDecimal awaiting,
            List<UnitCredit> units) {

        /** Actual against target in percent, rounded down; null without a target. */
        public Integer percent() {
            if (target == null || target.signum() == 0) {
                return null;
            }
            return accepted.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue();
        }

        /** The width of the bar: at most 100. */
        public int bar() {
            Integer p = percent();
            return p == null ? 0 : Math.min(100, p);
        }
    }

    /** A unit's credit on one count: its accepted and waiting numbers; joint when its report marked them so. */
    public record UnitCredit(long unitId, String unitName, BigDecimal accepted, BigDecimal awaiting, boolean joint) {
    }

    @Transactional(readOnly = true)
    public CampaignCounts ofCampaign(long organisationId, long campaignId) {
        return ofCampaign(organisationId, campaignId, null);
    }

    /**
     * The counts as they stood at a moment (for a 台账 or a report made again "as of" a date): a report counts as
     * accepted if it was accepted by then, which is exact, as an accepted report never changes again; it waits for
     * review if its last step by then was a submission, counted with its numbers as they are now (a report returned
     * and corrected later shows its corrected numbers). Which counts an activity asks for, and their targets, are
     * today's.
     *
     * @param asOf the moment, or null for now
     */
    @Transactional(readOnly = true)
    public CampaignCounts ofCampaign(long organisationId, long campaignId, OffsetDateTime asOf) {
        // the activities without their assignments: the dashboard has just read those, and a unit's name is the
        // directory's either way
        Campaign campaign = campaigns.outline(organisationId, campaignId).orElseThrow(org.duban.web.NotFound::new);
        Map<Long, List<ActivityMetrics.Asked>> asked = activities.ofCampaign(campaignId);
        Map<Long, String> unitNames = new HashMap<>();
        units.allUnits(organisationId).forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Long, String> stateAsOf = asOf == null ? null : statesAsOf(campaignId, asOf);

        record Row(long activityId, long unitId, boolean accepted, boolean joint, long metricId, BigDecimal amount) {
        }
        // a report gives only the counts its activity asks for, and a count reported cannot be taken off the activity
        // (ActivityMetrics): starting from the counts asked reads only the activities that ask for one, by index
        List<Row> rows = asked.isEmpty() ? List.of() : jdbc.sql("""
                        select rc.report_id, s.activity_id, r.unit_id, r.state, r.joint_with_unit_id, rc.metric_id, rc.amount
                        from activity a
                        join activity_metric am on am.activity_id = a.id
                        join assignment s on s.activity_id = a.id
                        join report r on r.assignment_id = s.id
                        join report_count rc on rc.report_id = r.id and rc.metric_id = am.metric_id
                        where a.campaign_id = ?""")
                .param(campaignId)
                .query((rs, n) -> {
                    String state = stateAsOf == null ? rs.getString("state") : stateAsOf.get(rs.getLong("report_id"));
                    return "ACCEPTED".equals(state) || "SUBMITTED".equals(state)
                            ? new Row(rs.getLong("activity_id"), rs.getLong("unit_id"), state.equals("ACCEPTED"),
                                    rs.getObject("joint_with_unit_id") != null, rs.getLong("metric_id"),
                                    rs.getBigDecimal("amount"))
                            : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
        Map<Long, Metric> metricsById = new HashMap<>();
        asked.values().forEach(l -> l.forEach(a -> metricsById.put(a.metric().id(), a.metric())));
        if (rows.stream().anyMatch(r -> !metricsById.containsKey(r.metricId()))) {
            // a count reported and later retired from the catalog still shows under its name
            jdbc.sql("select id, code, name, unit, retired from metric where id in (:ids)")
                    .param("ids", rows.stream().map(Row::metricId).distinct().toList())
                    .query((rs, n) -> metricsById.putIfAbsent(rs.getLong("id"), new Metric(rs.getLong("id"),
                            rs.getString("code"), rs.getString("name"), rs.getString("unit"), List.of(),
                            rs.getBoolean("retired"))))
                    .list();
        }

        List<ActivityCounts> out = new ArrayList<>();
        Map<Long, BigDecimal[]> campaignSums = new LinkedHashMap<>(); // metric → target, accepted, awaiting
        Map<Long, Map<Long, BigDecimal>> creditByUnit = new LinkedHashMap<>();
        for (Campaign.Activity a : campaign.activities()) {
            Map<Long, ActivityMetrics.Asked> lines = new LinkedHashMap<>();
            asked.getOrDefault(a.id(), List.of()).forEach(x -> lines.put(x.metric().id(), x));
            List<Row> mine = rows.stream().filter(r -> r.activityId() == a.id()).toList();
            mine.forEach(r -> lines.putIfAbsent(r.metricId(),
                    new ActivityMetrics.Asked(metricsById.get(r.metricId()), null, null)));
            List<Line> built = new ArrayList<>();
            for (ActivityMetrics.Asked x : lines.values()) {
                long metricId = x.metric().id();
                BigDecimal accepted = BigDecimal.ZERO;
                BigDecimal awaiting = BigDecimal.ZERO;
                Map<Long, BigDecimal[]> perUnit = new LinkedHashMap<>(); // unit → accepted, awaiting, joint(1/0)
                for (Row r : mine) {
                    if (r.metricId() != metricId) {
                        continue;
                    }
                    if (!r.joint()) {
                        if (r.accepted()) {
                            accepted = accepted.add(r.amount());
                        } else {
                            awaiting = awaiting.add(r.amount());
                        }
                    }
                    BigDecimal[] u = perUnit.computeIfAbsent(r.unitId(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    u[r.accepted() ? 0 : 1] = u[r.accepted() ? 0 : 1].add(r.amount());
                    if (r.joint()) {
                        u[2] = BigDecimal.ONE;
                    }
                    if (r.accepted()) {
                        creditByUnit.computeIfAbsent(r.unitId(), k -> new LinkedHashMap<>())
                                .merge(metricId, r.amount(), BigDecimal::add);
                    }
                }
                List<UnitCredit> credits = perUnit.entrySet().stream()
                        .map(e -> new UnitCredit(e.getKey(), unitNames.getOrDefault(e.getKey(), "?"),
                                ActivityMetrics.plain(e.getValue()[0]), ActivityMetrics.plain(e.getValue()[1]),
                                e.getValue()[2].signum() > 0))
                        .toList();
                built.add(new Line(x.metric(), x.target(), x.targetText(), ActivityMetrics.plain(accepted),
                        ActivityMetrics.plain(awaiting), credits));
                BigDecimal[] sum = campaignSums.computeIfAbsent(metricId, k -> new BigDecimal[] {null, BigDecimal.ZERO,
                        BigDecimal.ZERO});
                if (x.target() != null) {
                    sum[0] = sum[0] == null ? x.target() : sum[0].add(x.target());
                }
                sum[1] = sum[1].add(accepted);
                sum[2] = sum[2].add(awaiting);
            }
            out.add(new ActivityCounts(a.id(), a.no(), a.content(), built));
        }
        List<Line> totals = new ArrayList<>();
        Map<Long, Integer> order = new HashMap<>();
        jdbc.sql("select id, sort_order from metric where organisation_id = ?").param(organisationId)
                .query((rs, n) -> order.put(rs.getLong(1), rs.getInt(2))).list();
        // the campaign's totals in catalog order, as a 统计表 lists them
        campaignSums.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .forEach(e -> totals.add(new Line(metricsById.get(e.getKey()), e.getValue()[0] == null ? null
                        : ActivityMetrics.plain(e.getValue()[0]), null, ActivityMetrics.plain(e.getValue()[1]),
                        ActivityMetrics.plain(e.getValue()[2]), List.of())));
        return new CampaignCounts(campaignId, out, totals, creditByUnit);
    }


    /** Each report's state at a moment, from its history: ACCEPTED, SUBMITTED (waiting), or something not counted. */
    private Map<Long, String> statesAsOf(long campaignId, OffsetDateTime asOf) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("""
                        select e.report_id, e.action from report_event e
                        join report r on r.id = e.report_id
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and e.at <= ? and e.action in ('SUBMITTED', 'RESUBMITTED', 'RETURNED', 'ACCEPTED')
                        order by e.at, e.id""")
                .params(campaignId, asOf)
                .query((rs, n) -> out.put(rs.getLong(1), switch (rs.getString(2)) {
                    case "SUBMITTED", "RESUBMITTED" -> "SUBMITTED";
                    default -> rs.getString(2);
                }))
                .list();
        return out;
    }
}
