package org.duban.planimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code duban.plan-import.*}
 *
 * @param maxBytes the largest notice accepted, uploaded or pasted (default 20MB)
 */
@ConfigurationProperties("duban.plan-import")
public record PlanImportProperties(@DefaultValue("20MB") DataSize maxBytes) {
}
