/**
 * Reminders and urging: in-app notifications (the bell), e-mail and group-robot webhooks (DingTalk, WeCom), sent
 * through a database outbox so that each event goes out once, outside quiet hours, whichever app node scans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.duban.notify;
