package org.duban.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scan and the sending, on a schedule. Every node may run them: the dedupe keys and the outbox claims in the
 * database make each reminder exist, and each message go out, once.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "duban.notify.scheduling", havingValue = "true", matchIfMissing = true)
class NotifyJobs {

    private final Reminders reminders;
    private final Outbox outbox;

    NotifyJobs(Reminders reminders, Outbox outbox) {
        this.reminders = reminders;
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${duban.notify.scan-every:PT15M}", initialDelayString = "${duban.notify.first-run-after:PT1M}")
    void scan() {
        reminders.scan();
    }

    @Scheduled(fixedDelayString = "${duban.notify.send-every:PT1M}", initialDelayString = "${duban.notify.first-run-after:PT1M}")
    void send() {
        outbox.sendDue();
    }
}
