package org.duban.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.supervision.*}
 *
 * @param dueSoonDays an assignment is DUE_SOON from this many days before its window ends (default 3)
 * @param dashboardRefresh how often an open dashboard asks whether anything it shows has changed (default 30 s); it
 *        stops asking once its reader has left the page alone for longer than the session's idle limit allows
 */
@ConfigurationProperties("duban.supervision")
public record SupervisionProperties(@DefaultValue("3") int dueSoonDays,
        @DefaultValue("30s") Duration dashboardRefresh) {

    public StatusRules rules() {
        return new StatusRules(dueSoonDays);
    }
}
