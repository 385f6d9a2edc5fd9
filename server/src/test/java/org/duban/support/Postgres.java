package org.duban.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the persistence tests also run on: {@code DUBAN_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/test), user {@code DUBAN_TEST_PG_USER} (default postgres), password
 * {@code DUBAN_TEST_PG_PASSWORD} (default none). Each test class gets a schema of its own, dropped afterwards.
 * Unreachable: CI (CI=true) and DUBAN_REQUIRE_POSTGRES=true fail; elsewhere the tests are skipped, and say so.
 */
public final class Postgres {

    public static final String URL = env("DUBAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("DUBAN_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("DUBAN_TEST_PG_PASSWORD", "");

    private Postgres() {
    }

    /** Creates a fresh schema, or skips (fails in CI) when PostgreSQL cannot be reached. */
    public static String freshSchema() {
        String schema = "duban_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            return schema;
        } catch (SQLException e) {
            String why = "PostgreSQL at " + URL + " is unreachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("DUBAN_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(why + ": CI requires it. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
            }
            System.err.println("\n*** SKIPPED: PostgreSQL persistence tests. " + why + ". ***\n");
            Assumptions.abort("SKIPPED: " + why);
            return null;
        }
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void drop(String schema) {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
