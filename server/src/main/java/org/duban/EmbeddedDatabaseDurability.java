package org.duban;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "报送成功" must mean the report is on disk. H2 writes committed transactions to its file in the background, up to
 * WRITE_DELAY (500 ms) later, so a killed process lost reports it had acknowledged (7 of 287 in the probe of issue
 * 8). With WRITE_DELAY 0 every commit is written to the file before it returns; the setting is persistent and is set
 * here on every start, whatever the configured H2 file URL says, before the application serves a request.
 *
 * <p>What this gives: an acknowledged write survives the process dying (kill -9, out of memory, a JVM crash). H2 does
 * not force each commit to the disk itself (fsync), so a power cut or an operating-system crash can still lose the
 * last seconds; PostgreSQL, with its defaults, survives those too.
 *
 * <p>A killed H2 may also come back with an identity column's counter behind the rows it had already given ids to
 * (CrashIT saw a report refused with a duplicate key on {@code report_event} after a crash): on every start, before a
 * request is served, each identity column is set to go on after the largest id its table holds.
 */
@Component
class EmbeddedDatabaseDurability {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseDurability.class);

    EmbeddedDatabaseDurability(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                throw new IllegalStateException("The H2 database " + url + " must write each commit at once (SET "
                        + "WRITE_DELAY 0), or acknowledged reports can be lost in a crash; it refused: " + e.getMessage()
                        + ". Connect as the database's administrator (the user that created it).", e);
            }
            log.info("H2 file database {}: each commit is written to the file before it is acknowledged", url);
            identitiesPastTheirRows(c);
        }
    }

    /** Each identity column of the application's tables set to go on after the largest id its table holds. */
    static void identitiesPastTheirRows(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'PUBLIC' and is_identity = 'YES'")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        for (String[] column : columns) {
            String table = quoted(column[0]);
            String name = quoted(column[1]);
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select coalesce(max(" + name + "), 0) + 1 from " + table)) {
                r.next();
                long next = r.getLong(1);
                s.execute("alter table " + table + " alter column " + name + " restart with " + next);
            }
        }
    }

    /** An identifier H2's catalogue gave, quoted as it is stored. */
    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
