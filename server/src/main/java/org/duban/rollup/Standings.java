package org.duban.rollup;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.Progress;
import org.duban.supervision.StatusRules;
import org.duban.supervision.SupervisionProperties;
import org.springframework.beans.factory.annotation.Value;
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
    private final Clock clock;
    private final Duration furtherMaxAge;
    /** How many campaigns never counted yet a look counts while it waits; more are counted in the background. */
    private final int countNowLimit;

    Standings(JdbcClient jdbc, SupervisionProperties supervision, Clock clock,
            @Value("${duban.rollup.further-max-age:PT5M}") Duration furtherMaxAge,
            @Value("${duban.rollup.count-now-limit:200}") int countNowLimit) {
        this.jdbc = jdbc;
        this.rules = supervision.rules();
        this.clock = clock;
        this.furtherMaxAge = furtherMaxAge;
        this.countNowLimit = countNowLimit;
    }

    /**
     * Standings of campaigns further down, as kept: each with when it was counted, the oldest of them too, and how
     * many are still being counted for the first time (not among the standings yet).
     */
    record Recent(Map<Long, Standing> standings, Instant oldest, int counting) {
    }

    /** A campaign's standing as counted at a moment. */
    private record Kept(Standing standing, Instant at) {
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService refresher = Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "rollup-standings");
                t.setDaemon(true);
                return t;
            });

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /**
     * The standings of campaigns two levels down and further (a province's counties, the country's cities and
     * counties), which a roll-up shows summed under the bureau directly below: counted when first asked for, then
     * kept; one older than {@code duban.rollup.further-max-age} (5 minutes) is shown as it is and counted again in
     * the background, so that the national page does not count four million reports for every look. The bureaus
     * directly below are always counted live ({@link #of}).
     *
     * @param organisationOf each campaign's organisation
     */
    Recent recent(Map<Long, Long> organisationOf) {
        Instant now = clock.instant();
        Map<Long, Standing> out = new HashMap<>();
        Map<Long, Long> missing = new LinkedHashMap<>();
        Map<Long, Long> stale = new LinkedHashMap<>();
        Instant oldest = now;
        for (Map.Entry<Long, Long> e : organisationOf.entrySet()) {
            Kept k = kept.get(e.getKey());
            if (k == null) {
                missing.put(e.getKey(), e.getValue());
                continue;
            }
            out.put(e.getKey(), k.standing());
            oldest = k.at().isBefore(oldest) ? k.at() : oldest;
            if (k.at().plus(furtherMaxAge).isBefore(now)) {
                stale.put(e.getKey(), e.getValue());
            }
        }
        int counting = 0;
        if (!missing.isEmpty() && missing.size() <= countNowLimit) {
            of(missing).forEach((id, s) -> {
                kept.put(id, new Kept(s, now));
                out.put(id, s);
            });
        } else if (!missing.isEmpty()) {
            // the first look at the whole country (thousands of campaigns, minutes of counting) answers at once and
            // says what is still being counted; the page asks again until it is done
            counting = missing.size();
            missing.keySet().removeIf(id -> !refreshing.add(id));
            countLater(missing);
        }
        stale.keySet().removeIf(id -> !refreshing.add(id));
        countLater(stale);
        return new Recent(out, oldest, counting);
    }

    /** Counts the campaigns in the background and keeps what it counted; each was marked as being counted. */
    private void countLater(Map<Long, Long> organisationOf) {
        if (organisationOf.isEmpty()) {
            return;
        }
        refresher.execute(() -> {
            try {
                Instant at = clock.instant();
                of(organisationOf).forEach((id, s) -> kept.put(id, new Kept(s, at)));
            } finally {
                refreshing.removeAll(organisationOf.keySet());
            }
        });
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

    /**
     * The assignments of one activity that stand alike: the same part (lead or not), the same reports (one accepted,
     * one waiting), first submitted by the window's end or not; {@code n} of them.
     */
    private record Group(long campaign, long activity, LocalDate start, LocalDate end, boolean lead, boolean accepted,
            boolean submitted, boolean onTime, int n) {
    }

    /**
     * The standings of up to {@link #CHUNK} campaigns, counted by the database: one row per activity and kind of
     * assignment (a few per activity) instead of one per assignment and report, so that a country's campaigns take
     * seconds, not minutes. Whether a first submission came by the window's last day is decided with the day's end
     * in the bureau's clock, computed here for each distinct last day and handed to the query.
     */
    private Map<Long, Standing> chunk(List<Long> campaigns, Map<Long, Long> organisationOf) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> ends = jdbc.sql("""
                        select distinct ends_on from activity
                        where campaign_id in (:ids) and cancelled_at is null and ends_on < :today""")
                .param("ids", campaigns).param("today", today).query(LocalDate.class).list();
        StringBuilder cutoff = new StringBuilder("case");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < ends.size(); i++) {
            cutoff.append(" when a.ends_on = :e").append(i).append(" then :c").append(i);
            params.put("e" + i, ends.get(i));
            params.put("c" + i, ends.get(i).plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        String onTime = ends.isEmpty() ? "0"
                : "case when min(e.at) < " + cutoff + " end then 1 else 0 end";
        // per assignment (its reports and their first submission, read from the indexes V41 made), then per kind
        List<Group> groups = jdbc.sql("""
                        select x.campaign_id, x.activity_id, x.starts_on, x.ends_on, x.lead, x.accepted, x.submitted,
                               x.on_time, count(*)
                        from (
                            select a.campaign_id, a.id as activity_id, a.starts_on, a.ends_on,
                                   case when s.unit_role = 'LEAD' then 1 else 0 end as lead,
                                   max(case when r.state = 'ACCEPTED' then 1 else 0 end) as accepted,
                                   max(case when r.state = 'SUBMITTED' then 1 else 0 end) as submitted,
                                   %s as on_time
                            from activity a join assignment s on s.activity_id = a.id
                            left join report r on r.assignment_id = s.id
                            left join report_event e on e.report_id = r.id and e.action = 'SUBMITTED'
                            where a.campaign_id in (:ids) and a.cancelled_at is null
                            group by a.campaign_id, a.id, a.starts_on, a.ends_on, s.id, s.unit_role) x
                        group by x.campaign_id, x.activity_id, x.starts_on, x.ends_on, x.lead, x.accepted, x.submitted,
                                 x.on_time""".formatted(onTime))
                .param("ids", campaigns).params(params)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7) == 1,
                        rs.getInt(8) == 1, rs.getInt(9)))
                .list();
        Map<Long, OffsetDateTime> closedAt = new HashMap<>();
        jdbc.sql("""
                        select k.activity_id, k.closed_at from activity_closing k join activity a on a.id = k.activity_id
                        where a.campaign_id in (:ids)""")
                .param("ids", campaigns)
                .query((rs, n) -> closedAt.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list();

        Map<Long, int[]> tally = new HashMap<>(); // assignments, done, reported, overdue, due, on time
        Map<Long, Map<Long, Boolean>> activityDone = new HashMap<>(); // campaign → activity → every assignment done
        for (Group g : groups) {
            boolean done = g.accepted() || g.lead() && closedAt.containsKey(g.activity());
            Progress progress = done ? Progress.ACCEPTED : g.submitted() ? Progress.SUBMITTED : Progress.NOTHING;
            AssignmentStatus status = rules.statusOf(g.start(), g.end(), progress, today);
            int[] t = tally.computeIfAbsent(g.campaign(), k -> new int[6]);
            t[0] += g.n();
            t[1] += status == AssignmentStatus.DONE ? g.n() : 0;
            t[2] += status == AssignmentStatus.REPORTED ? g.n() : 0;
            t[3] += status == AssignmentStatus.OVERDUE ? g.n() : 0;
            if (g.end() != null && g.end().isBefore(today)) {
                t[4] += g.n();
                t[5] += g.onTime() || g.lead() && byEnd(closedAt.get(g.activity()), g.end()) ? g.n() : 0;
            }
            activityDone.computeIfAbsent(g.campaign(), k -> new HashMap<>())
                    .merge(g.activity(), status == AssignmentStatus.DONE, Boolean::logicalAnd);
        }
        Map<Long, Map<String, BigDecimal>> counted = counted(campaigns);
        Map<Long, long[]> summaries = summaries(campaigns);
        Map<Long, Standing> out = new HashMap<>();
        for (long campaign : campaigns) {
            int[] t = tally.getOrDefault(campaign, new int[6]);
            Map<Long, Boolean> activities = activityDone.getOrDefault(campaign, Map.of());
            long[] s = summaries.getOrDefault(campaign, new long[2]);
            out.put(campaign, new Standing(activities.size(),
                    (int) activities.values().stream().filter(Boolean::booleanValue).count(), t[0], t[1], t[2], t[3],
                    t[4], t[5], s[1], (int) s[0], counted.getOrDefault(campaign, Map.of())));
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

    /**
     * Each campaign's accepted counts by name, by the counting rules of {@code MetricTotals} (a joint report's
     * numbers are its lead's, counted once there; a count asked for and not yet reported shows as 0), summed by the
     * database for all the campaigns at once. Only the activities that ask for a count are read: a report gives only
     * the counts its activity asks for, and a count once given cannot be taken off the activity ({@code
     * ReportCounts.read}, {@code ActivityMetrics.set}), so no count is left out, and the reports of the other
     * activities (most of them) are not looked at.
     */
    private Map<Long, Map<String, BigDecimal>> counted(List<Long> campaigns) {
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        jdbc.sql("""
                        select distinct a.campaign_id, m.name, m.unit from activity_metric x
                        join activity a on a.id = x.activity_id join metric m on m.id = x.metric_id
                        where a.campaign_id in (:ids) and a.cancelled_at is null""")
                .param("ids", campaigns)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .putIfAbsent(name(rs.getString(2), rs.getString(3)), BigDecimal.ZERO))
                .list();
        jdbc.sql("""
                        select a.campaign_id, m.name, m.unit,
                               sum(case when r.state = 'ACCEPTED' and r.joint_with_unit_id is null then c.amount else 0 end)
                        from activity_metric x join activity a on a.id = x.activity_id join metric m on m.id = x.metric_id
                        join assignment s on s.activity_id = a.id join report r on r.assignment_id = s.id
                        join report_count c on c.report_id = r.id and c.metric_id = x.metric_id
                        where a.campaign_id in (:ids) and a.cancelled_at is null and r.state in ('ACCEPTED', 'SUBMITTED')
                        group by a.campaign_id, m.name, m.unit""")
                .param("ids", campaigns)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .merge(name(rs.getString(2), rs.getString(3)), plain(rs.getBigDecimal(4)), BigDecimal::add))
                .list();
        return out;
    }

    private static String name(String metric, String unit) {
        return metric + (unit == null || unit.isBlank() ? "" : "（" + unit + "）");
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Whether a moment falls on or before a day, as the bureau's clock tells days. */
    boolean byEnd(OffsetDateTime at, LocalDate end) {
        return at != null && !at.atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(end);
    }
}
