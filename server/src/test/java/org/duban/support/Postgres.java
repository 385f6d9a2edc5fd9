package org.duban.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL the database tests also run on: {@code DUBAN_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/test), user {@code DUBAN_TEST_PG_USER} (default postgres), password
 * {@code DUBAN_TEST_PG_PASSWORD} (default none). Each Spring test context gets a schema of its own, dropped when the
 * context closes; schemas that a killed run left behind are dropped by a later run once they are a day old.
 */
public final class Postgres {

    public static final String URL = env("DUBAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("DUBAN_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("DUBAN_TEST_PG_PASSWORD", "");

    /** duban_t_{epoch seconds}_{random}: the creation time in the name lets a later run sweep what a crash left. */
    private static final Pattern OURS = Pattern.compile("duban_t_(\\d{10})_[0-9a-f]{8}");
    private static final Duration STALE = Duration.ofDays(1);

    private Postgres() {
    }

    /** Why PostgreSQL cannot be used, or null when it can. */
    public static String unreachable() {
        try (Connection c = connect()) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + URL + " is unreachable (" + e.getMessage() + ")";
        }
    }

    /** CI (CI=true) and DUBAN_REQUIRE_POSTGRES=true insist on PostgreSQL: there a missing one fails the build. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("DUBAN_REQUIRE_POSTGRES"));
    }

    public static String freshSchema() {
        String schema = "duban_t_" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test schema on " + URL + ": " + e.getMessage()
                    + ". Start PostgreSQL with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void drop(String schema) {
        if (schema == null) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    /** Drops the test schemas older than a day: left by runs that were killed before they could clean up. */
    public static void dropStaleSchemas() {
        long before = Instant.now().minus(STALE).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select nspname from pg_namespace where nspname like 'duban\\_t\\_%'")) {
            while (rs.next()) {
                Matcher m = OURS.matcher(rs.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < before) {
                    stale.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return;
        }
        stale.forEach(Postgres::drop);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
