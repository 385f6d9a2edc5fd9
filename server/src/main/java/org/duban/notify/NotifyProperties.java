package org.duban.notify;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.notify.*}
 *
 * @param quietFrom        no e-mail or webhook from this time… (default 22:00)
 * @param quietTo          …to this time; they wait and go out then (default 07:00)
 * @param overdueChaseDays overdue assignments are chased automatically for this many days after their window ended;
 *                         older ones only by a coordinator's urge (an old plan imported late must not flood anybody)
 * @param summaryDays      units are reminded of the summary deadline from this many days before it (default 3)
 * @param mailFrom         the sender of reminder e-mails
 * @param scheduling       whether this node scans and sends on its own (tests switch it off and call the jobs)
 * @param scanEvery        how often reminders are looked for
 * @param sendEvery        how often the outbox is emptied
 * @param firstRunAfter    how long after start both run first (default 1 minute)
 */
@ConfigurationProperties("duban.notify")
public record NotifyProperties(@DefaultValue("22:00") LocalTime quietFrom, @DefaultValue("07:00") LocalTime quietTo,
        @DefaultValue("7") int overdueChaseDays, @DefaultValue("3") int summaryDays,
        @DefaultValue("duban@localhost") String mailFrom, @DefaultValue("true") boolean scheduling,
        @DefaultValue("PT15M") Duration scanEvery, @DefaultValue("PT1M") Duration sendEvery,
        @DefaultValue("PT1M") Duration firstRunAfter) {
}
