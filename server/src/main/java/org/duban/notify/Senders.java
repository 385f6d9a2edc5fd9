package org.duban.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.duban.org.RobotAddresses;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers one outbox message: e-mail over SMTP (spring.mail.*), or a markdown message to a DingTalk or WeCom group
 * robot in the format each expects. DingTalk robots with 加签 get the timestamp and HMAC-SHA256 signature it checks.
 *
 * <p>A robot address is checked again before each message ({@link RobotAddresses}: HTTPS, an allowed host, public
 * addresses only), the connection goes to the addresses that check resolved (the resolver below is the check), no
 * redirect is followed, and no proxy from system properties is used.
 */
@Component
class Senders implements DisposableBean {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotifyProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final RobotAddresses robots;
    private final CloseableHttpClient http;

    Senders(ObjectProvider<JavaMailSender> mail, NotifyProperties properties, Clock clock, JsonMapper json,
            RobotAddresses robots) {
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.robots = robots;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PublicAddressesOnly())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(10)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(10)).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    boolean canMail() {
        return mail.getIfAvailable() != null;
    }

    void send(Outbox.Message m) {
        switch (m.channel()) {
            case MAIL -> {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(m.target());
                message.setSubject(m.subject());
                message.setText(m.body());
                JavaMailSender sender = mail.getIfAvailable();
                if (sender == null) {
                    throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
                }
                sender.send(message);
            }
            case DINGTALK -> post(signed(m.target(), m.secret()), Map.of("msgtype", "markdown", "markdown",
                    Map.of("title", m.subject(), "text", "### " + m.subject() + "\n\n" + m.body())));
            case WECOM -> post(m.target(), Map.of("msgtype", "markdown", "markdown",
                    Map.of("content", "**" + m.subject() + "**\n" + m.body())));
        }
    }

    /**
     * @throws RobotAddresses.Refused when the address is not a robot's (then sending again is pointless)
     */
    private void post(String url, Map<String, Object> message) {
        HttpPost post = new HttpPost(robots.check(url));
        post.setEntity(new StringEntity(json.writeValueAsString(message), ContentType.APPLICATION_JSON));
        try {
            http.execute(post, response -> {
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                // both robots answer 200 with {"errcode": 0, ...}; anything else (a redirect too) is a failure to retry
                if (response.getCode() != 200 || body.matches("(?s).*\"errcode\"\\s*:\\s*[1-9].*")) {
                    throw new IllegalStateException("webhook answered " + response.getCode() + ": "
                            + body.substring(0, Math.min(body.length(), 300)));
                }
                return null;
            });
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RefusedAddress refused) {
                    throw refused.refusal;
                }
            }
            throw new IllegalStateException("webhook unreachable: " + e.getMessage(), e);
        }
    }

    /** Resolves a robot's host and lets the connection use only the public addresses just checked. */
    private final class PublicAddressesOnly extends SystemDefaultDnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return checked(host, -1);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(checked(host, port)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        private InetAddress[] checked(String host, int port) throws UnknownHostException {
            try {
                return robots.publicAddressesOf(host, port);
            } catch (RobotAddresses.Refused e) {
                throw new RefusedAddress(host, e);
            }
        }
    }

    /** Carries a refusal out of the resolver, which may only throw UnknownHostException. */
    private static final class RefusedAddress extends UnknownHostException {
        private final transient RobotAddresses.Refused refusal;

        RefusedAddress(String host, RobotAddresses.Refused refusal) {
            super(host + " resolves to an address robots may not have");
            this.refusal = refusal;
        }
    }

    /** DingTalk 加签: timestamp + "\n" + secret, HMAC-SHA256 with the secret, Base64, URL-encoded. */
    String signed(String url, String secret) {
        if (secret == null || secret.isBlank()) {
            return url;
        }
        try {
            long timestamp = clock.millis();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sign = Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
            return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                    + URLEncoder.encode(sign, StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
