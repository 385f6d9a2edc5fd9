package org.duban.org;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts; passwords arrive here already hashed. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final org.springframework.jdbc.core.RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(
            rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("username"), rs.getString("password_hash"),
            rs.getString("display_name"), Role.valueOf(rs.getString("user_role")),
            (Long) rs.getObject("unit_id", Long.class), rs.getBoolean("enabled"));

    @Transactional(readOnly = true)
    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(ROW).optional();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(ROW).optional();
    }

    @Transactional
    public long create(long organisationId, String username, String passwordHash, String displayName, Role role,
            Long unitId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (organisation_id, username, password_hash, display_name, user_role, unit_id,
                                              enabled, created_at)
                        values (?, ?, ?, ?, ?, ?, true, ?)""")
                .params(organisationId, username, passwordHash, displayName, role.name(), unitId,
                        OffsetDateTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Turns a set of accounts on or off at once (the demo accounts, by a setting). */
    @Transactional
    public int setEnabled(java.util.Collection<String> usernames, boolean enabled) {
        int n = 0;
        for (String u : usernames) {
            n += jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, u).update();
        }
        return n;
    }
}
