package org.duban.org;

import java.io.Serializable;

/**
 * A person who logs in. A UNIT member belongs to one unit; coordinators may belong to the coordinating unit.
 * {@code mustChangePassword}: the password was set by an administrator, and its user replaces it at the next login.
 * {@code demo}: one of the demo's accounts, whose password the README publishes.
 * Serializable because a logged-in user lives in the session, which several nodes keep in the database.
 */
public record UserAccount(long id, long organisationId, String username, String passwordHash, String displayName,
        Role role, Long unitId, boolean enabled, boolean mustChangePassword, boolean demo) implements Serializable {
}
