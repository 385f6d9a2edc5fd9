package org.duban.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.duban.support.BothDatabases;
import org.duban.support.Migrated;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports and their history written before reports carried their campaign (V44) are given it by the migration: the
 * dashboard's progress chart and its cells read them by campaign, so a report left without one would vanish from both.
 */
@BothDatabases
class ReportsCarryTheirCampaignTest {

    @Test
    void reportsWrittenBeforeTheMigrationKeepTheirCampaign() {
        Migrated db = Migrated.upTo("43");
        JdbcClient jdbc = db.jdbc();
        OffsetDateTime at = OffsetDateTime.of(2025, 9, 3, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        long org = insert(jdbc, "insert into organisation (name, created_at) values ('测试局', ?)", at);
        long unit = insert(jdbc, "insert into unit (organisation_id, name, unit_kind) values (" + org
                + ", '前岐所', 'STATION')");
        long user = insert(jdbc, "insert into app_user (organisation_id, username, password_hash, display_name, user_role,"
                + " created_at) values (" + org + ", 'qianqi', 'x', '前岐所', 'UNIT', ?)", at);
        long[] campaigns = new long[2];
        long[] reports = new long[2];
        for (int c = 0; c < 2; c++) {
            campaigns[c] = insert(jdbc, "insert into campaign (organisation_id, title, plan_year, created_at) values ("
                    + org + ", '方案" + c + "', 2025, ?)", at);
            long activity = insert(jdbc, "insert into activity (campaign_id, task_no, content, time_kind, sort_order)"
                    + " values (" + campaigns[c] + ", '1', '检查', 'NONE', 0)");
            long assignment = insert(jdbc, "insert into assignment (activity_id, unit_id, unit_role) values ("
                    + activity + ", " + unit + ", 'LEAD')");
            reports[c] = insert(jdbc, "insert into report (assignment_id, unit_id, author_id, body, state, form_key,"
                    + " created_at, updated_at) values (" + assignment + ", " + unit + ", " + user + ", '已检查', "
                    + "'SUBMITTED', 'k" + c + "', ?, ?)", at, at);
            jdbc.sql("insert into report_event (report_id, actor_id, action, at) values (?, ?, 'SUBMITTED', ?)")
                    .params(reports[c], user, at).update();
        }

        db.migrateOn();

        for (int c = 0; c < 2; c++) {
            assertThat(jdbc.sql("select campaign_id from report where id = ?").param(reports[c]).query(Long.class)
                    .single()).isEqualTo(campaigns[c]);
            assertThat(jdbc.sql("select campaign_id from report_event where report_id = ?").param(reports[c])
                    .query(Long.class).single()).isEqualTo(campaigns[c]);
        }
    }

    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKey().longValue();
    }
}
