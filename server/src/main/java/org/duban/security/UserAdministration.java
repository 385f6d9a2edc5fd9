package org.duban.security;

import java.util.List;
import org.duban.org.DubanUser;
import org.duban.org.LoginNames;
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
    private final UnitDirectoryService units;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccounts accounts, UnitDirectoryService units, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.events = events;
    }

    List<UserAccount> users(DubanUser admin) {
        return accounts.ofOrganisation(admin.organisationId());
    }

    @Transactional
    long create(DubanUser admin, UserForm form) {
        String username = LoginNames.normalise(form.username());
        if (!username.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new Refused("user.error.username");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new Refused("user.error.usernameTaken", username);
        }
        checkPassword(form.password(), username);
        Role role = checkedRoleAndUnit(admin, form);
        long id = accounts.create(admin.organisationId(), username, passwords.encode(form.password()),
                displayName(form, username), role, form.unitId());
        events.publishEvent(new UserChanged(id, admin.organisationId(), admin.id(), username,
                "created as " + role + (form.unitId() == null ? "" : " of unit " + form.unitId())));
        return id;
    }

    @Transactional
    void update(DubanUser admin, long userId, UserForm form) {
        UserAccount user = ownUser(admin, userId);
        Role role = checkedRoleAndUnit(admin, form);
        boolean enabled = form.enabled() == null || form.enabled();
        if (user.id() == admin.id() && (!enabled || role != Role.ADMIN)) {
            throw new Refused("user.error.notYourself");
        }
        accounts.update(admin.organisationId(), userId, displayName(form, user.username()), role, form.unitId(), enabled);
        events.publishEvent(new UserChanged(userId, admin.organisationId(), admin.id(), user.username(),
                "role " + user.role() + "→" + role + ", unit " + user.unitId() + "→" + form.unitId()
                        + ", enabled " + user.enabled() + "→" + enabled));
    }

    @Transactional
    void resetPassword(DubanUser admin, long userId, String password) {
        UserAccount user = ownUser(admin, userId);
        checkPassword(password, user.username());
        accounts.setPasswordHash(admin.organisationId(), userId, passwords.encode(password));
        events.publishEvent(new UserChanged(userId, admin.organisationId(), admin.id(), user.username(), "password reset"));
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

    private static String displayName(UserForm form, String username) {
        String name = form.displayName() == null ? "" : form.displayName().strip();
        return name.isEmpty() ? username : (name.length() > 100 ? name.substring(0, 100) : name);
    }

    static class Refused extends UserFacingException {
        Refused(String key, Object... args) {
            super(key, args);
        }
    }
}
