package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * National scale (issue 12, item 4; README "National scale"): the roll-up and the dashboard read a campaign's reports
 * by assignment with their state, and each report's first submission, for thousands of campaigns at once. With these
 * indexes PostgreSQL answers those reads from the indexes alone (Index Only Scan) instead of visiting the report and
 * report_event rows one by one. On PostgreSQL each replaces the one-column index it starts with (which the planner
 * would otherwise keep choosing, as it is smaller); on H2 those stay, as H2 holds its foreign keys to them.
 */
public class V41__national_scale_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create index ix_report_assignment_state on report (assignment_id, state, id)");
            s.execute("create index ix_report_event_report_action on report_event (report_id, action, at)");
            s.execute("create index ix_assignment_activity on assignment (activity_id, id, unit_role)");
            if (postgres) {
                s.execute("drop index ix_report_assignment");
                s.execute("drop index ix_report_event_report");
            }
        }
    }
}
