/**
 * Backup and restore of the database and the photo store together, as one folder with a SHA-256 manifest: the
 * commands {@code --duban.backup=DIR} and {@code --duban.restore=DIR}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup and restore")
package org.duban.backup;
