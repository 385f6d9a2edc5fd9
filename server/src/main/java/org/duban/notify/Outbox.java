package org.duban.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.duban.org.RobotAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages leaving Duban. {@link #enqueue} keeps one message per dedupe key, however many nodes or runs try;
 * {@link #sendDue} claims each message with one conditional update before sending it, so two nodes sending at the
 * same moment send it once. During quiet hours a message waits until they end.
 */
@Service
class Outbox {

    enum Channel { MAIL, DINGTALK, WECOM }

    record Message(long id, Channel channel, String target, String secret, String subject, String body) {
    }

    /** A claim older than this is taken to belong to a node that died while sending. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    private static final int MAX_ATTEMPTS = 6;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotifyProperties properties;
    private final Senders senders;

    Outbox(JdbcClient jdbc, Clock clock, NotifyProperties properties, Senders senders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.senders = senders;
    }

    /** Queues a message unless one with the same key exists; true when it was new. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean enqueue(long organisationId, String dedupeKey, Channel channel, String target, String secret,
            String subject, String body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            return jdbc.sql("""
                            insert into outbox (organisation_id, dedupe_key, channel, target, secret, subject, body,
                                                not_before, created_at)
                            select ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from outbox where dedupe_key = ?)""")
                    .params(organisationId, dedupeKey, channel.name(), target, secret, cut(subject, 300), cut(body, 4000),
                            afterQuietHours(now), now, dedupeKey)
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // another node queued it between our check and our insert
        }
    }

    /** Sends what is due; returns how many went out. */
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> due = jdbc.sql("""
                        select id from outbox where sent_at is null and not_before <= ? and attempts < ?
                          and (claimed_at is null or claimed_at < ?) order by id""")
                .params(now, MAX_ATTEMPTS, now.minus(STALE_CLAIM)).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            if (claim(id, now)) {
                sent += send(message(id)) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql("""
                        update outbox set claimed_at = ? where id = ? and sent_at is null
                          and (claimed_at is null or claimed_at < ?)""")
                .params(now, id, now.minus(STALE_CLAIM)).update() == 1;
    }

    private boolean send(Message m) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            senders.send(m);
            jdbc.sql("update outbox set sent_at = ?, last_error = null where id = ?").params(now, m.id()).update();
            return true;
        } catch (RobotAddresses.Refused e) {
            // not a robot's address (saved before the rule, or its name now resolves into the intranet): never sent
            log.warn("Outbox message {} over {} not sent: its address is refused ({})", m.id(), m.channel(), e.messageKey());
            jdbc.sql("update outbox set attempts = ?, claimed_at = null, last_error = ? where id = ?")
                    .params(MAX_ATTEMPTS, cut("address refused: " + e.messageKey() + " " + java.util.Arrays.toString(e.args()), 500),
                            m.id())
                    .update();
            return false;
        } catch (RuntimeException e) {
            log.warn("Sending outbox message {} over {} failed: {}", m.id(), m.channel(), e.getMessage());
            int attempts = jdbc.sql("select attempts from outbox where id = ?").param(m.id()).query(Integer.class).single() + 1;
            jdbc.sql("update outbox set attempts = ?, claimed_at = null, last_error = ?, not_before = ? where id = ?")
                    .params(attempts, cut(String.valueOf(e.getMessage()), 500), now.plusMinutes(5L << attempts), m.id())
                    .update();
            return false;
        }
    }

    private Message message(long id) {
        return jdbc.sql("select id, channel, target, secret, subject, body from outbox where id = ?").param(id)
                .query((rs, n) -> new Message(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("target"), rs.getString("secret"), rs.getString("subject"), rs.getString("body")))
                .single();
    }

    /** Now, or the end of the quiet hours if now is inside them (22:00–07:00 spans midnight). */
    OffsetDateTime afterQuietHours(OffsetDateTime now) {
        ZonedDateTime local = now.atZoneSameInstant(clock.getZone());
        LocalTime from = properties.quietFrom();
        LocalTime to = properties.quietTo();
        LocalTime t = local.toLocalTime();
        boolean quiet = from.isAfter(to) ? !t.isBefore(from) || t.isBefore(to) : !t.isBefore(from) && t.isBefore(to);
        if (!quiet || from.equals(to)) {
            return now;
        }
        LocalDate day = t.isBefore(to) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(to).atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
