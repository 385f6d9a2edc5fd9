package org.duban.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of backups. Not under {@code duban.backup}, which is the backup command's own option.
 *
 * @param pgBin         ({@code duban.backups.pg-bin}) the folder of PostgreSQL's {@code pg_dump} and {@code
 *                      pg_restore}; empty: looked for on the PATH and in the usual installation folders
 * @param folder        ({@code duban.backups.folder}) where backups made on the page {@code /admin/backup} go, one
 *                      subfolder each
 */
@ConfigurationProperties("duban.backups")
record BackupProperties(String pgBin, @DefaultValue("./backups") String folder) {
}
