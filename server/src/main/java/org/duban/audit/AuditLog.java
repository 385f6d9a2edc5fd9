package org.duban.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and searches the operation log. */
@Service
public class AuditLog {

    static final int PAGE = 50;

    /** The actor of what the application does by itself (a purge, the demo's directory). */
    public static final String SYSTEM = "系统";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate alone;

    AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an action. A change is logged inside the transaction that makes it, so the log says what was
     * committed; the entry is appended just before that transaction commits, so the chain's head is locked only for
     * that moment and always after every other row the transaction locks (no deadlock through the log). An action that
     * changes nothing (an original downloaded) may come from a read-only transaction, which PostgreSQL refuses to
     * write in (H2 does not): it is logged in a transaction of its own, as is anything done outside a transaction.
     */
    public void record(Long organisationId, Long actorId, String actor, String action, String target, String result,
            String detail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            Pending entry = pending(organisationId, actorId, actor, action, target, result, detail);
            PendingEntries batch = TransactionSynchronizationManager.getSynchronizations().stream()
                    .filter(PendingEntries.class::isInstance).map(PendingEntries.class::cast).findFirst().orElse(null);
            if (batch == null) {
                batch = new PendingEntries();
                TransactionSynchronizationManager.registerSynchronization(batch);
            }
            batch.entries.add(entry);
        } else {
            recordAlone(organisationId, actorId, actor, action, target, result, detail);
        }
    }

    /** Records an action in a transaction of its own: a refused login rolls back the request's, but must be logged. */
    public void recordAlone(Long organisationId, Long actorId, String actor, String action, String target,
            String result, String detail) {
        Pending entry = pending(organisationId, actorId, actor, action, target, result, detail);
        alone.executeWithoutResult(status -> append(entry));
    }

    private Pending pending(Long organisationId, Long actorId, String actor, String action, String target,
            String result, String detail) {
        return new Pending(AuditHash.stored(OffsetDateTime.now(clock)), organisationId, actorId, cut(actor, 100),
                address(), action, cut(target, 200), result, cut(detail, 2000));
    }

    /**
     * Appends to the entry's chain: the head row is locked ({@code for update}, on H2 and PostgreSQL alike) until the
     * transaction ends, so concurrent writers on any node link one after another and never to the same predecessor.
     * The id is drawn while the lock is held, so a chain's order is its ids' order.
     */
    void append(Pending p) {
        long chain = chainOf(p.organisationId());
        ensureChain(chain);
        String previous = jdbc.sql("select last_hash from audit_chain where chain_key = ? for update").param(chain)
                .query(String.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_event (chain_key, at, organisation_id, actor_id, actor, address, action, target,
                                                 result, detail, prev_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chain, p.at(), p.organisationId(), p.actorId(), p.actor(), p.address(), p.action(), p.target(),
                        p.result(), p.detail(), previous)
                .update(key, "id");
        long id = key.getKey().longValue();
        String hash = AuditHash.of(id, p.at().toInstant(), p.organisationId(), p.actorId(), p.actor(), p.address(),
                p.action(), p.target(), p.result(), p.detail(), previous);
        jdbc.sql("update audit_event set hash = ? where id = ?").params(hash, id).update();
        jdbc.sql("update audit_chain set last_id = ?, last_hash = ? where chain_key = ?").params(id, hash, chain).update();
    }

    static long chainOf(Long organisationId) {
        return organisationId == null ? 0 : organisationId;
    }

    /**
     * Every chain there is gets its head row at start, before any request is served: otherwise the first writers to
     * a chain each make it in a transaction of their own while holding a connection, and many at once (eight clients
     * on a fresh start) can take every connection of the pool and wait for one more.
     */
    @EventListener(ApplicationReadyEvent.class)
    void headsForEveryChain() {
        ensureChain(chainOf(null));
        jdbc.sql("select id from organisation").query(Long.class).list().forEach(this::ensureChain);
    }

    /**
     * A chain's head row is made the first time the chain is written to, in a transaction of its own (at start for
     * the chains that exist then, and for an organisation made later on its first entry).
     */
    private void ensureChain(long chain) {
        if (jdbc.sql("select count(*) from audit_chain where chain_key = ?").param(chain).query(Integer.class).single() == 0) {
            try {
                alone.executeWithoutResult(status -> jdbc.sql(
                                "insert into audit_chain (chain_key, last_id, last_hash) values (?, null, ?)")
                        .params(chain, AuditHash.GENESIS).update());
            } catch (DuplicateKeyException e) {
                // another writer made it a moment ago: the head is there, which is all that counts
            }
        }
    }

    /**
     * A transaction's entries, appended as it commits. The heads of their chains are locked first, in the order of
     * their keys, so two transactions writing to the same chains never wait for each other in a circle.
     */
    private final class PendingEntries implements TransactionSynchronization {

        final List<Pending> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            entries.stream().map(e -> chainOf(e.organisationId())).distinct().sorted().forEach(chain -> {
                ensureChain(chain);
                jdbc.sql("select last_hash from audit_chain where chain_key = ? for update").param(chain)
                        .query(String.class).single();
            });
            entries.forEach(AuditLog.this::append);
        }
    }

    /** An entry waiting for its transaction to commit: its time and address are those of the action. */
    record Pending(OffsetDateTime at, Long organisationId, Long actorId, String actor, String address, String action,
            String target, String result, String detail) {
    }

    /**
     * The organisation's log, newest first, filtered. Login attempts that named no known account carry no
     * organisation and are shown to every admin, as they may be aimed at any of them.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(long organisationId, Filter filter, int page) {
        StringBuilder sql = new StringBuilder("""
                select * from audit_event where (organisation_id = :org or organisation_id is null)""");
        List<Object[]> params = new ArrayList<>();
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action = :action");
            params.add(new Object[] {"action", filter.action()});
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and lower(actor) like :actor");
            params.add(new Object[] {"actor", "%" + filter.actor().strip().toLowerCase() + "%"});
        }
        if (filter.result() != null && !filter.result().isBlank()) {
            sql.append(" and result = :result");
            params.add(new Object[] {"result", filter.result()});
        }
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            params.add(new Object[] {"from", filter.from().atStartOfDay(zone).toOffsetDateTime()});
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            params.add(new Object[] {"to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()});
        }
        sql.append(" order by at desc, id desc limit ").append(PAGE + 1).append(" offset ").append(Math.max(0, page) * PAGE);
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("org", organisationId);
        for (Object[] p : params) {
            statement = statement.param((String) p[0], p[1]);
        }
        return statement.query((rs, n) -> entry(rs)).list();
    }

    /** Whether the action on the target was logged today from the current request's address. */
    public boolean loggedToday(long organisationId, String action, String target) {
        OffsetDateTime midnight = java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime();
        String address = address();
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        select count(*) from audit_event where chain_key = :chain and at >= :midnight and action = :action
                        and target = :target""" + (address == null ? " and address is null" : " and address = :address"))
                .param("chain", organisationId).param("midnight", midnight).param("action", action)
                .param("target", cut(target, 200));
        if (address != null) {
            statement = statement.param("address", address);
        }
        return statement.query(Integer.class).single() > 0;
    }

    static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                rs.getObject("organisation_id", Long.class), rs.getObject("actor_id", Long.class), rs.getString("actor"),
                rs.getString("address"), rs.getString("action"), rs.getString("target"), rs.getString("result"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /**
     * Entries of the given chains after an id, in chain order, a page at a time: for verifying and exporting a log
     * of any length without holding it in memory.
     */
    List<AuditEntry> page(List<Long> chains, long afterId, OffsetDateTime from, OffsetDateTime to, int size) {
        JdbcClient.StatementSpec statement = jdbc.sql("select * from audit_event where chain_key in (:chains) and id > :after"
                        + (from == null ? "" : " and at >= :from") + (to == null ? "" : " and at < :to")
                        + " order by id limit " + size)
                .param("chains", chains).param("after", afterId);
        if (from != null) {
            statement = statement.param("from", from);
        }
        if (to != null) {
            statement = statement.param("to", to);
        }
        return statement.query((rs, n) -> entry(rs)).list();
    }

    /** Filters of the log page; every one optional. */
    public record Filter(String action, String actor, String result,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    /** The client's address, when the action came with a request. */
    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
