package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.springframework.security.core.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browser sessions of each user, kept in the database: opened at login, seen on each request (written at most
 * once a minute), ended by logging out, by the user from another device, or when an admin disables the account or
 * resets its password. A servlet session whose row has ended is refused on its next request, on any node.
 */
@Service
class Sessions {

    /** The servlet session attribute holding the row's id. */
    static final String ATTRIBUTE = "org.duban.security.session";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Why a session ended. */
    enum Ending { LOGGED_OUT, SIGNED_OUT_ELSEWHERE, ACCOUNT_CHANGED, PASSWORD_RESET }

    /** A session as its user sees it. */
    record ActiveSession(long id, OffsetDateTime createdAt, OffsetDateTime lastSeenAt, String address, String browser,
            boolean current) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Sessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the session the user just logged in with, and ties the servlet session to it. */
    long open(DubanUser user, HttpServletRequest request) {
        HttpSession session = request.getSession();
        long id = record(user.id(), request.getRemoteAddr(), request.getHeader("User-Agent"), idleLimit(session));
        session.setAttribute(ATTRIBUTE, id);
        return id;
    }

    @Transactional
    long record(long userId, String address, String userAgent, Duration idleLimit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into user_session (user_id, created_at, last_seen_at, expires_at, address, user_agent)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(userId, now, now, now.plus(idleLimit), cut(address, 64), cut(userAgent, 200))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The row a servlet session belongs to, if it was opened by a login. */
    static Optional<Long> idOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /** Whether the session may go on; notes that it was seen. */
    @Transactional
    boolean stillOpen(long id, HttpSession session) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OffsetDateTime[]> rows = jdbc.sql("select ended_at, last_seen_at from user_session where id = ?").param(id)
                .query((rs, n) -> new OffsetDateTime[] {rs.getObject("ended_at", OffsetDateTime.class),
                        rs.getObject("last_seen_at", OffsetDateTime.class)})
                .list();
        if (rows.isEmpty() || rows.get(0)[0] != null) {
            return false;
        }
        if (rows.get(0)[1].isBefore(now.minus(TOUCH_EVERY))) {
            jdbc.sql("update user_session set last_seen_at = ?, expires_at = ? where id = ? and ended_at is null")
                    .params(now, now.plus(idleLimit(session)), id).update();
        }
        return true;
    }

    /** The user's sessions that are neither ended nor timed out, the latest first. */
    @Transactional(readOnly = true)
    List<ActiveSession> active(long userId, Long currentId) {
        return jdbc.sql("""
                        select * from user_session where user_id = ? and ended_at is null and expires_at > ?
                        order by last_seen_at desc, id desc""")
                .params(userId, OffsetDateTime.now(clock))
                .query((rs, n) -> new ActiveSession(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_seen_at", OffsetDateTime.class), rs.getString("address"),
                        Browsers.describe(rs.getString("user_agent")), Long.valueOf(rs.getLong("id")).equals(currentId)))
                .list();
    }

    /** Logging out ends the session's row too (a LogoutHandler). */
    void endAtLogout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof DubanUser user) {
            idOf(request).ifPresent(id -> end(user.id(), id, Ending.LOGGED_OUT));
        }
    }

    /** Ends one of the user's own sessions; false when it is not theirs or no longer open. */
    @Transactional
    boolean end(long userId, long sessionId, Ending why) {
        return jdbc.sql("update user_session set ended_at = ?, ended_why = ? where id = ? and user_id = ? and ended_at is null")
                .params(OffsetDateTime.now(clock), why.name(), sessionId, userId).update() == 1;
    }

    /** Ends every open session of the user but one ({@code keep}, may be null). */
    @Transactional
    int endAllBut(long userId, Long keep, Ending why) {
        return jdbc.sql("""
                        update user_session set ended_at = ?, ended_why = ?
                        where user_id = ? and ended_at is null and id <> ?""")
                .params(OffsetDateTime.now(clock), why.name(), userId, keep == null ? -1L : keep).update();
    }

    private static Duration idleLimit(HttpSession session) {
        int seconds = session.getMaxInactiveInterval();
        return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofDays(30);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
