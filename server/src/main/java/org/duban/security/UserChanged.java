package org.duban.security;

/** An admin created a user, changed one's role, unit or state, or reset one's password. */
public record UserChanged(long userId, long organisationId, long adminId, String username, String change) {
}
