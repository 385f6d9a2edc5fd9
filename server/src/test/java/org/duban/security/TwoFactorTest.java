package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.duban.support.HttpBrowser;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An administrator (the first one, from the environment: not a demo account) sets up and uses two-factor login,
 * with codes computed as an authenticator app would; over HTTP, with the application's clock moved by hand.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:two-factor-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=false",
        "duban.admin.username=chen", "duban.admin.password=Fuding#2020-admin", "duban.admin.organisation=福鼎市市场监督管理局"})
class TwoFactorTest {

    static LocalDateTime now = LocalDateTime.of(2020, 9, 8, 9, 0);
    static final MutableClock CLOCK = new MutableClock(now, ZoneId.of("Asia/Shanghai"));

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

    @Test
    void anAdministratorSetsUpTwoFactorLoginAndThenNeedsACodeEachTime() throws Exception {
        HttpBrowser desk = new HttpBrowser(port);
        assertThat(desk.logIn("chen", "Fuding#2020-admin")).endsWith("/account/two-factor?required");
        assertThat(desk.get("/admin/users").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/account/two-factor?required"));
        assertThat(basic("chen", "Fuding#2020-admin").body()).contains("两步验证");

        Matcher key = Pattern.compile("class=\"d-block fs-6 my-1 user-select-all secret\">([A-Z2-7 ]+)<")
                .matcher(desk.get("/account/two-factor?required").body());
        assertThat(key.find()).as("the page shows the key to type into the app").isTrue();
        String secret = key.group(1).replace(" ", "");
        HttpResponse<String> wrong = desk.post("/account/two-factor", "/account/two-factor", Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("验证码不正确");
        assertThat(desk.post("/account/two-factor", "/account/two-factor", Map.of("code", codeNow(secret))).statusCode())
                .isEqualTo(302);
        assertThat(desk.get("/admin/users").statusCode()).isEqualTo(200);

        // the next login: password, then a code, then the page first asked for
        letTimePass(60);
        HttpBrowser phone = new HttpBrowser(port);
        phone.get("/campaigns");
        assertThat(phone.logIn("chen", "Fuding#2020-admin")).endsWith("/login/two-factor");
        assertThat(phone.get("/admin/users").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login/two-factor"));
        String code = codeNow(secret);
        HttpResponse<String> passed = phone.post("/login/two-factor", "/login/two-factor", Map.of("code", code));
        assertThat(passed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/campaigns"));
        assertThat(phone.get("/campaigns").statusCode()).isEqualTo(200);

        // a code is good once: seen over someone's shoulder, it opens nothing
        HttpBrowser thief = new HttpBrowser(port);
        thief.logIn("chen", "Fuding#2020-admin");
        letTimePass(1);
        HttpResponse<String> replayed = thief.post("/login/two-factor", "/login/two-factor", Map.of("code", code));
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("已用过");
        assertThat(thief.get("/admin/users").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login/two-factor"));

        // guessing codes is held up like guessing passwords: after five wrong ones, from here not at all for a while
        for (int i = 1; i < 5; i++) {
            letTimePass(1);
            thief.post("/login/two-factor", "/login/two-factor", Map.of("code", String.format("%06d", 111111 * i)));
        }
        letTimePass(1);
        assertThat(thief.post("/login/two-factor", "/login/two-factor", Map.of("code", codeNow(secret))).body())
                .contains("已暂时锁定");
    }

    private static String codeNow(String secret) {
        return Totp.codeAt(Totp.unbase32(secret), CLOCK.instant().getEpochSecond() / Totp.STEP_SECONDS);
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/campaigns")).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void letTimePass(int seconds) {
        now = now.plusSeconds(seconds);
        CLOCK.set(now);
    }
}
