package org.duban.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.demo.*}
 *
 * @param enabled         on an empty database, create the demo organisation, its accounts and campaign
 * @param accountsEnabled whether the demo accounts may log in; set false in production
 */
@ConfigurationProperties("duban.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean accountsEnabled) {
}
