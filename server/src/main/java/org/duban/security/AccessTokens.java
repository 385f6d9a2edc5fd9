package org.duban.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.org.DubanUser;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer dbn_…}): a user makes one in 我的账号 for a phone
 * or an integration, sees it once, and can revoke it; it expires after the days chosen. A call with a token costs two
 * indexed reads (the token by its hash, the account by id) instead of a BCrypt check, and is refused at once when the
 * token was revoked or expired or the account disabled. Its last use (time and address) is written at most once a
 * minute.
 */
@Service
class AccessTokens {

    static final String PREFIX = "dbn_";
    static final List<Integer> LIFETIMES_DAYS = List.of(7, 30, 90, 365);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it in the list; never the token itself. */
    record TokenView(long id, String name, Set<Scope> scopes, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, String lastUsedAddress, OffsetDateTime revokedAt, boolean active) {
    }

    /** A token just made: the only moment its value is known outside the client. */
    record Created(long id, String token) {
    }

    private record Row(long id, long userId, String scopes, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, UserAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Created create(DubanUser user, String name, Set<Scope> scopes, Integer days) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new UserAdministration.Refused("token.error.name");
        }
        if (scopes == null || scopes.isEmpty() || !Scope.allowedFor(user.role()).containsAll(scopes)) {
            throw new UserAdministration.Refused("token.error.scopes");
        }
        if (days == null || !LIFETIMES_DAYS.contains(days)) {
            throw new UserAdministration.Refused("token.error.days");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String scopeList = scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into access_token (user_id, name, token_hash, scopes, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(user.id(), label, hash(token), scopeList, now, now.plusDays(days)).update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(new AccessTokenChanged(id, user.id(), user.organisationId(), user.getUsername(), label,
                "CREATED", scopeList + ", " + days + " days"));
        return new Created(id, token);
    }

    @Transactional(readOnly = true)
    List<TokenView> of(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("select * from access_token where user_id = ? order by revoked_at desc, created_at desc, id desc")
                .param(userId)
                .query((rs, n) -> {
                    OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
                    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
                    return new TokenView(rs.getLong("id"), rs.getString("name"), scopes(rs.getString("scopes")),
                            rs.getObject("created_at", OffsetDateTime.class), expires,
                            rs.getObject("last_used_at", OffsetDateTime.class), rs.getString("last_used_address"), revoked,
                            revoked == null && expires.isAfter(now));
                })
                .list();
    }

    /** Revokes one of the user's own tokens. */
    @Transactional
    void revoke(DubanUser user, long tokenId) {
        String name = jdbc.sql("select name from access_token where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, user.id()).query(String.class).optional().orElseThrow(NotFound::new);
        jdbc.sql("update access_token set revoked_at = ? where id = ?").params(OffsetDateTime.now(clock), tokenId).update();
        events.publishEvent(new AccessTokenChanged(tokenId, user.id(), user.organisationId(), user.getUsername(), name,
                "REVOKED", null));
    }

    /** Revokes every token of an account (its password was reset); the number revoked. */
    @Transactional
    int revokeAll(long userId) {
        return jdbc.sql("update access_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), userId).update();
    }

    /** The API caller a token stands for, if it is one of ours, unrevoked, unexpired, and its account enabled. */
    @Transactional
    Optional<Authentication> authenticate(String token, String address) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Row> found = jdbc.sql("""
                        select id, user_id, scopes, expires_at, last_used_at, revoked_at from access_token
                        where token_hash = ?""")
                .param(hash(token))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("user_id"), rs.getString("scopes"),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .optional();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (found.isEmpty() || found.get().revokedAt() != null || !found.get().expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Row row = found.get();
        Optional<UserAccount> account = accounts.byId(row.userId()).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
            jdbc.sql("update access_token set last_used_at = ?, last_used_address = ? where id = ?")
                    .params(now, address == null || address.length() > 64 ? null : address, row.id()).update();
        }
        return Optional.of(caller(new DubanUser(account.get()), scopes(row.scopes())));
    }

    /** An authenticated API caller: the role, and of the scopes asked for those the role allows. */
    static Authentication caller(DubanUser user, Set<Scope> scopes) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        for (Scope s : scopes) {
            if (Scope.allowedFor(user.role()).contains(s)) {
                authorities.add(new SimpleGrantedAuthority(s.authority()));
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private static Set<Scope> scopes(String list) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                scopes.add(Scope.valueOf(s.strip()));
            }
        }
        return scopes;
    }

    static String hash(String token) {
        return org.duban.web.Digests.sha256Hex(token);
    }
}
