package org.duban.org;

/** A person who logs in. A UNIT member belongs to one unit; coordinators may belong to the coordinating unit. */
public record UserAccount(long id, long organisationId, String username, String passwordHash, String displayName,
        Role role, Long unitId, boolean enabled) {
}
