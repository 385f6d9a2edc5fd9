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
            (Long) rs.getObject("unit_id", Long.class), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
            rs.getBoolean("demo"));

    /** The account a name typed at login names, however it was padded, cased or typed full-width. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(LoginNames.normalise(username)).query(ROW)
                .optional();
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
                .params(organisationId, LoginNames.normalise(username), passwordHash, displayName, role.name(), unitId,
                        OffsetDateTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public java.util.List<UserAccount> ofOrganisation(long organisationId) {
        return jdbc.sql("select * from app_user where organisation_id = ? order by user_role, username").param(organisationId)
                .query(ROW).list();
    }

    /** Changes who a user is in the organisation; the password stays. */
    @Transactional
    public void update(long organisationId, long userId, String displayName, Role role, Long unitId, boolean enabled) {
        int n = jdbc.sql("""
                        update app_user set display_name = ?, user_role = ?, unit_id = ?, enabled = ?
                        where id = ? and organisation_id = ?""")
                .params(displayName, role.name(), unitId, enabled, userId, organisationId).update();
        if (n == 0) {
            throw new org.duban.web.NotFound();
        }
    }

    /**
     * Sets a new password hash. {@code setByAdministrator}: an administrator chose it (a reset), so its user must
     * replace it at the next login; false when the user chose it themselves.
     */
    @Transactional
    public void setPasswordHash(long organisationId, long userId, String passwordHash, boolean setByAdministrator) {
        int n = jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ? and organisation_id = ?")
                .params(passwordHash, setByAdministrator, userId, organisationId).update();
        if (n == 0) {
            throw new org.duban.web.NotFound();
        }
    }

    /** The password of a new account was chosen by the administrator who made it: its user replaces it first. */
    @Transactional
    public void requirePasswordChange(long userId) {
        jdbc.sql("update app_user set must_change_password = true where id = ?").param(userId).update();
    }

    /** Marks an account as one of the demo's, whose password is published in the README. */
    @Transactional
    public void markAsDemo(long userId) {
        jdbc.sql("update app_user set demo = true where id = ?").param(userId).update();
    }

    /** Turns the demo's accounts on or off; the number of accounts whose state changed. */
    @Transactional
    public int setDemoAccountsEnabled(boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where demo = true and enabled <> ?").params(enabled, enabled)
                .update();
    }

    @Transactional(readOnly = true)
    public boolean demoAccountsEnabled() {
        return jdbc.sql("select count(*) from app_user where demo = true and enabled = true").query(Long.class).single() > 0;
    }

    /** Whether an administrator other than the demo's can log in. */
    @Transactional(readOnly = true)
    public boolean realAdministratorExists() {
        return jdbc.sql("select count(*) from app_user where user_role = 'ADMIN' and enabled = true and demo = false")
                .query(Long.class).single() > 0;
    }

    /** Whether anybody at all can administer users: if not, Duban needs its first administrator. */
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return jdbc.sql("select count(*) from app_user where user_role = 'ADMIN' and enabled = true")
                .query(Long.class).single() > 0;
    }

    /**
     * Once a real administrator can log in, the demo's accounts (whose password is public) are switched off for good;
     * only a start with the demo flag on a database without a real administrator turns them on again.
     */
    @Transactional
    public int retireDemoAccountsIfARealAdministratorExists() {
        return realAdministratorExists() ? setDemoAccountsEnabled(false) : 0;
    }
}
