package org.duban.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers one outbox message: e-mail over SMTP (spring.mail.*), or a markdown message to a DingTalk or WeCom group
 * robot in the format each expects. DingTalk robots with 加签 get the timestamp and HMAC-SHA256 signature it checks.
 */
@Component
class Senders {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotifyProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Senders(ObjectProvider<JavaMailSender> mail, NotifyProperties properties, Clock clock, JsonMapper json) {
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
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

    private void post(String url, Map<String, Object> message) {
        String json = this.json.writeValueAsString(message);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // both robots answer 200 with {"errcode": 0, ...}; anything else is a failure to retry
            if (response.statusCode() != 200 || response.body().matches("(?s).*\"errcode\"\\s*:\\s*[1-9].*")) {
                throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("webhook unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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
