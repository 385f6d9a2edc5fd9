package org.duban.security;

import java.util.List;
import org.duban.org.DubanUser;
import org.duban.org.PasswordPolicy;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user replaces their own password: at will, and at the first login after an administrator set it. The current
 * password is asked for (a session left open must not be enough to take the account over), and a wrong one counts
 * as a failed login for the guard.
 */
@Service
class PasswordChange {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final LoginGuard guard;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    PasswordChange(UserAccounts accounts, PasswordEncoder passwords, LoginGuard guard, Sessions sessions,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.guard = guard;
        this.sessions = sessions;
        this.events = events;
    }

    /** Changes the password; other sessions of the account end. The account as it now is, for the session to carry. */
    @Transactional(noRollbackFor = UserAdministration.Refused.class)
    UserAccount change(DubanUser me, Long currentSession, String current, String next, String repeated, String address) {
        UserAccount account = accounts.byId(me.id()).orElseThrow(NotFound::new);
        LoginGuard.Verdict verdict = guard.check(account.username(), address);
        if (!verdict.open()) {
            throw new UserAdministration.Refused(verdict.messageKey(), verdict.messageArgument());
        }
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            guard.record(account.username(), address, false);
            throw new UserAdministration.Refused("password.error.current");
        }
        if (next == null || !next.equals(repeated)) {
            throw new UserAdministration.Refused("password.error.repeat");
        }
        List<String> problems = PasswordPolicy.problemsWith(next, account.username());
        if (!problems.isEmpty()) {
            throw new UserAdministration.Refused(problems.get(0), PasswordPolicy.MIN_LENGTH);
        }
        if (passwords.matches(next, account.passwordHash())) {
            throw new UserAdministration.Refused("password.error.same");
        }
        accounts.setPasswordHash(account.organisationId(), account.id(), passwords.encode(next), false);
        sessions.endAllBut(account.id(), currentSession, Sessions.Ending.PASSWORD_RESET);
        events.publishEvent(new UserChanged(account.id(), account.organisationId(), account.id(), account.username(),
                "password changed by its user"));
        return accounts.byId(account.id()).orElseThrow(NotFound::new);
    }
}
