package org.duban.security;

/** A user created or revoked one of their access tokens ({@code change}: CREATED or REVOKED), for the audit log. */
public record AccessTokenChanged(long tokenId, long userId, long organisationId, String username, String tokenName,
        String change, String detail) {
}
