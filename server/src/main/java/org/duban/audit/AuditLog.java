package org.duban.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and searches the operation log. */
@Service
public class AuditLog {

    static final int PAGE = 50;

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
     * committed. An action that changes nothing (an original downloaded) may come from a read-only transaction,
     * which PostgreSQL refuses to write in (H2 does not): it is logged in a transaction of its own, as is anything
     * done outside a transaction.
     */
    public void record(Long organisationId, Long actorId, String actor, String action, String target, String result,
            String detail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(organisationId, actorId, actor, action, target, result, detail);
        } else {
            recordAlone(organisationId, actorId, actor, action, target, result, detail);
        }
    }

    /** Records an action in a transaction of its own: a refused login rolls back the request's, but must be logged. */
    public void recordAlone(Long organisationId, Long actorId, String actor, String action, String target,
            String result, String detail) {
        alone.executeWithoutResult(status -> insert(organisationId, actorId, actor, action, target, result, detail));
    }

    private void insert(Long organisationId, Long actorId, String actor, String action, String target, String result,
            String detail) {
        jdbc.sql("""
                        insert into audit_event (at, organisation_id, actor_id, actor, address, action, target, result, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), organisationId, actorId, cut(actor, 100), address(), action,
                        cut(target, 200), result, cut(detail, 2000))
                .update();
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
        return statement.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                (Long) rs.getObject("organisation_id", Long.class), (Long) rs.getObject("actor_id", Long.class),
                rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("target"),
                rs.getString("result"), rs.getString("detail"))).list();
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
