package org.duban.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.PhotoService;
import org.duban.photo.Upload;
import org.duban.report.Report;
import org.duban.report.ReportState;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units write and hand in their campaign summaries; coordinators see who has, and review them as they review reports:
 * a summary waits (待审), is returned with a reason (已退回) and handed in again, or is accepted (已通过). The states
 * and the history's shape are the report's ({@link ReportState}, {@link Report.Event}).
 */
@Service
public class SummaryService {

    static final int MAX_BODY = 20_000;
    static final int MAX_PHOTOS = 30;
    static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final Assignments assignments;
    private final CampaignService campaigns;
    private final PhotoService photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SummaryService(JdbcClient jdbc, Assignments assignments, CampaignService campaigns, PhotoService photos,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.campaigns = campaigns;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    /** The units taking part in the campaign, each with whether it has handed in, in directory order. */
    @Transactional(readOnly = true)
    public List<SummaryStanding> standings(long organisationId, long campaignId) {
        return jdbc.sql("""
                        select u.id, u.name, s.handed_in_at, s.state from unit u
                        left join unit_summary s on s.unit_id = u.id and s.campaign_id = :campaign
                        where u.organisation_id = :org and u.id in (
                            select x.unit_id from assignment x join activity a on a.id = x.activity_id
                            join campaign c on c.id = a.campaign_id where c.id = :campaign and c.organisation_id = :org)
                        order by u.sort_order, u.id""")
                .param("campaign", campaignId).param("org", organisationId)
                .query((rs, n) -> new SummaryStanding(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("handed_in_at", OffsetDateTime.class),
                        rs.getString("state") == null ? null : ReportState.valueOf(rs.getString("state"))))
                .list();
    }

    /** The unit's summary of the campaign, if one was started; only its own unit, coordinators and leaders see it. */
    @Transactional(readOnly = true)
    public Optional<UnitSummary> find(DubanUser user, long campaignId, long unitId) {
        if (!user.seesUnit(unitId)) {
            throw new NotFound();
        }
        requireParticipant(user.organisationId(), campaignId, unitId);
        return jdbc.sql("""
                        select s.*, u.name, a.display_name from unit_summary s join unit u on u.id = s.unit_id
                        join app_user a on a.id = s.author_id where s.campaign_id = ? and s.unit_id = ?""")
                .params(campaignId, unitId)
                .query((rs, n) -> new UnitSummary(rs.getLong("id"), campaignId, unitId, rs.getString("name"),
                        rs.getString("display_name"), rs.getString("body"),
                        rs.getObject("handed_in_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                        photosOf(user.organisationId(), rs.getLong("id")), ReportState.valueOf(rs.getString("state")),
                        historyOf(rs.getLong("id"))))
                .optional();
    }

    /**
     * Saves the unit's summary and, with {@code handIn}, hands it in. Photos are added to those already there;
     * a refused photo keeps the whole request from being stored.
     */
    @Transactional
    public UnitSummary save(DubanUser user, long campaignId, String body, boolean handIn, List<Upload> uploads) {
        Long unitId = user.unitId();
        if (unitId == null || !user.actsFor(unitId)) {
            throw new Refused(403, "summary.error.notYourUnit");
        }
        requireParticipant(user.organisationId(), campaignId, unitId);
        if (campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new).archived()) {
            throw new Refused(409, "report.error.campaignArchived");
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_BODY) {
            throw new Refused(400, "summary.error.tooLong", MAX_BODY);
        }
        if (handIn && text.isEmpty()) {
            throw new Refused(400, "summary.error.empty");
        }
        if (uploads.stream().mapToLong(Upload::size).sum() > photos.maxReportBytes()) {
            throw new Refused(413, "report.error.photosTooLarge", photos.maxReportBytes() / 1024 / 1024);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long id = jdbc.sql("select id from unit_summary where campaign_id = ? and unit_id = ?").params(campaignId, unitId)
                .query(Long.class).optional().orElse(null);
        ReportState was = id == null ? ReportState.DRAFT : ReportState.valueOf(jdbc.sql(
                "select state from unit_summary where id = ?").param(id).query(String.class).single());
        if (was == ReportState.ACCEPTED) {
            throw new Refused(409, "summary.error.accepted");
        }
        if (id == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into unit_summary (campaign_id, unit_id, author_id, body, updated_at) values (?, ?, ?, ?, ?)")
                    .params(campaignId, unitId, user.id(), text, now).update(key, "id");
            id = key.getKey().longValue();
        }
        int attached = jdbc.sql("select count(*) from unit_summary_photo where summary_id = ?").param(id)
                .query(Integer.class).single();
        if (attached + uploads.size() > MAX_PHOTOS) {
            throw new Refused(400, "report.error.tooManyPhotos", MAX_PHOTOS);
        }
        for (Upload upload : uploads) {
            Photo photo;
            try (InputStream in = upload.source().open()) {
                photo = photos.store(user.organisationId(), user.id(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jdbc.sql("""
                            insert into unit_summary_photo (summary_id, photo_id, sort_order)
                            select ?, ?, ? where not exists (select 1 from unit_summary_photo where summary_id = ? and photo_id = ?)""")
                    .params(id, photo.id(), attached++, id, photo.id()).update();
        }
        // a handed-in summary changed without handing it in again stays where it was: waiting, or returned
        ReportState next = handIn ? ReportState.SUBMITTED : was;
        jdbc.sql("""
                        update unit_summary set body = ?, author_id = ?, updated_at = ?, state = ?,
                            handed_in_at = case when ? and handed_in_at is null then ? else handed_in_at end
                        where id = ?""")
                .params(text, user.id(), now, next.name(), handIn, now, id).update();
        event(id, user.id(), !handIn ? "SAVED" : was == ReportState.RETURNED ? "RESUBMITTED"
                : was == ReportState.SUBMITTED ? "UPDATED" : "SUBMITTED", null);
        return find(user, campaignId, unitId).orElseThrow();
    }

    /** The coordinator accepts a handed-in summary (已通过), with an optional comment. */
    @Transactional
    public UnitSummary accept(DubanUser reviewer, long campaignId, long unitId, String comment) {
        return review(reviewer, campaignId, unitId, comment, true);
    }

    /** The coordinator returns a handed-in summary to its unit with the reason (已退回); the unit hands it in again. */
    @Transactional
    public UnitSummary returnToUnit(DubanUser reviewer, long campaignId, long unitId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new Refused(400, "report.error.returnNeedsComment");
        }
        return review(reviewer, campaignId, unitId, comment, false);
    }

    private UnitSummary review(DubanUser reviewer, long campaignId, long unitId, String comment, boolean accepted) {
        if (!reviewer.canReview()) {
            throw new Refused(403, "report.error.notReviewer");
        }
        UnitSummary summary = find(reviewer, campaignId, unitId).orElseThrow(NotFound::new);
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new Refused(400, "report.error.commentTooLong", MAX_COMMENT);
        }
        ReportState next = accepted ? ReportState.ACCEPTED : ReportState.RETURNED;
        int changed = jdbc.sql("update unit_summary set state = ? where id = ? and state = 'SUBMITTED'")
                .params(next.name(), summary.id()).update();
        if (changed == 0) {
            throw new Refused(409, "summary.error.notAwaitingReview");
        }
        event(summary.id(), reviewer.id(), accepted ? "ACCEPTED" : "RETURNED", c);
        events.publishEvent(new SummaryReviewed(summary.id(), campaignId, unitId, reviewer.organisationId(),
                reviewer.id(), accepted, c));
        return find(reviewer, campaignId, unitId).orElseThrow();
    }

    private void event(long summaryId, long actorId, String action, String comment) {
        jdbc.sql("insert into unit_summary_event (summary_id, actor_id, action, comment, at) values (?, ?, ?, ?, ?)")
                .params(summaryId, actorId, action, comment, OffsetDateTime.now(clock)).update();
    }

    private List<Report.Event> historyOf(long summaryId) {
        return jdbc.sql("""
                        select e.action, u.display_name, e.comment, e.at from unit_summary_event e
                        join app_user u on u.id = e.actor_id where e.summary_id = ? order by e.at, e.id""")
                .param(summaryId)
                .query((rs, n) -> new Report.Event(rs.getString("action"), rs.getString("display_name"),
                        rs.getString("comment"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** A photo of a summary the user may see. */
    @Transactional(readOnly = true)
    public Photo photo(DubanUser user, long campaignId, long unitId, long photoId) {
        UnitSummary summary = find(user, campaignId, unitId).orElseThrow(NotFound::new);
        return summary.photos().stream().filter(p -> p.id() == photoId).findFirst().orElseThrow(NotFound::new);
    }

    public InputStream open(Photo photo, Photo.Variant variant) {
        try {
            return photos.open(photo, variant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Photo> photosOf(long organisationId, long summaryId) {
        return jdbc.sql("select photo_id from unit_summary_photo where summary_id = ? order by sort_order").param(summaryId)
                .query(Long.class).list().stream().map(id -> photos.find(organisationId, id).orElseThrow()).toList();
    }

    private void requireParticipant(long organisationId, long campaignId, long unitId) {
        if (!assignments.takesPart(organisationId, campaignId, unitId)) {
            throw new NotFound();
        }
    }

    static class Refused extends UserFacingException {
        Refused(int status, String key, Object... args) {
            super(status, key, args);
        }
    }
}
