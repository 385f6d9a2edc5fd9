package org.duban.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Where users reach Duban, for every absolute link it hands out (calendar feeds, links in reminders): {@code
 * duban.public-base-url}, e.g. {@code https://duban.example.gov.cn}. A link built from the request's Host header would
 * carry whatever host a client or a misconfigured proxy sent, into calendars and group chats; with the address
 * configured, the Host header is never used. Without it (a first try on one machine), links are built from the request
 * and a warning says to set it.
 */
@Configuration
@EnableConfigurationProperties(PublicSite.Settings.class)
public class PublicSite {

    private static final Logger LOG = LoggerFactory.getLogger(PublicSite.class);

    private final String configured;

    PublicSite(Settings settings) {
        this.configured = normalised(settings.publicBaseUrl());
        if (configured == null) {
            LOG.warn("duban.public-base-url is not set: links in calendar feeds are built from each request's Host "
                    + "header, and reminders carry no link. Set it to the address users open (https://…)");
        } else if (configured.startsWith("http:")) {
            LOG.warn("duban.public-base-url {} is plain http: serve Duban over HTTPS (README: behind a reverse proxy)",
                    configured);
        }
    }

    /** The configured address, without a trailing slash. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    /** The configured address, else the one this request was sent to. */
    public String baseFor(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        return request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }

    private static String normalised(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException(problem(v));
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem(v), e);
        }
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    private static String problem(String value) {
        return "duban.public-base-url \"" + value + "\" is not an address such as https://duban.example.gov.cn "
                + "(http or https, a host, an optional port and path, no query) — 公开访问地址格式不正确";
    }

    /** @param publicBaseUrl the address users open, e.g. {@code https://duban.example.gov.cn} */
    @ConfigurationProperties("duban")
    record Settings(String publicBaseUrl) {
    }
}
