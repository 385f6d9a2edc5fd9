/**
 * The operation log: logins and failures, lockouts, directory and campaign changes, report writing and review,
 * uploads and downloads. Fed by the other modules' events; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.duban.audit;
