package org.duban.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.api.*}
 *
 * @param basicCache how long a successful HTTP Basic check is remembered (see BasicCredentialsCheck); 0 checks the
 *                   password with BCrypt on every call
 */
@ConfigurationProperties("duban.api")
record ApiProperties(@DefaultValue("PT5M") Duration basicCache) {
}
