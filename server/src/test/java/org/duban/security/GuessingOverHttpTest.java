package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Password guessing against a real server, as a guesser and as the county's staff would meet it. Each client's
 * address is given in X-Forwarded-For, which the server believes from 127.0.0.1 as it would from a reverse proxy
 * ({@code server.forward-headers-strategy=native}). Waiting is done by moving the application's clock.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:guessing-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=true",
        "server.forward-headers-strategy=native"})
class GuessingOverHttpTest {

    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 1, 8, 0), ZoneId.of("Asia/Shanghai"));
    static LocalDateTime now = LocalDateTime.of(2020, 9, 1, 8, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void aNewDay() {
        // every rule forgets within a day: each test starts with none of the others' failures counting
        letTimePass(Duration.ofDays(2));
    }

    @Test
    void paddedCasedAndFullWidthNamesAreOneAccountForLoginAndForItsLockout() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(logIn("shacheng", "wrong" + i, "203.0.113.1")).endsWith("/login?error");
        }
        for (String name : List.of(" shacheng", "SHACHENG", "ｓｈａｃｈｅｎｇ", "\u3000shacheng", "sha\u200bcheng")) {
            assertThat(logIn(name, "Duban@2020", "203.0.113.1")).as("[%s]", name).endsWith("/login?locked");
        }
        // elsewhere, once the short wait after five failures has passed, the same spellings log in
        letTimePass(Duration.ofSeconds(3));
        assertThat(logIn(" ＳｈａＣｈｅｎｇ ", "Duban@2020", "198.51.100.7")).doesNotContain("/login");
    }

    @Test
    void fortyGuessesAtAdminFromTenAddressesTakeHoursAndTheAdminStillGetsIn() throws Exception {
        String adminsDesk = "198.51.100.1";
        assertThat(logIn("admin", "Duban@2020", adminsDesk)).doesNotContain("/login");

        List<Long> waits = new ArrayList<>();
        for (int guess = 0; guess < 40; guess++) {
            String address = "203.0.113." + (10 + guess % 10);
            String answer = logIn("admin", "Guess#" + guess, address);
            while (answer.contains("/login?slowed=")) {
                long seconds = Long.parseLong(answer.substring(answer.indexOf('=') + 1));
                waits.add(seconds);
                letTimePass(Duration.ofSeconds(seconds));
                answer = logIn("admin", "Guess#" + guess, address);
            }
            assertThat(answer).endsWith("/login?error");

            if (guess == 20) {
                // meanwhile: an API client elsewhere is told to wait, without its password being checked …
                HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/campaigns"))
                        .header("Authorization", basic("admin:Duban@2020")).header("X-Forwarded-For", "203.0.113.99"));
                assertThat(api.statusCode()).isEqualTo(429);
                assertThat(api.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 900L);
                assertThat(api.body()).contains("秒后再试");
                // … and the admin at their own desk logs in at once
                assertThat(logIn("admin", "Duban@2020", adminsDesk)).doesNotContain("/login");
            }
        }
        assertThat(waits).startsWith(2L, 4L, 8L, 16L, 32L);
        assertThat(waits.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(900);
        assertThat(Duration.ofSeconds(waits.stream().mapToLong(Long::longValue).sum())).isGreaterThan(Duration.ofHours(6));
    }

    @Test
    void guessersBehindTheCountyOfficesOneAddressDoNotKeepItsStaffOut() throws Exception {
        String office = "198.51.100.50";
        assertThat(logIn("qianqi", "Duban@2020", office)).doesNotContain("/login");
        for (int i = 0; i < 20; i++) {
            assertThat(logIn("guess" + i, "Guess#" + i, office)).endsWith("/login?error");
        }
        // someone who works there logs in; a name never used from there is held up, and nothing is checked for it
        assertThat(logIn("qianqi", "Duban@2020", office)).doesNotContain("/login");
        assertThat(logIn("zhiliang", "Duban@2020", office)).endsWith("/login?throttled");
        assertThat(logIn("zhiliang", "Duban@2020", "198.51.100.51")).doesNotContain("/login");
    }

    /** Logs in through the form as a browser does; returns where the server sends the browser next. */
    private String logIn(String username, String password, String address) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static void letTimePass(Duration duration) {
        now = now.plus(duration);
        CLOCK.set(now);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
