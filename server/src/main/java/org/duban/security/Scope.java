package org.duban.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.duban.org.Role;

/**
 * What an access token may do on the API, within what its user's role allows: read (every GET), report (send and
 * submit the unit's reports), coordinate (import plans, create campaigns, review reports). HTTP Basic and browser
 * sessions carry every scope their role has; a token only those chosen when it was made.
 */
public enum Scope {
    READ, REPORT, COORDINATE;

    /** The granted authority the API's URL rules ask for, e.g. {@code SCOPE_read}. */
    String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }

    /** The scopes a role can use at all. */
    static Set<Scope> allowedFor(Role role) {
        return switch (role) {
            case ADMIN, COORDINATOR -> EnumSet.allOf(Scope.class);
            case UNIT -> EnumSet.of(READ, REPORT);
            case LEADER -> EnumSet.of(READ);
        };
    }
}
