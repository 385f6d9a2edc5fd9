package org.duban.campaign;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading assignments: a unit's own, one by id within an organisation, all of a campaign's. */
@Service
public class Assignments {

    // a unit is assigned only within its organisation (CampaignService.assign), so the unit is looked up there: by the
    // organisation's units (uq_unit_name) instead of a scan of every unit in the database
    private static final String SELECT = """
            select s.id, c.organisation_id, c.id as campaign_id, c.title, a.id as activity_id, a.task_no, a.content,
                   a.time_text, a.starts_on, a.ends_on, s.unit_id, u.name as unit_name, s.unit_role, c.summary_deadline,
                   c.archived_at, a.cancelled_at
            from assignment s
            join activity a on a.id = s.activity_id
            join campaign c on c.id = a.campaign_id
            join unit u on u.id = s.unit_id and u.organisation_id = c.organisation_id
            """;

    // dates as LocalDate straight from the driver: through java.sql.Date, H2 spent a time-zone conversion on each of
    // a large campaign's 35,000 dates
    private static final RowMapper<AssignmentView> ROW = (rs, n) -> new AssignmentView(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getLong("campaign_id"), rs.getString("title"), rs.getLong("activity_id"),
            rs.getString("task_no"), rs.getString("content"), rs.getString("time_text"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getLong("unit_id"), rs.getString("unit_name"), UnitRole.valueOf(rs.getString("unit_role")),
            rs.getObject("summary_deadline", LocalDate.class),
            rs.getObject("archived_at") != null, rs.getObject("cancelled_at") != null);

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the unit answers for now: nothing of an archived campaign or a cancelled activity. */
    @Transactional(readOnly = true)
    public List<AssignmentView> ofUnit(long organisationId, long unitId) {
        return jdbc.sql(SELECT + """
                         where c.organisation_id = ? and s.unit_id = ? and c.archived_at is null and a.cancelled_at is null
                         order by c.id desc, a.sort_order""")
                .params(organisationId, unitId).query(ROW).list();
    }

    /** The assignment if it belongs to the organisation; another organisation's is as absent as none. */
    @Transactional(readOnly = true)
    public Optional<AssignmentView> find(long organisationId, long assignmentId) {
        return jdbc.sql(SELECT + " where c.organisation_id = ? and s.id = ?").params(organisationId, assignmentId)
                .query(ROW).optional();
    }

    /**
     * The campaign's assignments on activities that were not cancelled. The activities are read once and their texts
     * shared by their assignments: read with each of its 30 assignments, a county campaign's activity texts were a
     * fifth of what a look at its dashboard allocated (README "National scale").
     */
    @Transactional(readOnly = true)
    public List<AssignmentView> ofCampaign(long organisationId, long campaignId) {
        Map<Long, Activity> activities = new HashMap<>();
        jdbc.sql("""
                        select c.organisation_id, c.title, c.summary_deadline, c.archived_at, a.id, a.task_no, a.content,
                               a.time_text, a.starts_on, a.ends_on
                        from activity a join campaign c on c.id = a.campaign_id
                        where c.organisation_id = ? and c.id = ? and a.cancelled_at is null""")
                .params(organisationId, campaignId)
                .query((RowCallbackHandler) rs -> activities.put(rs.getLong("id"), new Activity(
                        rs.getLong("organisation_id"), rs.getString("title"),
                        rs.getObject("summary_deadline", LocalDate.class), rs.getObject("archived_at") != null,
                        rs.getString("task_no"), rs.getString("content"), rs.getString("time_text"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))));
        if (activities.isEmpty()) {
            return List.of();
        }
        Map<Long, String> unitNames = new HashMap<>();
        return jdbc.sql("""
                        select s.id, s.activity_id, s.unit_id, u.name as unit_name, s.unit_role
                        from assignment s
                        join activity a on a.id = s.activity_id
                        join unit u on u.id = s.unit_id and u.organisation_id = ?
                        where a.campaign_id = ? and a.cancelled_at is null
                        order by a.sort_order, s.unit_role desc, u.sort_order""")
                .params(organisationId, campaignId)
                .query((rs, n) -> {
                    long activityId = rs.getLong("activity_id");
                    Activity a = activities.get(activityId);
                    long unitId = rs.getLong("unit_id");
                    String unitName = unitNames.get(unitId);
                    if (unitName == null) {
                        unitName = rs.getString("unit_name");
                        unitNames.put(unitId, unitName);
                    }
                    return new AssignmentView(rs.getLong("id"), a.organisationId(), campaignId, a.campaignTitle(),
                            activityId, a.no(), a.content(), a.timeText(), a.start(), a.end(), unitId, unitName,
                            UnitRole.valueOf(rs.getString("unit_role")), a.summaryDeadline(), a.archived(), false);
                })
                .list();
    }

    /** An activity of a campaign as each of its assignments shows it. */
    private record Activity(long organisationId, String campaignTitle, LocalDate summaryDeadline, boolean archived,
            String no, String content, String timeText, LocalDate start, LocalDate end) {
    }

    /** Whether the unit has any part in the campaign of this organisation. */
    @Transactional(readOnly = true)
    public boolean takesPart(long organisationId, long campaignId, long unitId) {
        return jdbc.sql("""
                        select count(*) from assignment s join activity a on a.id = s.activity_id
                        join campaign c on c.id = a.campaign_id where c.id = ? and c.organisation_id = ? and s.unit_id = ?""")
                .params(campaignId, organisationId, unitId).query(Long.class).single() > 0;
    }
}
