package org.duban.org;

/**
 * A person who logs in. A UNIT member belongs to one unit; coordinators may belong to the coordinating unit.
 * {@code mustChangePassword}: the password was set by an administrator, and its user replaces it at the next login.
 * {@code demo}: one of the demo's accounts, whose password the README publishes.
 */
public record UserAccount(long id, long organisationId, String username, String passwordHash, String displayName,
        Role role, Long unitId, boolean enabled, boolean mustChangePassword, boolean demo) {
}
