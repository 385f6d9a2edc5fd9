package org.duban.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where PostgreSQL's tools are ({@code duban.pg.bin}, {@code DUBAN_PG_BIN}): not under {@code duban.backup}, which is
 * the backup command's own option.
 *
 * @param bin the folder of {@code pg_dump} and {@code pg_restore}; empty: looked for on the PATH and in the usual
 *            installation folders
 */
@ConfigurationProperties("duban.pg")
record BackupProperties(String bin) {
}
