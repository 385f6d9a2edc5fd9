package org.duban.security;

/**
 * Someone tried to log in. {@code outcome} is SUCCESS, FAILURE, LOCKED_OUT (this failure locked the account from
 * that address) or BLOCKED (refused without checking the password, because of a lockout or throttling).
 */
public record LoginAttempted(String username, String address, String outcome, Long userId, Long organisationId) {
}
