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

    public boolean canCoordinate() {
        return account.role() == Role.COORDINATOR || account.role() == Role.ADMIN;
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
