package org.duban.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user: who, in which organisation and unit, with which role. */
public final class DubanUser implements UserDetails {

    private final UserAccount account;

    public DubanUser(UserAccount account) {
        this.account = account;
    }

    public long id() {
        return account.id();
    }

    public long organisationId() {
        return account.organisationId();
    }

    public Long unitId() {
        return account.unitId();
    }

    public Role role() {
        return account.role();
    }

    public String displayName() {
        return account.displayName();
    }

    /** The password was set by an administrator; its user replaces it before doing anything else. */
    public boolean mustChangePassword() {
        return account.mustChangePassword();
    }

    /** One of the demo's accounts, whose password is published. */
    public boolean demo() {
        return account.demo();
    }

    public boolean canCoordinate() {
        return account.role() == Role.COORDINATOR || account.role() == Role.ADMIN;
    }

    /** Coordinators review reports; nobody else does. */
    public boolean canReview() {
        return canCoordinate();
    }

    /** Whether the user may see this unit's assignments and reports: their own unit, or all for coordinators and leaders. */
    public boolean seesUnit(long unitId) {
        return account.role() != Role.UNIT || Long.valueOf(unitId).equals(account.unitId());
    }

    /** Whether the user may write for this unit: a member of it (leaders only read). */
    public boolean actsFor(long unitId) {
        return account.role() != Role.LEADER && Long.valueOf(unitId).equals(account.unitId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
