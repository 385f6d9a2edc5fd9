package org.duban.security;

import java.util.List;
import org.duban.org.DubanUser;
import org.duban.org.LoginNames;
import org.duban.org.Organisations;
import org.duban.org.PasswordPolicy;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create users, set their role and unit, switch them off and reset their passwords. */
@Service
class UserAdministration {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final UnitDirectoryService units;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final AccessTokens tokens;
    private final TwoFactor twoFactor;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccounts accounts, Organisations organisations, UnitDirectoryService units,
            PasswordEncoder passwords, Sessions sessions, AccessTokens tokens, TwoFactor twoFactor,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.tokens = tokens;
        this.accounts = accounts;
        this.organisations = organisations;
        this.units = units;
        this.passwords = passwords;
        this.events = events;
    }

    List<UserAccount> users(DubanUser admin) {
        return accounts.ofOrganisation(admin.organisationId());
    }

    @Transactional
    long create(DubanUser admin, UserForm form) {
        String username = newUsername(form.username());
        checkPassword(form.password(), username);
        Role role = checkedRoleAndUnit(admin, form);
        long id = accounts.create(admin.organisationId(), username, passwords.encode(form.password()),
                displayName(form.displayName(), username), role, form.unitId());
        accounts.requirePasswordChange(id);
        events.publishEvent(new UserChanged(id, admin.organisationId(), admin.id(), username,
                "created as " + role + (form.unitId() == null ? "" : " of unit " + form.unitId())));
        accounts.retireDemoAccountsIfARealAdministratorExists();
        return id;
    }

    /**
     * The first administrator of a new organisation, at first start (set up on /setup or by DUBAN_ADMIN_USERNAME and
     * DUBAN_ADMIN_PASSWORD). The demo's organisation is never reused for real work; its accounts are switched off.
     */
    @Transactional
    long createFirstAdministrator(String organisation, String username, String displayName, String password) {
        String name = organisation == null ? "" : organisation.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new Refused("setup.error.organisation");
        }
        String login = newUsername(username);
        checkPassword(password, login);
        long org = organisations.create(name, null);
        long id = accounts.create(org, login, passwords.encode(password), displayName(displayName, login), Role.ADMIN, null);
        events.publishEvent(new UserChanged(id, org, id, login, "created as ADMIN, the first administrator of " + name));
        accounts.retireDemoAccountsIfARealAdministratorExists();
        return id;
    }

    /**
     * A bureau one level below the admin's, with its first administrator, who sets a password of their own at the
     * first login: how a city's administrator brings its counties in.
     */
    @Transactional
    long createLowerOrganisation(DubanUser admin, String name, String username, String displayName, String password) {
        String login = newUsername(username);
        checkPassword(password, login);
        long org = organisations.createBelow(admin.organisationId(), name);
        long id = accounts.create(org, login, passwords.encode(password), displayName(displayName, login), Role.ADMIN, null);
        accounts.requirePasswordChange(id);
        events.publishEvent(new UserChanged(id, admin.organisationId(), admin.id(), login,
                "created as ADMIN of the lower organisation " + org + " " + name.strip()));
        accounts.retireDemoAccountsIfARealAdministratorExists();
        return org;
    }

    private String newUsername(String typed) {
        String username = LoginNames.normalise(typed);
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            throw new Refused("user.error.username");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new Refused("user.error.usernameTaken", username);
        }
        return username;
    }

    @Transactional
    void update(DubanUser admin, long userId, UserForm form) {
        UserAccount user = ownUser(admin, userId);
        Role role = checkedRoleAndUnit(admin, form);
        boolean enabled = form.enabled() == null || form.enabled();
        if (user.id() == admin.id() && (!enabled || role != Role.ADMIN)) {
            throw new Refused("user.error.notYourself");
        }
        accounts.update(admin.organisationId(), userId, displayName(form.displayName(), user.username()), role,
                form.unitId(), enabled);
        events.publishEvent(new UserChanged(userId, admin.organisationId(), admin.id(), user.username(),
                "role " + user.role() + "→" + role + ", unit " + user.unitId() + "→" + form.unitId()
                        + ", enabled " + user.enabled() + "→" + enabled));
        if (!enabled || role != user.role() || !java.util.Objects.equals(form.unitId(), user.unitId())) {
            // what the account may do changed: its open sessions end, and it logs in again as what it is now
            sessions.endAllBut(userId, null, Sessions.Ending.ACCOUNT_CHANGED);
        }
        accounts.retireDemoAccountsIfARealAdministratorExists();
    }

    @Transactional
    void resetPassword(DubanUser admin, long userId, String password) {
        UserAccount user = ownUser(admin, userId);
        checkPassword(password, user.username());
        accounts.setPasswordHash(admin.organisationId(), userId, passwords.encode(password), true);
        // a reset is how a stolen password is taken back: nobody stays logged in with the old one, and the API tokens
        // that whoever had it could have made are revoked too
        sessions.endAllBut(userId, null, Sessions.Ending.PASSWORD_RESET);
        int revoked = tokens.revokeAll(userId);
        events.publishEvent(new UserChanged(userId, admin.organisationId(), admin.id(), user.username(),
                "password reset" + (revoked > 0 ? ", " + revoked + " access tokens revoked" : "")));
    }

    @Transactional
    void resetTwoFactor(DubanUser admin, long userId) {
        UserAccount user = ownUser(admin, userId);
        if (twoFactor.reset(userId)) {
            // whoever has the lost phone must not stay logged in with it
            sessions.endAllBut(userId, null, Sessions.Ending.ACCOUNT_CHANGED);
            events.publishEvent(new UserChanged(userId, admin.organisationId(), admin.id(), user.username(),
                    "two-factor login reset"));
        }
    }

    private UserAccount ownUser(DubanUser admin, long userId) {
        return accounts.byId(userId).filter(u -> u.organisationId() == admin.organisationId()).orElseThrow(NotFound::new);
    }

    private Role checkedRoleAndUnit(DubanUser admin, UserForm form) {
        if (form.role() == null) {
            throw new Refused("user.error.role");
        }
        if (form.unitId() != null && units.unit(admin.organisationId(), form.unitId()).isEmpty()) {
            throw new Refused("user.error.unit");
        }
        if (form.role() == Role.UNIT && form.unitId() == null) {
            throw new Refused("user.error.unitNeeded");
        }
        return form.role();
    }

    private static void checkPassword(String password, String username) {
        List<String> problems = PasswordPolicy.problemsWith(password, username);
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0), PasswordPolicy.MIN_LENGTH);
        }
    }

    private static String displayName(String typed, String username) {
        String name = typed == null ? "" : typed.strip();
        return name.isEmpty() ? username : (name.length() > 100 ? name.substring(0, 100) : name);
    }

    static class Refused extends UserFacingException {
        Refused(String key, Object... args) {
            super(key, args);
        }
    }
}
