package org.duban.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.duban.planreader.count.CountCatalog;
import org.duban.planreader.count.Countable;
import org.duban.web.NotFound;
import org.duban.web.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's catalog of counts. It starts as the reader's {@link CountCatalog#DEFAULTS} the first time it is
 * read, and coordinators and administrators add, rename, re-unit and retire entries; an entry that any activity or
 * report uses is retired, never deleted, so every count ever reported keeps its name and unit.
 */
@Service
public class MetricCatalog {

    static final int MAX_NAME = 40;
    static final int MAX_UNIT = 20;
    static final int MAX_KEYWORDS = 500;

    private final JdbcClient jdbc;

    MetricCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry, retired ones too, in catalog order. */
    @Transactional
    public List<Metric> all(long organisationId) {
        seedIfEmpty(organisationId);
        return jdbc.sql("select * from metric where organisation_id = ? order by sort_order, id").param(organisationId)
                .query((rs, n) -> new Metric(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("unit"), keywords(rs.getString("keywords")), rs.getBoolean("retired")))
                .list();
    }

    /** The entries that may be given to an activity. */
    @Transactional
    public List<Metric> active(long organisationId) {
        return all(organisationId).stream().filter(m -> !m.retired()).toList();
    }

    @Transactional
    public Optional<Metric> find(long organisationId, long metricId) {
        return all(organisationId).stream().filter(m -> m.id() == metricId).findFirst();
    }

    /**
     * The default catalog, once per organisation. Two nodes seeding the same organisation at the same moment meet the
     * unique code: one of the two requests fails and its retry finds the catalog made.
     */
    private void seedIfEmpty(long organisationId) {
        if (jdbc.sql("select count(*) from metric where organisation_id = ?").param(organisationId)
                .query(Integer.class).single() > 0) {
            return;
        }
        int order = 0;
        for (Countable c : CountCatalog.DEFAULTS) {
            jdbc.sql("""
                            insert into metric (organisation_id, code, name, unit, keywords, sort_order, retired)
                            values (?, ?, ?, ?, ?, ?, false)""")
                    .params(organisationId, c.key(), c.name(), c.unit(), String.join(",", c.keywords()), (order++) * 10)
                    .update();
        }
    }

    @Transactional
    public long add(DubanUser user, MetricForm form) {
        checkCoordinator(user);
        all(user.organisationId());
        MetricForm f = form.checked();
        checkNameFree(user.organisationId(), f.name(), null);
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from metric where organisation_id = ?")
                .param(user.organisationId()).query(Integer.class).single();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into metric (organisation_id, code, name, unit, keywords, sort_order, retired)
                        values (?, null, ?, ?, ?, ?, false)""")
                .params(user.organisationId(), f.name(), f.unit(), f.keywords(), order)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Renames an entry, changes its unit or keywords; reported counts keep their numbers under the new name. */
    @Transactional
    public void update(DubanUser user, long metricId, MetricForm form) {
        checkCoordinator(user);
        Metric m = find(user.organisationId(), metricId).orElseThrow(NotFound::new);
        MetricForm f = form.checked();
        checkNameFree(user.organisationId(), f.name(), m.id());
        if (!f.unit().equals(m.unit()) && hasDecimals(m.id()) && !new Countable("x", "x", f.unit(), List.of()).allowsDecimals()) {
            // a count of 3.5 万元 would read as 3.5 家: a unit that takes no fractions needs whole numbers
            throw new MetricRuleBroken("metric.error.unitHasDecimals", m.name());
        }
        jdbc.sql("update metric set name = ?, unit = ?, keywords = ? where id = ? and organisation_id = ?")
                .params(f.name(), f.unit(), f.keywords(), metricId, user.organisationId()).update();
    }

    /** Retired entries keep their data and their place in totals; no activity gets them from now on. */
    @Transactional
    public void retire(DubanUser user, long metricId, boolean retired) {
        checkCoordinator(user);
        find(user.organisationId(), metricId).orElseThrow(NotFound::new);
        jdbc.sql("update metric set retired = ? where id = ? and organisation_id = ?")
                .params(retired, metricId, user.organisationId()).update();
    }

    /** Deletes an entry nothing uses: no activity asks for it, no report gives it. One with data can only retire. */
    @Transactional
    public void delete(DubanUser user, long metricId) {
        checkCoordinator(user);
        Metric m = find(user.organisationId(), metricId).orElseThrow(NotFound::new);
        if (inUse(metricId)) {
            throw new MetricRuleBroken(409, "metric.error.inUse", m.name());
        }
        jdbc.sql("delete from metric where id = ? and organisation_id = ?").params(metricId, user.organisationId())
                .update();
    }

    /** Whether any activity asks for the entry or any report gives it. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean inUse(long metricId) {
        return jdbc.sql("""
                        select (select count(*) from activity_metric where metric_id = ?)
                             + (select count(*) from report_count where metric_id = ?)""")
                .params(metricId, metricId).query(Integer.class).single() > 0;
    }

    private boolean hasDecimals(long metricId) {
        return jdbc.sql("select count(*) from report_count where metric_id = ? and amount <> floor(amount)")
                .param(metricId).query(Integer.class).single() > 0
                || jdbc.sql("select count(*) from activity_metric where metric_id = ? and target <> floor(target)")
                        .param(metricId).query(Integer.class).single() > 0;
    }

    private void checkNameFree(long organisationId, String name, Long except) {
        boolean taken = jdbc.sql("select id from metric where organisation_id = ? and name = ?")
                .params(organisationId, name).query(Long.class).list().stream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new MetricRuleBroken(409, "metric.error.nameTaken", name);
        }
    }

    static void checkCoordinator(DubanUser user) {
        if (!user.canCoordinate()) {
            throw new MetricRuleBroken(403, "metric.error.notCoordinator");
        }
    }

    private static List<String> keywords(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,，、\\s]+")).filter(k -> !k.isBlank()).toList();
    }

    /** A new or changed catalog entry as typed: the keywords separated by commas, 、 or spaces. */
    public record MetricForm(String name, String unit, String keywords) {

        MetricForm checked() {
            String n = TextInput.clean(name == null ? "" : name).strip();
            String u = TextInput.clean(unit == null ? "" : unit).strip();
            String k = String.join(",", MetricCatalog.keywords(TextInput.clean(keywords)));
            if (n.isEmpty()) {
                throw new MetricRuleBroken("metric.error.nameMissing");
            }
            if (u.isEmpty()) {
                throw new MetricRuleBroken("metric.error.unitMissing");
            }
            TextInput.atMost(n, MAX_NAME, "field.metricName");
            TextInput.atMost(u, MAX_UNIT, "field.metricUnit");
            TextInput.atMost(k, MAX_KEYWORDS, "field.metricKeywords");
            return new MetricForm(n, u, k);
        }
    }
}
