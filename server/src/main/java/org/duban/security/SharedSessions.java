package org.duban.security;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Browser sessions kept in the database ({@code duban.sessions.shared=true}), so that any of several nodes behind one
 * address serves any request of a logged-in user. One node keeps them in memory, as the servlet container does: a
 * session row written on every request would cost an embedded database a synchronised write per page view.
 *
 * <p>The cookie keeps the container's name and flags (JSESSIONID, HttpOnly, SameSite=Lax, Secure behind a TLS proxy),
 * and the idle limit stays {@code server.servlet.session.timeout}. Whatever goes into a session must be
 * {@link java.io.Serializable}: the logged-in {@code DubanUser}, the second factor's state, a refused report's typed
 * form. The tables are made by the migration {@code V39}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "duban.sessions.shared", havingValue = "true")
@EnableJdbcHttpSession
class SharedSessions {

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}
