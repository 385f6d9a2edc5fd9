package org.duban.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the operation log is kept.
 *
 * @param retentionDays entries older than this are removed by the purge; at least 180 days (网络安全法 第二十一条:
 *                      network logs are kept no less than six months), so a shorter setting stops the start
 * @param purgeEvery    how often the purge looks for entries past that age
 */
@ConfigurationProperties("duban.audit")
record AuditProperties(@DefaultValue("180") int retentionDays, @DefaultValue("PT6H") Duration purgeEvery) {

    static final int MINIMUM_DAYS = 180;

    AuditProperties {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalArgumentException("duban.audit.retention-days is " + retentionDays
                    + ": the operation log must be kept at least " + MINIMUM_DAYS + " days (操作日志至少保存 180 天)");
        }
    }
}
