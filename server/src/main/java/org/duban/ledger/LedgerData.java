package org.duban.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.duban.campaign.UnitRole;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.Progress;
import org.duban.supervision.StatusRules;
import org.duban.supervision.SupervisionProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign's data as it stood at a cut-off, read straight from the tables in a few queries, each row handed on
 * as it is read (a fetch size, so PostgreSQL streams too): memory does not grow with the campaign. Only report
 * events up to the cut-off count; status is worked out by supervision's {@link StatusRules} for the cut-off's day.
 */
@Component
class LedgerData {

    private static final String SUBMIT = "('SUBMITTED', 'RESUBMITTED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionProperties supervision;

    LedgerData(DataSource dataSource, SupervisionProperties supervision) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.supervision = supervision;
    }

    /** Each assignment of the campaign, by activity then unit, as a row of 活动台账. */
    void eachAssignment(long campaignId, Cutoff cutoff, Consumer<LedgerLine> sink) {
        String located = """
                (select ph.%s from report r2 join report_photo rp on rp.report_id = r2.id join photo ph on ph.id = rp.photo_id
                 where r2.assignment_id = s.id and ph.gps_lat is not null and exists (select 1 from report_event e2
                     where e2.report_id = r2.id and e2.action in %s and e2.at <= :t)
                 order by r2.id, rp.sort_order, ph.id fetch first 1 rows only)""";
        String sql = """
                select s.id, a.id as activity_id, a.task_no, a.content, a.time_text, a.starts_on, a.ends_on,
                       s.unit_id, u.name as unit_name, u.sort_order as unit_order, s.unit_role,
                       f.first_at, f.accepted_at, f.returns, f.pending, f.happened_on, f.photos,
                       (select count(*) from notification n where n.assignment_id = s.id and n.kind = 'URGE'
                            and n.created_at <= :t) as urged,
                       (select min(c.closed_at) from activity_closing c where c.activity_id = a.id and c.unit_id = s.unit_id
                            and s.unit_role = 'LEAD' and c.closed_at <= :t) as closed_at,
                       %s as lat, %s as lon
                from assignment s
                join activity a on a.id = s.activity_id
                join unit u on u.id = s.unit_id
                left join (
                    select x.assignment_id, min(x.first_at) as first_at, min(x.accepted_at) as accepted_at,
                           sum(x.returns) as returns,
                           sum(case when x.submits > x.returns + x.accepts then 1 else 0 end) as pending,
                           min(case when x.submits > 0 then x.happened_on end) as happened_on,
                           sum(case when x.submits > 0 then x.photos else 0 end) as photos
                    from (
                        select r.id, r.assignment_id, r.happened_on,
                               min(case when e.action in %s then e.at end) as first_at,
                               min(case when e.action = 'ACCEPTED' then e.at end) as accepted_at,
                               sum(case when e.action in %s then 1 else 0 end) as submits,
                               sum(case when e.action = 'RETURNED' then 1 else 0 end) as returns,
                               sum(case when e.action = 'ACCEPTED' then 1 else 0 end) as accepts,
                               (select count(*) from report_photo p where p.report_id = r.id) as photos
                        from report r
                        join report_event e on e.report_id = r.id
                        join assignment s2 on s2.id = r.assignment_id
                        join activity a2 on a2.id = s2.activity_id
                        where a2.campaign_id = :c and e.at <= :t
                        group by r.id, r.assignment_id, r.happened_on
                    ) x group by x.assignment_id
                ) f on f.assignment_id = s.id
                where a.campaign_id = :c
                order by a.sort_order, a.id, case when s.unit_role = 'LEAD' then 0 else 1 end, u.sort_order, u.id"""
                .formatted(located.formatted("gps_lat", SUBMIT), located.formatted("gps_lon", SUBMIT), SUBMIT, SUBMIT);
        StatusRules rules = supervision.rules();
        LocalDate day = cutoff.day();
        each(sql, params(campaignId, cutoff), rs -> {
            LocalDate start = date(rs, "starts_on");
            LocalDate end = date(rs, "ends_on");
            UnitRole role = UnitRole.valueOf(rs.getString("unit_role"));
            OffsetDateTime firstAt = earliest(rs.getObject("first_at", OffsetDateTime.class),
                    rs.getObject("closed_at", OffsetDateTime.class));
            OffsetDateTime acceptedAt = earliest(rs.getObject("accepted_at", OffsetDateTime.class),
                    rs.getObject("closed_at", OffsetDateTime.class));
            Progress progress = acceptedAt != null ? Progress.ACCEPTED
                    : rs.getInt("pending") > 0 ? Progress.SUBMITTED : Progress.NOTHING;
            AssignmentStatus status = rules.statusOf(start, end, progress, day);
            boolean reported = firstAt != null;
            LocalDate reportDay = reported ? cutoff.local(firstAt).toLocalDate() : null;
            boolean onTime = reported && (end == null || !reportDay.isAfter(end));
            boolean late = end != null && (reported ? reportDay.isAfter(end) : day.isAfter(end));
            int lateDays = late ? WorkingDays.after(end, reported ? reportDay : day) : 0;
            Double lat = (Double) rs.getObject("lat", Double.class);
            Double lon = (Double) rs.getObject("lon", Double.class);
            sink.accept(new LedgerLine(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("task_no"),
                    rs.getString("content"), start, end, rs.getString("time_text"), rs.getLong("unit_id"),
                    rs.getString("unit_name"), rs.getInt("unit_order"), role, status, date(rs, "happened_on"),
                    place(lat, lon), rs.getInt("photos"), cutoff.local(firstAt), cutoff.local(acceptedAt),
                    rs.getInt("returns"), rs.getInt("urged"), reported, onTime, reported || late, late, lateDays,
                    Map.of()));
        });
    }

    /** A step in a report's review: submitted, returned with the reason, resubmitted, accepted. */
    record ReportRound(LocalDateTime at, String activityNo, String content, String unitName, long reportId, int round,
            String action, String actor, String comment) {
    }

    /** Every submission and review of the campaign's reports up to the cut-off, report by report. */
    void eachReportRound(long campaignId, Cutoff cutoff, Consumer<ReportRound> sink) {
        String sql = """
                select e.at, e.action, e.comment, e.report_id, a.task_no, a.content, un.name as unit_name,
                       us.display_name
                from report_event e
                join report r on r.id = e.report_id
                join assignment s on s.id = r.assignment_id
                join activity a on a.id = s.activity_id
                join unit un on un.id = r.unit_id
                join app_user us on us.id = e.actor_id
                where a.campaign_id = :c and e.at <= :t and e.action in ('SUBMITTED', 'RESUBMITTED', 'RETURNED', 'ACCEPTED')
                order by a.sort_order, a.id, un.sort_order, un.id, e.report_id, e.at, e.id""";
        long[] current = {-1, 0};
        each(sql, params(campaignId, cutoff), rs -> {
            long report = rs.getLong("report_id");
            String action = rs.getString("action");
            if (report != current[0]) {
                current[0] = report;
                current[1] = 0;
            }
            if (!action.equals("RETURNED") && !action.equals("ACCEPTED")) {
                current[1]++;
            }
            sink.accept(new ReportRound(cutoff.local(rs.getObject("at", OffsetDateTime.class)), rs.getString("task_no"),
                    rs.getString("content"), rs.getString("unit_name"), report, (int) current[1], action,
                    rs.getString("display_name"), rs.getString("comment")));
        });
    }

    /** A reminder or a 催办 that reached a unit about the campaign. */
    record Reminder(LocalDateTime at, String unitName, String activityNo, String content, String kind, String by,
            String message) {
    }

    /**
     * The 催办 and the automatic reminders about the campaign's assignments, and the 催办 of a whole unit (which
     * names the campaign in its text, having no single assignment), up to the cut-off.
     */
    void eachReminder(long campaignId, String campaignTitle, Cutoff cutoff, Consumer<Reminder> sink) {
        String sql = """
                select n.created_at, n.kind, n.message, un.name as unit_name, a.task_no, a.content, us.display_name
                from notification n
                join unit un on un.id = n.unit_id
                left join assignment s on s.id = n.assignment_id
                left join activity a on a.id = s.activity_id
                left join app_user us on us.id = n.created_by
                where n.created_at <= :t and n.kind in ('URGE', 'DUE_SOON', 'OVERDUE')
                  and (a.campaign_id = :c or (n.assignment_id is null and n.kind = 'URGE'
                       and n.unit_id in (select x.unit_id from assignment x join activity y on y.id = x.activity_id
                                         where y.campaign_id = :c)
                       and n.message like :title))
                order by n.created_at, n.id""";
        MapSqlParameterSource p = params(campaignId, cutoff).addValue("title", "%“" + likeEscaped(campaignTitle) + "”%");
        each(sql, p, rs -> sink.accept(new Reminder(cutoff.local(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("unit_name"), rs.getString("task_no"), rs.getString("content"), rs.getString("kind"),
                rs.getString("display_name"), rs.getString("message"))));
    }

    /** A photo of a report submitted by the cut-off, with the name it has in the report package. */
    record PhotoLine(String fileName, String activityNo, String content, String unitName, long reportId,
            boolean accepted, LocalDate day, long photoId, String sha256, LocalDateTime takenAt, boolean located,
            String place, String reuse) {
    }

    /**
     * The photos of the campaign's reports submitted by the cut-off, by activity, unit and report. Each is named
     * {@code 活动序号_单位_YYYYMMDD_n.jpg} (the day the report says it happened, else the day it was first sent), and
     * marked when the same picture (the same bytes, or nearly the same difference hash) is in another report.
     */
    void eachPhoto(long organisationId, long campaignId, Cutoff cutoff, Consumer<PhotoLine> sink) {
        Map<Long, Integer> uses = new HashMap<>();
        each("""
                        select rp.photo_id, count(*) as n from report_photo rp join report r on r.id = rp.report_id
                        join photo ph on ph.id = rp.photo_id where ph.organisation_id = :o and r.state <> 'DRAFT'
                        group by rp.photo_id having count(*) > 1""",
                new MapSqlParameterSource("o", organisationId), rs -> {
                    uses.put(rs.getLong("photo_id"), rs.getInt("n"));
                });
        List<long[]> hashes = new ArrayList<>();
        each("select id, dhash from photo where organisation_id = :o and dhash is not null",
                new MapSqlParameterSource("o", organisationId),
                rs -> {
                    hashes.add(new long[] {rs.getLong("id"), rs.getLong("dhash")});
                });
        String sql = """
                select a.id as activity_id, a.task_no, a.content, un.id as unit_id, un.name as unit_name, r.id as report_id,
                       r.happened_on, ph.id as photo_id, ph.sha256, ph.taken_at, ph.gps_lat, ph.gps_lon, ph.dhash,
                       (select min(e.at) from report_event e where e.report_id = r.id and e.action in %s and e.at <= :t) as first_at,
                       (select min(e.at) from report_event e where e.report_id = r.id and e.action = 'ACCEPTED' and e.at <= :t) as accepted_at
                from report_photo rp
                join report r on r.id = rp.report_id
                join assignment s on s.id = r.assignment_id
                join activity a on a.id = s.activity_id
                join unit un on un.id = r.unit_id
                join photo ph on ph.id = rp.photo_id
                where a.campaign_id = :c and exists (select 1 from report_event e where e.report_id = r.id
                      and e.action in %s and e.at <= :t)
                order by a.sort_order, a.id, un.sort_order, un.id, r.id, rp.sort_order, ph.id""".formatted(SUBMIT, SUBMIT);
        Map<String, Integer> numbers = new HashMap<>();
        String[] group = {""};
        each(sql, params(campaignId, cutoff), rs -> {
            String unit = rs.getString("unit_name");
            String no = rs.getString("task_no");
            String assignment = rs.getLong("activity_id") + "/" + rs.getLong("unit_id");
            if (!assignment.equals(group[0])) {
                group[0] = assignment; // numbering is per activity, unit and day: only the current pair is kept
                numbers.clear();
            }
            LocalDate day = date(rs, "happened_on");
            if (day == null) {
                day = cutoff.local(rs.getObject("first_at", OffsetDateTime.class)).toLocalDate();
            }
            String stem = fileSafe(no) + "_" + fileSafe(unit) + "_" + day.toString().replace("-", "");
            int n = numbers.merge(stem, 1, Integer::sum);
            long photoId = rs.getLong("photo_id");
            Long dhash = (Long) rs.getObject("dhash", Long.class); // none for a photo that could not be processed
            Double lat = (Double) rs.getObject("gps_lat", Double.class);
            Double lon = (Double) rs.getObject("gps_lon", Double.class);
            Timestamp taken = rs.getTimestamp("taken_at");
            sink.accept(new PhotoLine(stem + "_" + n + ".jpg", no, rs.getString("content"), unit,
                    rs.getLong("report_id"), rs.getObject("accepted_at", OffsetDateTime.class) != null, day, photoId,
                    rs.getString("sha256"), taken == null ? null : taken.toLocalDateTime(), lat != null && lon != null,
                    place(lat, lon), reuse(photoId, dhash, uses, hashes)));
        });
    }

    private static String reuse(long photoId, Long dhash, Map<Long, Integer> uses, List<long[]> hashes) {
        List<String> why = new ArrayList<>();
        Integer n = uses.get(photoId);
        if (n != null) {
            why.add("同一照片用于 " + n + " 份报告");
        }
        int alike = 0;
        for (long[] h : dhash == null ? List.<long[]>of() : hashes) {
            if (h[0] != photoId && Long.bitCount(h[1] ^ dhash) <= org.duban.photo.PhotoService.SAME_PICTURE) {
                alike++;
            }
        }
        if (alike > 0) {
            why.add("与另外 " + alike + " 张照片几乎相同");
        }
        return String.join("；", why);
    }

    private void each(String sql, MapSqlParameterSource params, RowCallbackHandler row) {
        jdbc.query(sql, params, row);
    }

    private static MapSqlParameterSource params(long campaignId, Cutoff cutoff) {
        return new MapSqlParameterSource("c", campaignId).addValue("t", cutoff.offset());
    }

    static String place(Double lat, Double lon) {
        return lat == null || lon == null ? null : String.format(Locale.ROOT, "GPS %.5f, %.5f", lat, lon);
    }

    /** A name that is a safe file name on Windows, macOS and Linux alike. */
    static String fileSafe(String s) {
        String safe = s == null ? "" : s.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "_");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
