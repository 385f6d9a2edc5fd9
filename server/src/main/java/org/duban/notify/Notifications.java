package org.duban.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.org.DubanUser;
import org.duban.org.UnitChannels;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells a unit something: in the app at once, and by its e-mail and webhook through the outbox. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Senders senders;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Outbox outbox, Senders senders, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.senders = senders;
        this.clock = clock;
    }

    /**
     * @param dedupeKey one notification per key, ever: the same reminder found again by another scan or node is
     *                  dropped here, and so are its e-mail and webhook
     * @return whether it was new
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tell(long organisationId, UnitChannels unit, Long assignmentId, ReminderKind kind, String subject,
            String message, String dedupeKey, Long createdBy) {
        try {
            int inserted = jdbc.sql("""
                            insert into notification (organisation_id, unit_id, assignment_id, kind, message, dedupe_key,
                                                      created_by, created_at)
                            select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from notification where dedupe_key = ?)""")
                    .params(organisationId, unit.unitId(), assignmentId, kind.name(), cut(message), dedupeKey, createdBy,
                            OffsetDateTime.now(clock), dedupeKey)
                    .update();
            if (inserted == 0) {
                return false;
            }
        } catch (DuplicateKeyException e) {
            return false;
        }
        if (unit.hasEmail() && senders.canMail()) {
            outbox.enqueue(organisationId, dedupeKey + ":MAIL", Outbox.Channel.MAIL, unit.email(), null, subject, message);
        }
        if (unit.hasWebhook()) {
            outbox.enqueue(organisationId, dedupeKey + ":" + unit.webhookKind(), Outbox.Channel.valueOf(unit.webhookKind()),
                    unit.webhookUrl(), unit.webhookSecret(), subject, message);
        }
        return true;
    }

    @Transactional(readOnly = true)
    public int unread(DubanUser user) {
        if (user.unitId() == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from notification n where n.unit_id = ? and not exists
                        (select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)""")
                .params(user.unitId(), user.id()).query(Integer.class).single();
    }

    /** The unit's notifications, newest first; reading them marks them read for this user. */
    @Transactional
    public List<Item> readAll(DubanUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        List<Item> items = jdbc.sql("""
                        select n.id, n.kind, n.message, n.assignment_id, n.created_at,
                               exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?) as seen
                        from notification n where n.unit_id = ? order by n.created_at desc, n.id desc limit 200""")
                .params(user.id(), user.unitId())
                .query((rs, n) -> new Item(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")),
                        rs.getString("message"), (Long) rs.getObject("assignment_id", Long.class),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("seen")))
                .list();
        for (Item item : items) {
            if (!item.seen()) {
                jdbc.sql("insert into notification_read (notification_id, user_id) select ?, ? where not exists "
                        + "(select 1 from notification_read where notification_id = ? and user_id = ?)")
                        .params(item.id(), user.id(), item.id(), user.id()).update();
            }
        }
        return items;
    }

    public record Item(long id, ReminderKind kind, String message, Long assignmentId, OffsetDateTime at, boolean seen) {
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
