package org.duban.backup;

/** A backup was written, or one restored ({@code restored}), from the command line. */
public record BackupMade(String folder, String database, int photos, boolean restored) {
}
