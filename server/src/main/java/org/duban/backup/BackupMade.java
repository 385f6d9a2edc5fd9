package org.duban.backup;

/**
 * A backup was written, or one restored ({@code restored}).
 *
 * @param actorId the administrator who asked for it on the page; {@code null} from the command line
 */
public record BackupMade(String folder, String database, int photos, boolean restored, Long actorId, String actor) {
}
