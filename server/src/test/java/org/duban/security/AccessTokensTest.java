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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.duban.campaign.Assignments;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.support.HttpBrowser;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal access tokens, made in 我的账号 and used on the API as {@code Authorization: Bearer …}; and HTTP Basic, which
 * stays for old clients. Against a real server; expiry is reached by moving the application's clock.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tokens-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=true"})
class AccessTokensTest {

    static LocalDateTime now = LocalDateTime.of(2020, 9, 8, 9, 0);
    static final MutableClock CLOCK = new MutableClock(now, ZoneId.of("Asia/Shanghai"));
    private static final Pattern TOKEN = Pattern.compile("dbn_[A-Za-z0-9_-]{43}");

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
    @Autowired
    UserAccounts accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceAndWorksWithinItsScopesUntilRevoked() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        station.logIn("shacheng", "Duban@2020");
        String readOnly = makeToken(station, "值班手机（只读）", "30", "READ");
        assertThat(station.get("/account").body()).as("shown once only").doesNotContain(readOnly).contains("值班手机（只读）");
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = ?").param(AccessTokens.hash(readOnly))
                .query(Integer.class).single()).as("kept as its SHA-256 only").isEqualTo(1);

        HttpResponse<String> mine = api("GET", "/api/v1/my/assignments", bearer(readOnly));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).startsWith("[{");
        long assignment = assignmentOf("shacheng");
        HttpResponse<String> refused = report(assignment, bearer(readOnly));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("没有权限");
        assertThat(api("GET", "/api/v1/reviews", bearer(readOnly)).statusCode()).as("a station's role still counts")
                .isEqualTo(403);

        String reporting = makeToken(station, "报送手机", "90", "READ", "REPORT");
        assertThat(report(assignment, bearer(reporting)).statusCode()).isEqualTo(201);
        assertThat(station.get("/account").body()).as("last use shown").contains("127.0.0.1");

        // a station cannot give its token a coordinator's scope
        HttpResponse<String> tooMuch = station.post("/account", "/account/tokens",
                Map.of("name", "越权", "scopes", "COORDINATE", "days", "30"));
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("只能选择您的角色拥有的权限");

        long id = jdbc.sql("select id from access_token where token_hash = ?").param(AccessTokens.hash(readOnly))
                .query(Long.class).single();
        assertThat(station.post("/account", "/account/tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> revoked = api("GET", "/api/v1/my/assignments", bearer(readOnly));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("访问令牌无效");
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).contains("invalid_token"));
        assertThat(api("GET", "/api/v1/my/assignments", bearer(reporting)).statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("select action from audit_event where actor = 'shacheng' and action like 'TOKEN_%' order by id")
                .query(String.class).list()).containsExactly("TOKEN_CREATED", "TOKEN_CREATED", "TOKEN_REVOKED");
    }

    @Test
    void tokensEndWhenTheyExpireOrTheirAccountIsDisabledOrItsPasswordReset() throws Exception {
        HttpBrowser leader = new HttpBrowser(port);
        leader.logIn("leader", "Duban@2020");
        String week = makeToken(leader, "一周", "7", "READ");
        String year = makeToken(leader, "一年", "365", "READ");
        letTimePass(8);
        assertThat(api("GET", "/api/v1/campaigns", bearer(week)).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/campaigns", bearer(year)).statusCode()).isEqualTo(200);

        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin", "Duban@2020");
        UserAccount account = accounts.byUsername("leader").orElseThrow();
        admin.post("/admin/users", "/admin/users/" + account.id(), Map.of("displayName", account.displayName(),
                "role", "LEADER", "enabled", "false"));
        assertThat(api("GET", "/api/v1/campaigns", bearer(year)).statusCode()).isEqualTo(401);
        admin.post("/admin/users", "/admin/users/" + account.id(), Map.of("displayName", account.displayName(),
                "role", "LEADER", "enabled", "true"));
        assertThat(api("GET", "/api/v1/campaigns", bearer(year)).statusCode()).isEqualTo(200);

        assertThat(admin.post("/admin/users", "/admin/users/" + account.id() + "/password",
                Map.of("password", "Lingdao#2020-new")).statusCode()).isEqualTo(302);
        assertThat(api("GET", "/api/v1/campaigns", bearer(year)).statusCode()).as("revoked by the reset").isEqualTo(401);
    }

    @Test
    void basicStillWorksAndForgetsAPasswordTheMomentItIsReset() throws Exception {
        assertThat(api("GET", "/api/v1/my/assignments", basic("qianqi", "Duban@2020")).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/v1/my/assignments", basic("qianqi", "Duban@2020")).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/v1/my/assignments", basic("qianqi", "wrong")).statusCode()).isEqualTo(401);

        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin", "Duban@2020");
        long id = accounts.byUsername("qianqi").orElseThrow().id();
        assertThat(admin.post("/admin/users", "/admin/users/" + id + "/password", Map.of("password", "Fuding#2020-quayside"))
                .statusCode()).isEqualTo(302);
        assertThat(api("GET", "/api/v1/my/assignments", basic("qianqi", "Duban@2020")).statusCode()).isEqualTo(401);
        // the administrator's new password is for the web page, where its user replaces it (PasswordChangeTest)
        HttpResponse<String> notYet = api("GET", "/api/v1/my/assignments", basic("qianqi", "Fuding#2020-quayside"));
        assertThat(notYet.statusCode()).isEqualTo(401);
        assertThat(notYet.body()).contains("请先在网页上登录并修改");
    }

    private String makeToken(HttpBrowser browser, String name, String days, String... scopes) throws Exception {
        HttpResponse<String> created = browser.post("/account", "/account/tokens",
                Map.of("name", name, "days", days, "scopes", List.of(scopes)));
        assertThat(created.statusCode()).isEqualTo(302);
        Matcher shown = TOKEN.matcher(browser.get("/account").body());
        assertThat(shown.find()).as("the new token is shown").isTrue();
        return shown.group();
    }

    private HttpResponse<String> report(long assignment, String authorization) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        String body = part(boundary, "formKey", UUID.randomUUID().toString()) + part(boundary, "action", "save")
                + part(boundary, "body", "开展质量月宣传") + "--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(uri("/api/v1/assignments/" + assignment + "/reports"))
                .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private HttpResponse<String> api(String method, String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long assignmentOf(String username) {
        UserAccount user = accounts.byUsername(username).orElseThrow();
        return assignments.ofUnit(user.organisationId(), user.unitId()).get(0).id();
    }

    private static void letTimePass(int days) {
        now = now.plusDays(days);
        CLOCK.set(now);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
