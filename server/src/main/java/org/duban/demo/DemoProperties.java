package org.duban.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.demo.*}
 *
 * @param enabled the demo: on an empty database, create the demo organisation, its accounts (with the README's
 *                password) and campaign; on every start, whether those accounts may log in. Off unless asked for, so
 *                that a production start has no known password.
 * @param aroundToday place the demo campaign around today with some reports in (true), or import the seed plan with
 *                    its own 2020 dates and nothing reported (tests that count on the seed's windows)
 */
@ConfigurationProperties("duban.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean aroundToday) {
}
