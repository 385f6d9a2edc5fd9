package org.duban.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.UnitRole;
import org.duban.metric.ReportCounts;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.Upload;
import org.duban.photo.PhotoService;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of reporting and review. Every method takes the acting user and checks, on the object, that they may
 * act: a unit writes only its own reports; coordinators review; everything outside the user's scope is "not found".
 */
@Service
public class ReportService {

    static final int MAX_BODY = 20_000;
    static final int MAX_COMMENT = 2_000;
    static final int MAX_PHOTOS = 20;

    private final JdbcClient jdbc;
    private final Assignments assignments;
    private final PhotoService photos;
    private final ReportCounts counts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(JdbcClient jdbc, Assignments assignments, PhotoService photos, ReportCounts counts,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.photos = photos;
        this.counts = counts;
        this.events = events;
        this.clock = clock;
    }

    /** The assignment, if the user may see it. */
    @Transactional(readOnly = true)
    public AssignmentView assignment(DubanUser user, long assignmentId) {
        return assignments.find(user.organisationId(), assignmentId).filter(a -> user.seesUnit(a.unitId()))
                .orElseThrow(NotFound::new);
    }

    /**
     * Saves a draft or submits a report, with its photos, in one transaction: if a photo is refused, nothing of the
     * request is kept. Submitting the same form twice gives the one report the first submission made.
     */
    @Transactional
    public Report save(DubanUser user, long assignmentId, ReportForm form, List<Upload> uploads) {
        AssignmentView assignment = assignment(user, assignmentId);
        if (!user.actsFor(assignment.unitId())) {
            throw new ReportRuleBroken(403, "report.error.notYourUnit");
        }
        if (!assignment.takesReports()) {
            throw new ReportRuleBroken(409, assignment.archived() ? "report.error.campaignArchived"
                    : "report.error.activityCancelled");
        }
        String formKey = checkedKey(form.formKey());
        Optional<Row> byKey = rowByFormKey(formKey);
        if (byKey.isPresent() && (byKey.get().assignmentId != assignmentId)) {
            throw new ReportRuleBroken("report.error.formReused");
        }
        if (byKey.isPresent() && !byKey.get().state.editable()) {
            return find(user, byKey.get().id); // the same form again: a double tap or a retry
        }
        String body = form.body() == null ? "" : form.body().strip();
        if (body.length() > MAX_BODY) {
            throw new ReportRuleBroken("report.error.bodyTooLong", MAX_BODY);
        }
        if (form.submits() && body.isEmpty()) {
            throw new ReportRuleBroken("report.error.emptyBody");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.happenedOn() != null && (form.happenedOn().isAfter(today) || form.happenedOn().getYear() < 2000)) {
            throw new ReportRuleBroken("report.error.happenedOn");
        }
        checkUploads(uploads);
        List<ReportCounts.Count> given = form.counts() == null ? null
                : counts.read(assignment.activityId(), form.counts());
        Long jointWith = form.counts() == null ? null : jointPartner(user, assignment, form.jointWith());

        Row row = byKey.or(() -> continued(user, assignmentId, form.reportId()))
                .orElseGet(() -> insert(user, assignment, formKey, body, form.happenedOn()));
        if (!form.removePhotos().isEmpty()) {
            int removed = 0;
            for (long photoId : form.removePhotos()) {
                removed += jdbc.sql("delete from report_photo where report_id = ? and photo_id = ?")
                        .params(row.id, photoId).update();
            }
            if (removed > 0) {
                // the evidence a unit took back stays in the report's history
                event(row.id, user.id(), "PHOTOS_REMOVED", String.valueOf(removed));
            }
        }
        int attached = attachedCount(row.id);
        if (attached + uploads.size() > MAX_PHOTOS) {
            throw new ReportRuleBroken("report.error.tooManyPhotos", MAX_PHOTOS);
        }
        for (Upload upload : uploads) {
            Photo photo = store(user, upload);
            jdbc.sql("""
                            insert into report_photo (report_id, photo_id, sort_order)
                            select ?, ?, ? where not exists (select 1 from report_photo where report_id = ? and photo_id = ?)""")
                    .params(row.id, photo.id(), attached++, row.id, photo.id()).update();
        }
        if (given != null) {
            counts.replace(row.id, given);
            jdbc.sql("update report set joint_with_unit_id = ? where id = ?").params(jointWith, row.id).update();
        }
        ReportState next = form.submits() ? ReportState.SUBMITTED : row.state;
        // the report remembers the last form that wrote it, so that form sent again finds it
        jdbc.sql("update report set body = ?, happened_on = ?, state = ?, form_key = ?, updated_at = ? where id = ?")
                .params(body, form.happenedOn() == null ? null : Date.valueOf(form.happenedOn()), next.name(),
                        formKey, OffsetDateTime.now(clock), row.id)
                .update();
        String action = !form.submits() ? "SAVED" : row.state == ReportState.RETURNED ? "RESUBMITTED" : "SUBMITTED";
        event(row.id, user.id(), action, null);
        events.publishEvent(new ReportSaved(row.id, assignmentId, user.organisationId(), user.id(), uploads.size()));
        if (form.submits()) {
            events.publishEvent(new ReportSubmitted(row.id, assignmentId, assignment.unitId(), user.organisationId(),
                    user.id()));
        }
        return find(user, row.id);
    }

    /**
     * The unit a joint event's numbers are left to: another unit with a part in the same activity. Null when the
     * report carries its own numbers.
     */
    private Long jointPartner(DubanUser user, AssignmentView assignment, Long unitId) {
        if (unitId == null) {
            return null;
        }
        boolean partner = unitId != assignment.unitId() && assignments.ofCampaign(user.organisationId(),
                assignment.campaignId()).stream().anyMatch(a -> a.activityId() == assignment.activityId()
                        && a.unitId() == unitId);
        if (!partner) {
            throw new ReportRuleBroken("report.error.jointPartner");
        }
        return unitId;
    }

    /** The other units with a part in the assignment's activity: whom a joint event's numbers can be left to. */
    @Transactional(readOnly = true)
    public List<AssignmentView> partners(DubanUser user, AssignmentView assignment) {
        return assignments.ofCampaign(user.organisationId(), assignment.campaignId()).stream()
                .filter(a -> a.activityId() == assignment.activityId() && a.unitId() != assignment.unitId()).toList();
    }

    @Transactional
    public Report accept(DubanUser reviewer, long reportId, String comment) {
        return review(reviewer, reportId, comment, true);
    }

    @Transactional
    public Report returnToUnit(DubanUser reviewer, long reportId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ReportRuleBroken("report.error.returnNeedsComment");
        }
        return review(reviewer, reportId, comment, false);
    }

    private Report review(DubanUser reviewer, long reportId, String comment, boolean accepted) {
        if (!reviewer.canReview()) {
            throw new ReportRuleBroken(403, "report.error.notReviewer");
        }
        Row row = row(reviewer, reportId);
        if (row.state != ReportState.SUBMITTED) {
            throw new ReportRuleBroken(409, "report.error.notAwaitingReview");
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new ReportRuleBroken("report.error.commentTooLong", MAX_COMMENT);
        }
        ReportState next = accepted ? ReportState.ACCEPTED : ReportState.RETURNED;
        int changed = jdbc.sql("update report set state = ?, updated_at = ? where id = ? and state = 'SUBMITTED'")
                .params(next.name(), OffsetDateTime.now(clock), reportId).update();
        if (changed == 0) {
            throw new ReportRuleBroken(409, "report.error.notAwaitingReview");
        }
        event(reportId, reviewer.id(), accepted ? "ACCEPTED" : "RETURNED", c);
        events.publishEvent(new ReportReviewed(reportId, row.unitId, reviewer.organisationId(), reviewer.id(), accepted));
        return find(reviewer, reportId);
    }

    /** The lead unit marks its activity done with a closing note. */
    @Transactional
    public void closeActivity(DubanUser user, long assignmentId, String note) {
        AssignmentView assignment = assignment(user, assignmentId);
        if (assignment.role() != UnitRole.LEAD || !user.actsFor(assignment.unitId())) {
            throw new ReportRuleBroken(403, "report.error.onlyLeadCloses");
        }
        if (!assignment.takesReports()) {
            throw new ReportRuleBroken(409, assignment.archived() ? "report.error.campaignArchived"
                    : "report.error.activityCancelled");
        }
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new ReportRuleBroken("report.error.closingNote");
        }
        try {
            jdbc.sql("insert into activity_closing (activity_id, unit_id, note, closed_by, closed_at) values (?, ?, ?, ?, ?)")
                    .params(assignment.activityId(), assignment.unitId(), note.strip(), user.id(), OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ReportRuleBroken(409, "report.error.alreadyClosed");
        }
    }

    /** The lead's closing note on the activity, if it has been closed. */
    @Transactional(readOnly = true)
    public Optional<Closing> closingOf(long activityId) {
        return jdbc.sql("""
                        select c.note, c.closed_at, u.display_name from activity_closing c
                        join app_user u on u.id = c.closed_by where c.activity_id = ?""")
                .param(activityId)
                .query((rs, n) -> new Closing(rs.getString("note"), rs.getString("display_name"),
                        rs.getObject("closed_at", OffsetDateTime.class)))
                .optional();
    }

    public record Closing(String note, String closedBy, OffsetDateTime at) {
    }

    @Transactional(readOnly = true)
    public Report find(DubanUser user, long reportId) {
        Row row = row(user, reportId);
        List<Photo> attached = jdbc.sql("select photo_id from report_photo where report_id = ? order by sort_order")
                .param(reportId).query(Long.class).list().stream()
                .map(id -> photos.find(user.organisationId(), id).orElseThrow()).toList();
        List<Report.Event> history = jdbc.sql("""
                        select e.action, u.display_name, e.comment, e.at from report_event e
                        join app_user u on u.id = e.actor_id where e.report_id = ? order by e.at, e.id""")
                .param(reportId)
                .query((rs, n) -> new Report.Event(rs.getString("action"), rs.getString("display_name"),
                        rs.getString("comment"), rs.getObject("at", OffsetDateTime.class)))
                .list();
        List<ReportCounts.Count> given = counts.of(reportId);
        return jdbc.sql("""
                        select r.*, u.display_name, j.name as joint_name from report r
                        join app_user u on u.id = r.author_id left join unit j on j.id = r.joint_with_unit_id
                        where r.id = ?""")
                .param(reportId)
                .query((rs, n) -> new Report(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("unit_id"),
                        rs.getString("display_name"), rs.getString("body"),
                        rs.getDate("happened_on") == null ? null : rs.getDate("happened_on").toLocalDate(),
                        ReportState.valueOf(rs.getString("state")), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class), attached, history, given,
                        (Long) rs.getObject("joint_with_unit_id", Long.class), rs.getString("joint_name")))
                .single();
    }

    /** The reports on an assignment the user may see, newest first. Drafts are seen only by their own unit. */
    @Transactional(readOnly = true)
    public List<Report> ofAssignment(DubanUser user, long assignmentId) {
        AssignmentView assignment = assignment(user, assignmentId);
        boolean ownUnit = user.actsFor(assignment.unitId());
        return jdbc.sql("select id, state from report where assignment_id = ? order by created_at desc, id desc")
                .param(assignmentId)
                .query((rs, n) -> ownUnit || !rs.getString("state").equals("DRAFT") ? rs.getLong("id") : null)
                .list().stream().filter(java.util.Objects::nonNull).map(id -> find(user, id)).toList();
    }

    /** Reports waiting for review in the reviewer's organisation, oldest first. */
    @Transactional(readOnly = true)
    public List<QueueItem> awaitingReview(DubanUser reviewer) {
        if (!reviewer.canReview()) {
            throw new ReportRuleBroken(403, "report.error.notReviewer");
        }
        return jdbc.sql("""
                        select r.id, r.assignment_id, r.updated_at, u.name as unit_name, a.task_no, a.content,
                               c.title, (select count(*) from report_photo p where p.report_id = r.id) as photos,
                               (select count(*) from report_event e where e.report_id = r.id and e.action = 'RETURNED') as returns
                        from report r
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        join campaign c on c.id = a.campaign_id
                        join unit u on u.id = r.unit_id
                        where c.organisation_id = ? and r.state = 'SUBMITTED'
                        order by r.updated_at, r.id""")
                .param(reviewer.organisationId())
                .query((rs, n) -> new QueueItem(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("title"),
                        rs.getString("task_no"), rs.getString("content"), rs.getString("unit_name"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("photos"), rs.getInt("returns") > 0))
                .list();
    }

    public record QueueItem(long reportId, long assignmentId, String campaignTitle, String activityNo, String content,
            String unitName, OffsetDateTime submittedAt, int photos, boolean resubmitted) {
    }

    /** How far each assignment has got, from its reports and, for leads, the activity's closing. */
    @Transactional(readOnly = true)
    public Map<Long, AssignmentStanding> standings(Collection<AssignmentView> of) {
        if (of.isEmpty()) {
            return new HashMap<>();
        }
        Map<Long, List<String>> states = new HashMap<>();
        List<Long> ids = of.stream().map(AssignmentView::id).toList();
        jdbc.sql("select assignment_id, state from report where assignment_id in (:ids)").param("ids", ids)
                .query((rs, n) -> states.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        List<Long> closed = jdbc.sql("select activity_id from activity_closing where activity_id in (:ids)")
                .param("ids", of.stream().map(AssignmentView::activityId).distinct().toList())
                .query(Long.class).list();
        return standings(of, states, closed);
    }

    /** The same for a whole campaign, in two queries however many assignments it has. */
    @Transactional(readOnly = true)
    public Map<Long, AssignmentStanding> standingsOfCampaign(long campaignId, Collection<AssignmentView> of) {
        Map<Long, List<String>> states = new HashMap<>();
        jdbc.sql("""
                        select r.assignment_id, r.state from report r where r.campaign_id = ?""")
                .param(campaignId)
                .query((rs, n) -> states.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        List<Long> closed = jdbc.sql("""
                        select c.activity_id from activity_closing c join activity a on a.id = c.activity_id
                        where a.campaign_id = ?""")
                .param(campaignId).query(Long.class).list();
        return standings(of, states, closed);
    }

    private static Map<Long, AssignmentStanding> standings(Collection<AssignmentView> of,
            Map<Long, List<String>> states, List<Long> closedActivities) {
        Map<Long, AssignmentStanding> out = new HashMap<>();
        java.util.Set<Long> closed = new java.util.HashSet<>(closedActivities);
        for (AssignmentView a : of) {
            List<String> s = states.getOrDefault(a.id(), List.of());
            boolean leadClosed = a.role() == UnitRole.LEAD && closed.contains(a.activityId());
            out.put(a.id(), new AssignmentStanding(leadClosed || s.contains("ACCEPTED"), s.contains("SUBMITTED"),
                    s.contains("RETURNED"), s.size()));
        }
        return out;
    }

    /** Day by day, how many reports of a campaign were submitted and accepted: the progress chart's data. */
    @Transactional(readOnly = true)
    public List<DayCount> progressByDay(long organisationId, long campaignId) {
        return jdbc.sql("""
                        select cast(e.at as date) as on_day, e.action, count(*) as n from report_event e
                        join campaign c on c.id = e.campaign_id
                        where c.id = ? and c.organisation_id = ? and e.action in ('SUBMITTED', 'RESUBMITTED', 'ACCEPTED')
                        group by cast(e.at as date), e.action order by 1""")
                .params(campaignId, organisationId)
                .query((rs, n) -> new DayCount(rs.getDate("on_day").toLocalDate(), rs.getString("action"), rs.getInt("n")))
                .list();
    }

    public record DayCount(LocalDate day, String action, int count) {
    }

    /**
     * For each photo of the report, the other reports of the organisation that used the same picture (the same bytes
     * or nearly the same difference hash): evidence used twice is worth the coordinator's look.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<EarlierUse>> earlierUses(DubanUser user, Report report) {
        Map<Long, List<EarlierUse>> uses = new HashMap<>();
        for (Photo photo : report.photos()) {
            List<Long> same = new ArrayList<>(photos.samePictureAs(photo));
            same.add(photo.id());
            List<EarlierUse> found = jdbc.sql("""
                            select r.id, r.assignment_id, r.unit_id, u.name, a.task_no, r.created_at from report_photo p
                            join report r on r.id = p.report_id
                            join unit u on u.id = r.unit_id
                            join assignment s on s.id = r.assignment_id
                            join activity a on a.id = s.activity_id
                            where p.photo_id in (:photos) and r.id <> :report and r.state <> 'DRAFT'
                            order by r.created_at""")
                    .param("photos", same).param("report", report.id())
                    .query((rs, n) -> user.seesUnit(rs.getLong("unit_id")) ? new EarlierUse(rs.getLong("id"),
                            rs.getLong("assignment_id"), rs.getString("name"), rs.getString("task_no"),
                            rs.getObject("created_at", OffsetDateTime.class)) : null)
                    .list().stream().filter(java.util.Objects::nonNull).toList();
            if (!found.isEmpty()) {
                uses.put(photo.id(), found);
            }
        }
        return uses;
    }

    public record EarlierUse(long reportId, long assignmentId, String unitName, String activityNo, OffsetDateTime at) {
    }

    /** The bytes of a photo of a report the user may see. */
    @Transactional(readOnly = true)
    public PhotoBytes photo(DubanUser user, long reportId, long photoId, Photo.Variant variant) {
        Report report = find(user, reportId);
        Photo photo = report.photos().stream().filter(p -> p.id() == photoId).findFirst().orElseThrow(NotFound::new);
        if (variant == Photo.Variant.ORIGINAL) {
            events.publishEvent(new PhotoDownloaded(reportId, photoId, user.organisationId(), user.id()));
        }
        try {
            return new PhotoBytes(photo, variant, photos.open(photo, variant));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record PhotoBytes(Photo photo, Photo.Variant variant, InputStream content) {
    }

    public long maxPhotoBytes() {
        return photos.maxBytes();
    }

    private Photo store(DubanUser user, Upload upload) {
        try (InputStream in = upload.source().open()) {
            return photos.store(user.organisationId(), user.id(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkUploads(List<Upload> uploads) {
        long total = uploads.stream().mapToLong(Upload::size).sum();
        if (total > photos.maxReportBytes()) {
            throw new ReportRuleBroken(413, "report.error.photosTooLarge", photos.maxReportBytes() / 1024 / 1024);
        }
    }

    private Optional<Row> continued(DubanUser user, long assignmentId, Long reportId) {
        if (reportId == null) {
            return Optional.empty();
        }
        Row row = row(user, reportId);
        if (row.assignmentId != assignmentId || !user.actsFor(row.unitId)) {
            throw new NotFound();
        }
        if (!row.state.editable()) {
            throw new ReportRuleBroken(409, "report.error.notEditable");
        }
        return Optional.of(row);
    }

    private Row insert(DubanUser user, AssignmentView assignment, String formKey, String body, LocalDate happenedOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into report (assignment_id, campaign_id, unit_id, author_id, body, happened_on, state,
                                                form_key, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                    .params(assignment.id(), assignment.campaignId(), assignment.unitId(), user.id(), body,
                            happenedOn == null ? null : Date.valueOf(happenedOn), formKey, now, now)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            // the same form raced itself: the other request's report is this one
            throw new ReportRuleBroken(409, "report.error.alreadySubmitting");
        }
        long id = key.getKey().longValue();
        event(id, user.id(), "CREATED", null);
        return new Row(id, assignment.id(), assignment.unitId(), ReportState.DRAFT);
    }

    private int attachedCount(long reportId) {
        return jdbc.sql("select count(*) from report_photo where report_id = ?").param(reportId).query(Integer.class)
                .single();
    }

    private void event(long reportId, long actorId, String action, String comment) {
        jdbc.sql("""
                        insert into report_event (report_id, campaign_id, actor_id, action, comment, at)
                        select id, campaign_id, ?, ?, ?, ? from report where id = ?""")
                .params(actorId, action, comment, OffsetDateTime.now(clock), reportId).update();
    }

    /** The report's key facts, if it is in the user's organisation and unit scope; "not found" otherwise. */
    private Row row(DubanUser user, long reportId) {
        return jdbc.sql("""
                        select r.id, r.assignment_id, r.unit_id, r.state from report r
                        join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        join campaign c on c.id = a.campaign_id
                        where r.id = ? and c.organisation_id = ?""")
                .params(reportId, user.organisationId())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("unit_id"),
                        ReportState.valueOf(rs.getString("state"))))
                .optional()
                .filter(r -> user.seesUnit(r.unitId))
                .filter(r -> r.state != ReportState.DRAFT || user.actsFor(r.unitId))
                .orElseThrow(NotFound::new);
    }

    private Optional<Row> rowByFormKey(String formKey) {
        return jdbc.sql("select id, assignment_id, unit_id, state from report where form_key = ?").param(formKey)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("unit_id"),
                        ReportState.valueOf(rs.getString("state"))))
                .optional();
    }

    private static String checkedKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9-]{16,64}")) {
            throw new ReportRuleBroken("report.error.formKey");
        }
        return key;
    }

    private record Row(long id, long assignmentId, long unitId, ReportState state) {
    }
}
