package org.duban.rollup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duban.metric.MetricTotals;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.Progress;
import org.duban.supervision.StatusRules;
import org.duban.supervision.SupervisionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing of many campaigns at once, for a province's view of its cities' and counties' campaigns: the
 * dashboard's own rules ({@link StatusRules}; an accepted report or the lead's closing is done, a submitted one is
 * reported, a returned one counts as nothing) applied to every assignment of all of them, read in a few queries
 * however many campaigns there are, instead of one dashboard each. {@code RollupsTest} holds it to the dashboard's
 * numbers.
 */
@Service
class Standings {

    /** Campaign ids per query: well under every database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final StatusRules rules;
    private final MetricTotals counts;
    private final Clock clock;

    Standings(JdbcClient jdbc, SupervisionProperties supervision, MetricTotals counts, Clock clock) {
        this.jdbc = jdbc;
        this.rules = supervision.rules();
        this.counts = counts;
        this.clock = clock;
    }

    /** @param organisationOf each campaign's organisation */
    @Transactional(readOnly = true)
    Map<Long, Standing> of(Map<Long, Long> organisationOf) {
        Map<Long, Standing> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(organisationOf.keySet());
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            out.putAll(chunk(chunk, organisationOf));
        }
        return out;
    }

    private record Line(long id, long campaign, long activity, boolean lead, LocalDate start, LocalDate end) {
    }

    private Map<Long, Standing> chunk(List<Long> campaigns, Map<Long, Long> organisationOf) {
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = jdbc.sql("""
                        select s.id, a.campaign_id, a.id as activity_id, s.unit_role, a.starts_on, a.ends_on
                        from assignment s join activity a on a.id = s.activity_id
                        where a.campaign_id in (:ids) and a.cancelled_at is null""")
                .param("ids", campaigns)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), "LEAD".equals(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
        Set<Long> accepted = new HashSet<>();
        Set<Long> submitted = new HashSet<>();
        jdbc.sql("""
                        select r.assignment_id, r.state from report r join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id in (:ids) and r.state in ('ACCEPTED', 'SUBMITTED')""")
                .param("ids", campaigns)
                .query((rs, n) -> ("ACCEPTED".equals(rs.getString(2)) ? accepted : submitted).add(rs.getLong(1)))
                .list();
        Map<Long, OffsetDateTime> closedAt = new HashMap<>();
        jdbc.sql("""
                        select k.activity_id, k.closed_at from activity_closing k join activity a on a.id = k.activity_id
                        where a.campaign_id in (:ids)""")
                .param("ids", campaigns)
                .query((rs, n) -> closedAt.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list();
        Map<Long, OffsetDateTime> firstSubmitted = new HashMap<>();
        jdbc.sql("""
                        select r.assignment_id, min(e.at) from report_event e join report r on r.id = e.report_id
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        where a.campaign_id in (:ids) and e.action = 'SUBMITTED' group by r.assignment_id""")
                .param("ids", campaigns)
                .query((rs, n) -> firstSubmitted.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list();

        Map<Long, int[]> tally = new HashMap<>(); // assignments, done, reported, overdue, due, on time
        Map<Long, Map<Long, Boolean>> activityDone = new HashMap<>(); // campaign → activity → every assignment done
        for (Line l : lines) {
            boolean done = accepted.contains(l.id()) || l.lead() && closedAt.containsKey(l.activity());
            Progress progress = done ? Progress.ACCEPTED
                    : submitted.contains(l.id()) ? Progress.SUBMITTED : Progress.NOTHING;
            AssignmentStatus status = rules.statusOf(l.start(), l.end(), progress, today);
            int[] t = tally.computeIfAbsent(l.campaign(), k -> new int[6]);
            t[0]++;
            t[1] += status == AssignmentStatus.DONE ? 1 : 0;
            t[2] += status == AssignmentStatus.REPORTED ? 1 : 0;
            t[3] += status == AssignmentStatus.OVERDUE ? 1 : 0;
            if (l.end() != null && l.end().isBefore(today)) {
                t[4]++;
                t[5] += byEnd(firstSubmitted.get(l.id()), l.end())
                        || l.lead() && byEnd(closedAt.get(l.activity()), l.end()) ? 1 : 0;
            }
            activityDone.computeIfAbsent(l.campaign(), k -> new HashMap<>())
                    .merge(l.activity(), status == AssignmentStatus.DONE, Boolean::logicalAnd);
        }
        Map<Long, long[]> summaries = summaries(campaigns);
        Map<Long, Standing> out = new HashMap<>();
        for (long campaign : campaigns) {
            int[] t = tally.getOrDefault(campaign, new int[6]);
            Map<Long, Boolean> activities = activityDone.getOrDefault(campaign, Map.of());
            long[] s = summaries.getOrDefault(campaign, new long[2]);
            out.put(campaign, new Standing(activities.size(),
                    (int) activities.values().stream().filter(Boolean::booleanValue).count(), t[0], t[1], t[2], t[3],
                    t[4], t[5], s[1], (int) s[0], counted(organisationOf.get(campaign), campaign)));
        }
        return out;
    }

    /**
     * Per campaign: the units that owe a summary (every unit with a part in it, cancelled activities too, as the
     * dashboard counts them) and the summaries handed in that wait for review or were accepted.
     */
    private Map<Long, long[]> summaries(List<Long> campaigns) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("""
                        select a.campaign_id, count(distinct s.unit_id) from assignment s
                        join activity a on a.id = s.activity_id where a.campaign_id in (:ids) group by a.campaign_id""")
                .param("ids", campaigns)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[2])[0] = rs.getLong(2)).list();
        jdbc.sql("""
                        select m.campaign_id, count(*) from unit_summary m
                        where m.campaign_id in (:ids) and m.handed_in_at is not null
                          and m.state in ('SUBMITTED', 'ACCEPTED') and m.unit_id in (
                            select x.unit_id from assignment x join activity a on a.id = x.activity_id
                            where a.campaign_id = m.campaign_id)
                        group by m.campaign_id""")
                .param("ids", campaigns)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[2])[1] = rs.getLong(2)).list();
        return out;
    }

    /** The campaign's accepted counts by name, by the counting rules of {@link MetricTotals}. */
    Map<String, BigDecimal> counted(long organisationId, long campaignId) {
        Map<String, BigDecimal> counted = new TreeMap<>();
        for (MetricTotals.Line line : counts.ofCampaign(organisationId, campaignId).totals()) {
            String unit = line.metric().unit();
            counted.merge(line.metric().name() + (unit == null || unit.isBlank() ? "" : "（" + unit + "）"),
                    line.accepted(), BigDecimal::add);
        }
        return counted;
    }

    /** Whether a moment falls on or before a day, as the bureau's clock tells days. */
    boolean byEnd(OffsetDateTime at, LocalDate end) {
        return at != null && !at.atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(end);
    }
}
