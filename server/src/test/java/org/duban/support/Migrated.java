package org.duban.support;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database that Flyway alone migrates, up to a version and then on: for a test of what a migration does to rows
 * written before it (on H2, or on the PostgreSQL run in a schema of its own).
 */
public final class Migrated {

    private final String url;
    private final boolean postgres;
    private final DriverManagerDataSource data;

    private Migrated(String url) {
        this.url = url;
        this.postgres = url.startsWith("jdbc:postgresql:");
        this.data = postgres ? new DriverManagerDataSource(url, Postgres.USER, Postgres.PASSWORD)
                : new DriverManagerDataSource(url, "sa", "");
    }

    /** A fresh database migrated up to {@code version}, the migrations after it not yet run. */
    public static Migrated upTo(String version) {
        Migrated db = new Migrated(TestDatabase.freshUrl());
        db.flyway().target(version).load().migrate();
        return db;
    }

    /** Runs the migrations after the version it was left at, Java ones among them. */
    public void migrateOn(JavaMigration... javaMigrations) {
        FluentConfiguration configuration = flyway();
        if (javaMigrations.length > 0) {
            configuration = configuration.javaMigrations(javaMigrations);
        }
        configuration.load().migrate();
    }

    public DriverManagerDataSource data() {
        return data;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(data);
    }

    private FluentConfiguration flyway() {
        FluentConfiguration configuration = Flyway.configure().dataSource(data).locations("classpath:db/migration");
        return postgres ? configuration.schemas(url.replaceFirst(".*currentSchema=([^&]+).*", "$1")) : configuration;
    }
}
