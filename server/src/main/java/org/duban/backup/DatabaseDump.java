package org.duban.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The database part of a backup, by the database's own tools: H2's {@code SCRIPT} (every table's schema and rows as
 * SQL, read in one snapshot transaction) and {@code RUNSCRIPT}; PostgreSQL's {@code pg_dump} (a consistent snapshot
 * by design) and {@code pg_restore}. A sealed pair: the backup says which it is, and a restore into the other kind is
 * refused.
 */
sealed interface DatabaseDump {

    String kind();

    /** The file, inside the backup folder, that holds the dump. */
    String fileName();

    void dump(Path file) throws IOException, SQLException;

    /** Replaces everything in the database (its schema, for PostgreSQL) with the dump. */
    void restore(Path file) throws IOException, SQLException;

    static DatabaseDump of(DataSource data, String url, String user, String password, String pgBin) {
        if (url.startsWith("jdbc:h2:")) {
            return new H2(data);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new Postgres(data, url, user, password, pgBin);
        }
        throw new BackupRefused("备份只支持 H2 和 PostgreSQL 数据库，当前是 " + url.replaceFirst("\\?.*", ""));
    }

    record H2(DataSource data) implements DatabaseDump {

        @Override
        public String kind() {
            return "h2";
        }

        @Override
        public String fileName() {
            return "database.sql";
        }

        @Override
        public void dump(Path file) throws SQLException {
            try (Connection c = data.getConnection()) {
                // SERIALIZABLE in H2 2.x reads one snapshot of the whole database: a report and its photos are in
                // the dump together or not at all, whatever is written meanwhile
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SCRIPT TO " + literal(file) + " CHARSET 'UTF-8'");
                }
                c.rollback();
            }
        }

        /**
         * H2 cannot undo {@code DROP ALL OBJECTS}: the database as it was is scripted to a file first and read back
         * if the restore fails.
         */
        @Override
        public void restore(Path file) throws IOException, SQLException {
            Path before = Files.createTempFile("duban-before-restore-", ".sql");
            dump(before);
            try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                try {
                    s.execute("DROP ALL OBJECTS");
                    s.execute("RUNSCRIPT FROM " + literal(file) + " CHARSET 'UTF-8'");
                } catch (SQLException e) {
                    s.execute("DROP ALL OBJECTS");
                    s.execute("RUNSCRIPT FROM " + literal(before) + " CHARSET 'UTF-8'");
                    throw new BackupRefused("恢复数据库失败，已还原为恢复前的状态（restore failed, the database is as it was）："
                            + e.getMessage());
                }
            } finally {
                Files.deleteIfExists(before);
            }
        }

        private static String literal(Path file) {
            return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        }
    }

    /**
     * @param pgBin where {@code pg_dump} and {@code pg_restore} are ({@code duban.backups.pg-bin}); empty: the PATH,
     *              then Debian's and the usual installation folders
     */
    record Postgres(DataSource data, String url, String user, String password, String pgBin) implements DatabaseDump {

        @Override
        public String kind() {
            return "postgresql";
        }

        @Override
        public String fileName() {
            return "database.pgdump";
        }

        @Override
        public void dump(Path file) throws IOException {
            Target t = target();
            List<String> command = new ArrayList<>(List.of(tool("pg_dump"), "--format=custom", "--no-owner",
                    "--no-privileges", "--file=" + file.toAbsolutePath(), "--schema=" + t.schema()));
            command.addAll(t.connection());
            run(command);
        }

        /**
         * The schema as it was is renamed aside while pg_restore (one transaction) builds it again; it is dropped
         * only once the restore has succeeded, and put back if it fails.
         */
        @Override
        public void restore(Path file) throws IOException, SQLException {
            Target t = target();
            String restore = tool("pg_restore");
            String schema = quoted(t.schema());
            String aside = quoted(t.schema() + "_before_restore");
            try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + aside + " cascade");
                s.execute("alter schema " + schema + " rename to " + aside);
            }
            List<String> command = new ArrayList<>(List.of(restore, "--no-owner", "--no-privileges", "--exit-on-error",
                    "--single-transaction"));
            command.addAll(t.connection());
            command.add(file.toAbsolutePath().toString());
            try {
                run(command);
            } catch (BackupRefused e) {
                try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                    s.execute("alter schema " + aside + " rename to " + schema);
                }
                throw e;
            }
            try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema " + aside + " cascade");
            }
        }

        private static String quoted(String name) {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }

        private Target target() {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() < 2 ? "postgres" : uri.getPath().substring(1);
            String schema = "public";
            if (uri.getRawQuery() != null) {
                for (String p : uri.getRawQuery().split("&")) {
                    if (p.toLowerCase(Locale.ROOT).startsWith("currentschema=")) {
                        schema = java.net.URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8)
                                .split(",")[0];
                    }
                }
            }
            List<String> connection = new ArrayList<>(List.of("--host=" + (uri.getHost() == null ? "localhost" : uri.getHost()),
                    "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()), "--dbname=" + database));
            if (user != null && !user.isBlank()) {
                connection.add("--username=" + user);
            }
            connection.add("--no-password");
            return new Target(schema, connection);
        }

        private record Target(String schema, List<String> connection) {
        }

        private String tool(String name) {
            List<Path> places = new ArrayList<>();
            if (pgBin != null && !pgBin.isBlank()) {
                places.add(Path.of(pgBin, name));
            } else {
                for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(java.io.File.pathSeparator)) {
                    if (!dir.isBlank()) {
                        places.add(Path.of(dir, name));
                    }
                }
                for (String dir : List.of("/usr/bin", "/usr/local/bin", "/usr/pgsql/bin")) {
                    places.add(Path.of(dir, name));
                }
                try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                    versions.sorted(java.util.Comparator.reverseOrder()).forEach(v -> places.add(v.resolve("bin").resolve(name)));
                } catch (IOException e) {
                    // no Debian-style installation: the other places are all there is
                }
            }
            return places.stream().filter(Files::isExecutable).findFirst().map(Path::toString)
                    .orElseThrow(() -> new BackupRefused("找不到 " + name + "：PostgreSQL 数据库的备份和恢复要用 PostgreSQL 自带的 "
                            + "pg_dump 和 pg_restore（版本不低于数据库服务器）。请安装 postgresql-client（Debian/Ubuntu："
                            + "apt-get install postgresql-client），或用 DUBAN_BACKUPS_PGBIN 指明其所在目录。 " + name
                            + " not found: install the PostgreSQL client tools or set DUBAN_BACKUPS_PGBIN (duban.backups.pg-bin)"));
        }

        private void run(List<String> command) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            if (password != null && !password.isEmpty()) {
                env.put("PGPASSWORD", password);
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                    throw new BackupRefused(Path.of(command.get(0)).getFileName() + " 失败（failed）："
                            + output.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                throw new BackupRefused(Path.of(command.get(0)).getFileName() + " 被中断（interrupted）");
            }
        }
    }
}
