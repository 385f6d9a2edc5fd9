package org.duban.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.duban.org.DubanUser;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic on the API without a BCrypt check on every call. BCrypt is slow on purpose (tens of milliseconds of CPU);
 * 32 phones polling every few seconds spent the server's cores on it. A successful check is remembered for
 * {@code duban.api.basic-cache} (5 minutes), keyed by an HMAC of name and password under a key that lives only in
 * this process, so neither the password nor a fast hash of it is kept. A remembered check still reads the account
 * on every call: disabling it or changing its password (the stored hash differs) ends the remembering at once, on
 * every node. Failures are never remembered, and pass through the login guard like any other.
 */
class BasicCredentialsCheck {

    private static final int MAX_ENTRIES = 10_000;

    private record Remembered(long userId, String passwordHash, Instant until) {
    }

    private final AuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final LoginGuard guard;
    private final TwoFactor twoFactor;
    private final Clock clock;
    private final Duration remember;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    BasicCredentialsCheck(AuthenticationProvider passwords, UserAccounts accounts, LoginGuard guard, TwoFactor twoFactor,
            Clock clock, Duration remember) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.guard = guard;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.remember = remember;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * The provider the API's own authentication manager asks; not itself a bean of that type, so that Spring Security
     * does not also install it for the login form.
     */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                return check(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    private Authentication check(Authentication attempt) {
        String name = LoginGuard.stored(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String fingerprint = fingerprint(name, password);
        Optional<DubanUser> known = rememberedUser(fingerprint);
        if (known.isPresent()) {
            return AccessTokens.caller(known.get(), EnumSet.allOf(Scope.class));
        }
        Authentication checked = passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        DubanUser user = (DubanUser) checked.getPrincipal();
        if (user.mustChangePassword()) {
            // the password is right, but an administrator chose it: it is replaced on the web page first
            throw new CredentialsExpiredException("password set by an administrator");
        }
        if (twoFactor.required(user) || twoFactor.enrolled(user.id())) {
            throw new SecondFactorNeeded();
        }
        if (!remember.isZero()) {
            synchronized (remembered) {
                remembered.put(fingerprint, new Remembered(user.id(), user.getPassword(), clock.instant().plus(remember)));
            }
        }
        // the address becomes one this account logs in from (LoginGuard), as a form login's does
        guard.record(name, attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown", true);
        return AccessTokens.caller(user, EnumSet.allOf(Scope.class));
    }

    /** Whether these credentials passed a check lately; no database read (the guard asks this before it counts). */
    boolean recentlyPassed(String typedName, String password) {
        String fingerprint = fingerprint(LoginGuard.stored(typedName), password == null ? "" : password);
        synchronized (remembered) {
            Remembered r = remembered.get(fingerprint);
            return r != null && r.until().isAfter(clock.instant());
        }
    }

    private Optional<DubanUser> rememberedUser(String fingerprint) {
        Remembered r;
        synchronized (remembered) {
            r = remembered.get(fingerprint);
        }
        if (r == null || !r.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.byId(r.userId())
                .filter(a -> a.enabled() && !a.mustChangePassword() && !twoFactor.required(a)
                        && a.passwordHash().equals(r.passwordHash()));
        if (account.isEmpty()) {
            synchronized (remembered) {
                remembered.remove(fingerprint);
            }
        }
        return account.map(DubanUser::new);
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((name + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
