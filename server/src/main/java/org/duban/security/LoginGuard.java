package org.duban.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lockout and throttling. An account is locked only against the address its password was guessed from, so
 * somebody guessing from elsewhere cannot lock a station out on deadline day; an address that fails too often with
 * any accounts is throttled. Both are temporary and kept in the database, so they hold across app nodes.
 */
@Service
class LoginGuard {

    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final int FAILURES_BEFORE_THROTTLE = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    enum Verdict { OPEN, LOCKED, THROTTLED }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Verdict check(String username, String address) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(WINDOW);
        if (failuresFrom(address, since) >= FAILURES_BEFORE_THROTTLE) {
            return Verdict.THROTTLED;
        }
        return failuresOf(username, address, since) >= FAILURES_BEFORE_LOCKOUT ? Verdict.LOCKED : Verdict.OPEN;
    }

    /** Records the attempt; true when this failure is the one that locks the account from this address. */
    @Transactional
    boolean record(String username, String address, boolean succeeded) {
        jdbc.sql("insert into login_attempt (username, address, succeeded, at) values (?, ?, ?, ?)")
                .params(cut(username), address, succeeded, OffsetDateTime.now(clock)).update();
        return !succeeded && failuresOf(username, address, OffsetDateTime.now(clock).minus(WINDOW)) == FAILURES_BEFORE_LOCKOUT;
    }

    /** Failures of this account from this address since its last success there. */
    private long failuresOf(String username, String address, OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) from login_attempt f
                        where f.username = :u and f.address = :a and f.succeeded = false and f.at > :since
                          and not exists (select 1 from login_attempt s where s.username = :u and s.address = :a
                                          and s.succeeded = true and s.at >= f.at)""")
                .param("u", cut(username)).param("a", address).param("since", since)
                .query(Long.class).single();
    }

    private long failuresFrom(String address, OffsetDateTime since) {
        return jdbc.sql("select count(*) from login_attempt where address = ? and succeeded = false and at > ?")
                .params(address, since).query(Long.class).single();
    }

    private static String cut(String username) {
        String u = username == null ? "" : username;
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
