package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duban.org.DubanUser;
import org.duban.org.UnitDirectoryService;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Duban behind a reverse proxy that terminates TLS, as the README's nginx recipe sets it up: a request the proxy
 * (here 127.0.0.1) says came over HTTPS gets Secure cookies and HSTS, a plain one neither; absolute links carry the
 * configured public address whatever Host header a client sends.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "duban.demo.enabled=true", "duban.public-base-url=https://duban.example.gov.cn/"})
@AutoConfigureMockMvc
class BehindTheProxyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UnitDirectoryService units;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void overHttpsThroughTheProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        Login login = logIn(true);
        assertThat(login.page().headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000");
        assertThat(cookie(login.page(), "DUBAN-CSRF")).contains("Secure");
        assertThat(cookie(login.answer(), "JSESSIONID")).contains("Secure").contains("HttpOnly");
        assertThat(login.answer().headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.answer().headers().firstValue("Location")).get().asString()
                .as("redirects stay relative").startsWith("/").doesNotContain("localhost");
    }

    @Test
    void overPlainHttpNeitherSecureCookiesNorHsts() throws Exception {
        Login login = logIn(false);
        assertThat(login.page().headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(login.page(), "DUBAN-CSRF")).doesNotContain("Secure");
        assertThat(cookie(login.answer(), "JSESSIONID")).isNotEmpty().doesNotContain("Secure");
        assertThat(login.answer().headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheCalendarLinks() throws Exception {
        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        String page = mvc.perform(get("/tasks/calendar").with(user(shacheng)).header("Host", "evil.example"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://duban.example.gov.cn/calendar/").doesNotContain("evil.example");

        String token = units.calendarToken(shacheng.organisationId(), shacheng.unitId(), false);
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(uri("/calendar/" + token + ".ics"))
                .header("X-Forwarded-Host", "evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("https://duban.example.gov.cn/tasks/").doesNotContain("evil.example")
                .doesNotContain("localhost");
    }

    /** The login page and the answer to logging in as a demo station, sent as if through the proxy. */
    private Login logIn(boolean https) throws Exception {
        HttpResponse<String> page = http.send(request("/login", https).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        String form = Map.of("username", "shacheng", "password", "Duban@2020", "_csrf", token.group(1)).entrySet()
                .stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(request("/login", https).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return new Login(page, answer);
    }

    private HttpRequest.Builder request(String path, boolean https) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        return https ? b.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.7") : b;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        List<String> all = response.headers().allValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse("");
    }

    private record Login(HttpResponse<String> page, HttpResponse<String> answer) {
    }
}
