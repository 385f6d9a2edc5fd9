package org.duban.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignCreated;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.planreader.count.CountReader;
import org.duban.web.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which counts each activity asks its units for, and the target its plan sets. Suggested from the activity's text
 * when a campaign is created (from an import or the demo), changed by a coordinator on the campaign's counts page.
 */
@Service
public class ActivityMetrics {

    private final JdbcClient jdbc;
    private final MetricCatalog catalog;
    private final CampaignService campaigns;

    ActivityMetrics(JdbcClient jdbc, MetricCatalog catalog, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.campaigns = campaigns;
    }

    /** A count an activity asks for, with the plan's target and the words it was read from (both may be null). */
    public record Asked(Metric metric, BigDecimal target, String targetText) {
    }

    /**
     * In the transaction that creates the campaign, so a campaign never exists without its counts: every activity
     * gets the counts its text names and the targets it sets.
     */
    @EventListener
    void campaignCreated(CampaignCreated e) {
        suggest(e.organisationId(), e.campaignId(), false);
    }

    /**
     * A campaign copied to another year asks for the same counts with the same targets as the one it was copied from,
     * not for what its text would suggest; in the copy's own transaction.
     */
    @EventListener
    void campaignCopied(org.duban.campaign.CampaignCopied e) {
        e.activities().forEach((from, to) -> {
            jdbc.sql("delete from activity_metric where activity_id = ?").param(to).update();
            jdbc.sql("""
                            insert into activity_metric (activity_id, metric_id, target, target_text)
                            select ?, metric_id, target, target_text from activity_metric where activity_id = ?""")
                    .params(to, from).update();
        });
    }

    /**
     * Suggests counts to every activity of the campaign that has none yet (a campaign made before the catalog
     * existed, or one whose counts were all taken off); returns how many activities got some.
     */
    @Transactional
    public int suggestWhereNone(DubanUser user, long campaignId) {
        MetricCatalog.checkCoordinator(user);
        campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        return suggest(user.organisationId(), campaignId, true);
    }

    private int suggest(long organisationId, long campaignId, boolean onlyWhereNone) {
        Campaign campaign = campaigns.find(organisationId, campaignId).orElseThrow();
        List<Metric> active = catalog.active(organisationId);
        Map<String, Metric> byKey = new HashMap<>();
        active.forEach(m -> byKey.put(String.valueOf(m.id()), m));
        CountReader reader = new CountReader(active.stream().map(Metric::countable).toList());
        Set<Long> withCounts = onlyWhereNone ? new java.util.HashSet<>(jdbc.sql("""
                        select distinct m.activity_id from activity_metric m join activity a on a.id = m.activity_id
                        where a.campaign_id = ?""").param(campaignId).query(Long.class).list()) : Set.of();
        int suggested = 0;
        for (Campaign.Activity a : campaign.activities()) {
            if (withCounts.contains(a.id())) {
                continue;
            }
            Map<String, CountReader.Target> targets = new LinkedHashMap<>();
            reader.targets(a.content()).forEach(t -> targets.put(t.key(), t));
            Set<String> keys = new LinkedHashSet<>();
            reader.fitting(a.content()).forEach(c -> keys.add(c.key()));
            keys.addAll(targets.keySet());
            for (String key : keys) {
                CountReader.Target t = targets.get(key);
                Metric m = byKey.get(key);
                BigDecimal target = t == null ? null : fitted(m, t.value());
                jdbc.sql("insert into activity_metric (activity_id, metric_id, target, target_text) values (?, ?, ?, ?)")
                        .params(a.id(), m.id(), target, target == null ? null : clip(t.phrase(), 200)).update();
            }
            suggested += keys.isEmpty() ? 0 : 1;
        }
        return suggested;
    }

    /** A target the count cannot hold (a fraction of a whole count, more than a count may be) is not kept. */
    private static BigDecimal fitted(Metric m, BigDecimal value) {
        if (value.compareTo(Amounts.MAX) > 0 || value.stripTrailingZeros().scale() > 0 && !m.allowsDecimals()) {
            return null;
        }
        return value;
    }

    /** What the activity asks for, in catalog order. */
    @Transactional(readOnly = true)
    public List<Asked> ofActivity(long activityId) {
        return jdbc.sql(SELECT + " where am.activity_id = ? order by m.sort_order, m.id").param(activityId)
                .query((rs, n) -> asked(rs)).list();
    }

    /** The same for every activity of a campaign, by activity id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Asked>> ofCampaign(long campaignId) {
        Map<Long, List<Asked>> out = new HashMap<>();
        jdbc.sql(SELECT + " join activity a on a.id = am.activity_id where a.campaign_id = ? order by m.sort_order, m.id")
                .param(campaignId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>()).add(asked(rs)))
                .list();
        return out;
    }

    private static final String SELECT = """
            select am.activity_id, am.target, am.target_text, m.id, m.code, m.name, m.unit, m.keywords, m.retired
            from activity_metric am join metric m on m.id = am.metric_id""";

    private static Asked asked(java.sql.ResultSet rs) throws java.sql.SQLException {
        String keywords = rs.getString("keywords");
        Metric m = new Metric(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                keywords == null || keywords.isBlank() ? List.of() : List.of(keywords.split(",")),
                rs.getBoolean("retired"));
        BigDecimal target = rs.getBigDecimal("target");
        return new Asked(m, target == null ? null : plain(target), rs.getString("target_text"));
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Sets the counts an activity asks for and their targets (blank: no target). A count some report on the activity
     * already gives cannot be taken off: its numbers would vanish from the totals.
     *
     * @param targets the target typed for each chosen count, by metric id
     */
    @Transactional
    public void set(DubanUser user, long campaignId, long activityId, List<Long> metricIds, Map<Long, String> targets) {
        MetricCatalog.checkCoordinator(user);
        Campaign campaign = campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        if (campaign.activities().stream().noneMatch(a -> a.id() == activityId)) {
            throw new NotFound();
        }
        Map<Long, Metric> catalogById = new HashMap<>();
        catalog.all(user.organisationId()).forEach(m -> catalogById.put(m.id(), m));
        Map<Long, Asked> before = new HashMap<>();
        ofActivity(activityId).forEach(a -> before.put(a.metric().id(), a));
        Set<Long> chosen = new LinkedHashSet<>(metricIds == null ? List.of() : metricIds);
        Map<Long, BigDecimal> read = new HashMap<>();
        for (long id : chosen) {
            Metric m = catalogById.get(id);
            if (m == null || m.retired() && !before.containsKey(id)) {
                throw new MetricRuleBroken("metric.error.unknown");
            }
            read.put(id, Amounts.read(m, targets == null ? null : targets.get(id)));
        }
        for (long id : before.keySet()) {
            if (!chosen.contains(id) && reported(activityId, id)) {
                throw new MetricRuleBroken(409, "metric.error.reportedOnActivity", before.get(id).metric().name());
            }
        }
        jdbc.sql("delete from activity_metric where activity_id = ?").param(activityId).update();
        for (long id : chosen) {
            BigDecimal target = read.get(id);
            Asked was = before.get(id);
            // the words a target was read from stay only while the target is the one read
            String text = was != null && target != null && was.target() != null && was.target().compareTo(target) == 0
                    ? was.targetText() : null;
            jdbc.sql("insert into activity_metric (activity_id, metric_id, target, target_text) values (?, ?, ?, ?)")
                    .params(activityId, id, target, text).update();
        }
    }

    private boolean reported(long activityId, long metricId) {
        return jdbc.sql("""
                        select count(*) from report_count rc join report r on r.id = rc.report_id
                        join assignment s on s.id = r.assignment_id where s.activity_id = ? and rc.metric_id = ?""")
                .params(activityId, metricId).query(Integer.class).single() > 0;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
