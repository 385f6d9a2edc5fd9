package org.duban;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        }
    }
}
