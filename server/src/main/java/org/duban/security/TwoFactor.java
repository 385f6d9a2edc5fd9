package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.duban.org.Role;
import org.duban.org.UserAccount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor login (TOTP) for those who can change the most: administrators and coordinators. They set it up at
 * their first login (until then nothing else opens), and from then on give a code from their authenticator app after
 * the password. A wrong code counts as a failed login for the guard, so codes cannot be guessed faster than
 * passwords; a code is accepted once. HTTP Basic, which cannot carry a code, is refused for them: their API clients
 * use access tokens, which they can only make after logging in with both factors. The demo's accounts are exempt
 * (their password is public anyway). An administrator resets it for a user who lost their phone.
 */
@Service
@EnableConfigurationProperties(TwoFactor.Settings.class)
class TwoFactor {

    /**
     * {@code duban.two-factor.*}
     *
     * @param required whether administrators and coordinators must use a second factor
     */
    @ConfigurationProperties("duban.two-factor")
    record Settings(@DefaultValue("true") boolean required) {
    }

    /** Where a browser session stands; kept in the session from the login on. */
    enum State { ENROL, PENDING, PASSED }

    static final String ATTRIBUTE = "org.duban.security.twoFactor";
    static final String ISSUER = "督办 Duban";

    private final Settings settings;
    private final JdbcClient jdbc;
    private final LoginGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactor(Settings settings, JdbcClient jdbc, LoginGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this account must log in with a second factor. */
    boolean required(UserAccount account) {
        return settings.required() && !account.demo() && (account.role() == Role.ADMIN || account.role() == Role.COORDINATOR);
    }

    boolean required(DubanUser user) {
        return settings.required() && !user.demo() && (user.role() == Role.ADMIN || user.role() == Role.COORDINATOR);
    }

    @Transactional(readOnly = true)
    boolean enrolled(long userId) {
        return jdbc.sql("select count(*) from second_factor where user_id = ? and confirmed_at is not null").param(userId)
                .query(Long.class).single() > 0;
    }

    /** After the password: what the session still needs. Empty when nothing. */
    Optional<State> afterPassword(DubanUser user) {
        if (enrolled(user.id())) {
            return Optional.of(State.PENDING);
        }
        return required(user) ? Optional.of(State.ENROL) : Optional.empty();
    }

    static Optional<State> stateOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof State s ? Optional.of(s) : Optional.empty();
    }

    /** The secret being set up (made on first asking); empty once it is confirmed. */
    @Transactional
    Optional<String> pendingSecret(DubanUser user) {
        Optional<String[]> row = jdbc.sql("select secret, confirmed_at from second_factor where user_id = ?").param(user.id())
                .query((rs, n) -> new String[] {rs.getString("secret"), rs.getString("confirmed_at")}).optional();
        if (row.isPresent()) {
            return row.get()[1] == null ? Optional.of(row.get()[0]) : Optional.empty();
        }
        String secret = Totp.newSecret();
        jdbc.sql("insert into second_factor (user_id, secret) values (?, ?)").params(user.id(), secret).update();
        return Optional.of(secret);
    }

    /** Confirms the set-up with a first code from the app. */
    @Transactional(noRollbackFor = UserAdministration.Refused.class)
    void confirm(DubanUser user, String code, String address) {
        String secret = pendingSecret(user).orElseThrow(() -> new UserAdministration.Refused("twoFactor.error.alreadySetUp"));
        long step = accept(user, secret, null, code, address);
        jdbc.sql("update second_factor set confirmed_at = ?, last_step = ? where user_id = ?")
                .params(OffsetDateTime.now(clock), step, user.id()).update();
        events.publishEvent(new UserChanged(user.id(), user.organisationId(), user.id(), user.getUsername(),
                "two-factor login set up"));
    }

    /** The second step of a login. */
    @Transactional(noRollbackFor = UserAdministration.Refused.class)
    void verify(DubanUser user, String code, String address) {
        String[] row = jdbc.sql("select secret, last_step from second_factor where user_id = ? and confirmed_at is not null")
                .param(user.id()).query((rs, n) -> new String[] {rs.getString("secret"), rs.getString("last_step")})
                .optional().orElseThrow(() -> new UserAdministration.Refused("twoFactor.error.notSetUp"));
        long step = accept(user, row[0], row[1] == null ? null : Long.valueOf(row[1]), code, address);
        jdbc.sql("update second_factor set last_step = ? where user_id = ?").params(step, user.id()).update();
    }

    /** An administrator resets a user's second factor (a lost phone): they set it up again at their next login. */
    @Transactional
    boolean reset(long userId) {
        return jdbc.sql("delete from second_factor where user_id = ?").param(userId).update() > 0;
    }

    private long accept(DubanUser user, String secret, Long lastStep, String code, String address) {
        LoginGuard.Verdict verdict = guard.check(user.getUsername(), address);
        if (!verdict.open()) {
            throw new UserAdministration.Refused(verdict.messageKey(), verdict.messageArgument());
        }
        long step = Totp.stepOf(secret, code, clock.instant());
        if (step < 0 || (lastStep != null && step <= lastStep)) {
            guard.record(user.getUsername(), address, false);
            events.publishEvent(new LoginAttempted(user.getUsername(), address, "FAILURE", user.id(), user.organisationId()));
            throw new UserAdministration.Refused("twoFactor.error.code");
        }
        return step;
    }
}
