package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers count only from the configured proxy: here the proxy is elsewhere (10.9.9.9), so a client at
 * 127.0.0.1 saying it came over HTTPS is not believed — no HSTS, no Secure cookie it would not get anyway.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "duban.demo.enabled=true", "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9"})
class ForgedForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aClientThatIsNotTheProxyCannotClaimHttps() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("DUBAN-CSRF="))
                .noneSatisfy(c -> assertThat(c).contains("Secure"));
    }
}
