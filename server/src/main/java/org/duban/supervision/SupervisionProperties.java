package org.duban.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.supervision.*}
 *
 * @param dueSoonDays an assignment is DUE_SOON from this many days before its window ends (default 3)
 */
@ConfigurationProperties("duban.supervision")
public record SupervisionProperties(@DefaultValue("3") int dueSoonDays) {

    public StatusRules rules() {
        return new StatusRules(dueSoonDays);
    }
}
