package org.duban.backup;

/** A backup or restore that cannot be done, with the reason in Chinese first; nothing was changed. */
class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }
}
