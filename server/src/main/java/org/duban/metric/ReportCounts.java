package org.duban.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts a report gives. Read and checked against what the activity asks for before anything of the report is
 * written, so a refused count changes nothing; saved with the report, draft and submission alike.
 */
@Service
public class ReportCounts {

    private final JdbcClient jdbc;
    private final ActivityMetrics activities;

    ReportCounts(JdbcClient jdbc, ActivityMetrics activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    /** One count of a report: 发放宣传资料 500 份. */
    public record Count(long metricId, String name, String unit, BigDecimal amount) {
    }

    /**
     * The counts as typed for an activity, by metric id, read into numbers; blank ones left out. A count the
     * activity does not ask for, or one that is no sane number, is refused with the count's name.
     */
    @Transactional(readOnly = true)
    public List<Count> read(long activityId, Map<Long, String> typed) {
        Map<Long, Metric> asked = new LinkedHashMap<>();
        activities.ofActivity(activityId).forEach(a -> asked.put(a.metric().id(), a.metric()));
        for (Long id : typed.keySet()) {
            if (id == null || !asked.containsKey(id)) {
                throw new MetricRuleBroken("metric.error.notAsked");
            }
        }
        List<Count> out = new ArrayList<>();
        for (Metric m : asked.values()) {
            BigDecimal v = Amounts.read(m, typed.get(m.id()));
            if (v != null) {
                out.add(new Count(m.id(), m.name(), m.unit(), v));
            }
        }
        return out;
    }

    /** Replaces the report's counts by these. */
    @Transactional
    public void replace(long reportId, List<Count> counts) {
        jdbc.sql("delete from report_count where report_id = ?").param(reportId).update();
        for (Count c : counts) {
            jdbc.sql("insert into report_count (report_id, metric_id, amount) values (?, ?, ?)")
                    .params(reportId, c.metricId(), c.amount()).update();
        }
    }

    @Transactional(readOnly = true)
    public List<Count> of(long reportId) {
        return ofReports(List.of(reportId)).getOrDefault(reportId, List.of());
    }

    /** The counts of several reports, by report id, each in catalog order. */
    @Transactional(readOnly = true)
    public Map<Long, List<Count>> ofReports(Collection<Long> reportIds) {
        Map<Long, List<Count>> out = new HashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select rc.report_id, m.id, m.name, m.unit, rc.amount from report_count rc
                        join metric m on m.id = rc.metric_id where rc.report_id in (:ids) order by m.sort_order, m.id""")
                .param("ids", List.copyOf(reportIds))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                        .add(new Count(rs.getLong("id"), rs.getString("name"), rs.getString("unit"),
                                ActivityMetrics.plain(rs.getBigDecimal("amount")))))
                .list();
        return out;
    }
}
