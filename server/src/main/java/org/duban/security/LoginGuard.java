package org.duban.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.duban.org.LoginNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a password may be checked at all, before it is. Three rules, all kept in the database so they hold
 * across app nodes, all temporary, none a hard lock of an account:
 * <ul>
 * <li><b>An account, from everywhere</b>: after {@value #FREE_FAILURES} failures in a day, each further try must wait
 * a delay that doubles from {@link #FIRST_DELAY} up to {@link #LONGEST_DELAY} after the last failure. Guessing at
 * {@code admin} from ten addresses then takes hours for forty guesses instead of seconds.</li>
 * <li><b>An account at one address</b>: {@value #FAILURES_BEFORE_LOCKOUT} failures there since its last success there
 * lock it from that address for {@link #WINDOW}.</li>
 * <li><b>An address</b>: {@value #FAILURES_BEFORE_THROTTLE} failures from it in {@link #WINDOW}, with any names,
 * throttle it for names that have not logged in from there.</li>
 * </ul>
 * An account that has logged in from an address in the last {@link #KNOWN_FOR} (its station's own computer, the
 * county office behind one NAT address) is not held up there by the first and the last rule: guessing elsewhere, or
 * by someone else behind the same address, must not keep a station out on deadline day. Refusals are answered at
 * once (429 with Retry-After, or the login page with the time to wait); no thread sleeps.
 */
@Service
class LoginGuard {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MEMORY = Duration.ofHours(24);
    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final int FAILURES_BEFORE_THROTTLE = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration KNOWN_FOR = Duration.ofDays(30);

    /** Why a password is not checked now. */
    enum Refusal { SLOWED, LOCKED, THROTTLED }

    /** The answer: open, or refused until {@code retryAfter} has passed. */
    record Verdict(Refusal refusal, Duration retryAfter) {

        static final Verdict OPEN = new Verdict(null, Duration.ZERO);

        boolean open() {
            return refusal == null;
        }

        /** The message key saying why, for the user. */
        String messageKey() {
            return switch (refusal) {
                case SLOWED -> "login.slowed";
                case LOCKED -> "login.locked";
                case THROTTLED -> "login.throttled";
            };
        }

        /** Its argument: seconds to wait when slowed, the lockout's minutes otherwise. */
        Object messageArgument() {
            return refusal == Refusal.SLOWED ? retryAfterSeconds() : WINDOW.toMinutes();
        }

        /** Whole seconds to wait, never 0 for a refusal. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final int PRUNE_EVERY = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong recorded = new AtomicLong();

    LoginGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Verdict check(String typedName, String address) {
        String username = stored(typedName);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean known = knownAt(username, address, now);
        if (!known && failuresFrom(address, now.minus(WINDOW)) >= FAILURES_BEFORE_THROTTLE) {
            return new Verdict(Refusal.THROTTLED, WINDOW);
        }
        if (failuresOf(username, address, now.minus(WINDOW)) >= FAILURES_BEFORE_LOCKOUT) {
            return new Verdict(Refusal.LOCKED, WINDOW);
        }
        if (!known) {
            AccountFailures failures = failuresOf(username, now.minus(ACCOUNT_MEMORY));
            if (failures.count() >= FREE_FAILURES) {
                OffsetDateTime until = failures.last().plus(delayAfter(failures.count()));
                if (now.isBefore(until)) {
                    return new Verdict(Refusal.SLOWED, Duration.between(now, until));
                }
            }
        }
        return Verdict.OPEN;
    }

    /** The wait after an account's {@code failures}-th failure: 2 s after the fifth, doubling, at most 15 minutes. */
    static Duration delayAfter(long failures) {
        long doublings = failures - FREE_FAILURES;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        if (doublings >= 20) {
            return LONGEST_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Records a password check; true when this failure is the one that locks the account from this address. */
    @Transactional
    boolean record(String typedName, String address, boolean succeeded) {
        String username = stored(typedName);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into login_attempt (username, address, succeeded, at) values (?, ?, ?, ?)")
                .params(username, address, succeeded, now).update();
        if (recorded.incrementAndGet() % PRUNE_EVERY == 0) {
            // no rule looks further back than KNOWN_FOR: a flood of guesses must not grow the table for ever
            jdbc.sql("delete from login_attempt where at < ?").param(now.minus(KNOWN_FOR).minusDays(1)).update();
        }
        return !succeeded && failuresOf(username, address, now.minus(WINDOW)) == FAILURES_BEFORE_LOCKOUT;
    }

    /** Whether the account has logged in from this address lately. */
    private boolean knownAt(String username, String address, OffsetDateTime now) {
        return jdbc.sql("""
                        select count(*) from login_attempt
                        where username = ? and address = ? and succeeded = true and at > ?""")
                .params(username, address, now.minus(KNOWN_FOR)).query(Long.class).single() > 0;
    }

    /** Failures of this account from this address since its last success there. */
    private long failuresOf(String username, String address, OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) from login_attempt f
                        where f.username = :u and f.address = :a and f.succeeded = false and f.at > :since
                          and not exists (select 1 from login_attempt s where s.username = :u and s.address = :a
                                          and s.succeeded = true and s.at >= f.at)""")
                .param("u", username).param("a", address).param("since", since)
                .query(Long.class).single();
    }

    private record AccountFailures(long count, OffsetDateTime last) {
    }

    /** Failures of this account from every address: a success does not wipe them, as it says nothing of a guesser. */
    private AccountFailures failuresOf(String username, OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) as n, max(at) as last_at from login_attempt
                        where username = ? and succeeded = false and at > ?""")
                .params(username, since)
                .query((rs, row) -> new AccountFailures(rs.getLong("n"), rs.getObject("last_at", OffsetDateTime.class)))
                .single();
    }

    private long failuresFrom(String address, OffsetDateTime since) {
        return jdbc.sql("select count(*) from login_attempt where address = ? and succeeded = false and at > ?")
                .params(address, since).query(Long.class).single();
    }

    /** The name as it is counted: normalised, and cut to the column's width (no account has a longer name). */
    static String stored(String typedName) {
        String u = LoginNames.normalise(typedName);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
