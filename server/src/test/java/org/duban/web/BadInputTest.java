package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input the database would refuse, sent over HTTP to a real server: each gets a 400 with a Chinese message saying
 * what is wrong and changes nothing, instead of the 500 (and, for a bad language, the logged stack trace) of issue 8.
 * NUL and other C0 control characters are taken out of what users send before it reaches the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "duban.demo.enabled=true")
@BothDatabases
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAliasOverAHundredCharactersIsRefusedAndTheUnitNotAdded() throws Exception {
        HttpClient coordinator = logIn("zhiliang");
        String name = "别名测试所" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> r = postForm(coordinator, "/units", "/units", "name=" + enc(name) + "&kind=STATION&aliases="
                + enc("长".repeat(101)));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("过长").contains("100");
        assertThat(jdbc.sql("select count(*) from unit where name = ?").param(name).query(Integer.class).single()).isZero();
    }

    @Test
    void aCampaignWithAMegabyteTitleIsRefusedWithTheFieldNamed() throws Exception {
        int before = campaigns();

        HttpResponse<String> r = postJson("zhiliang", "/api/v1/campaigns", draft("题".repeat(1 << 20), "[\"办公室\"]"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("标题过长").contains("最多 300 个字").contains("未做任何更改");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void fiveThousandLeadNamesAreRefusedWithTheFieldNamed() throws Exception {
        int before = campaigns();
        String leads = "[" + String.join(",", Collections.nCopies(5000, "\"办公室\"")) + "]";

        HttpResponse<String> r = postJson("zhiliang", "/api/v1/campaigns", draft("五千个牵头单位", leads));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("牵头单位过长");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void aUnitNamedTwiceInOneCellIsAssignedOnce() throws Exception {
        HttpResponse<String> r = postJson("zhiliang", "/api/v1/campaigns",
                draft("同一单位写了两次", "[\"质量安全监督管理股\", \"质量监督管理股\"]"));

        assertThat(r.statusCode()).isEqualTo(201);
    }

    @Test
    void aPageOfTheAuditLogBeyondAnyNumberIsRefused() throws Exception {
        HttpClient admin = logIn("admin");
        for (String page : new String[] {"2147483647", "-1"}) {
            HttpResponse<String> r = admin.send(HttpRequest.newBuilder(uri("/audit?page=" + page)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(page).isEqualTo(400);
            assertThat(r.body()).contains("页码无效");
        }
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedWhenAnAdminSetsIt() throws Exception {
        HttpClient admin = logIn("admin");
        String username = "long" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Aa1!" + "x".repeat(69); // 73 bytes, good otherwise

        HttpResponse<String> created = postForm(admin, "/admin/users", "/admin/users", "username=" + username + "&displayName=x&role=LEADER"
                + "&password=" + enc(password));

        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("72 个字节");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single())
                .isZero();
        long leader = jdbc.sql("select id from app_user where username = 'leader'").query(Long.class).single();
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(leader).query(String.class).single();
        HttpResponse<String> reset = postForm(admin, "/admin/users", "/admin/users/" + leader + "/password",
                "password=" + enc("密码很长很长很长很长很长很长很长很长很长很长很长很长Aa1!"));
        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("72 个字节");
        assertThat(jdbc.sql("select password_hash from app_user where id = ?").param(leader).query(String.class).single())
                .isEqualTo(hash);
    }

    @Test
    void controlCharactersInAReportOrATitleAreTakenOutNotStored() throws Exception {
        long assignment = jdbc.sql("""
                select s.id from assignment s join app_user u on u.unit_id = s.unit_id where u.username = 'qianqi'
                order by s.id desc""").query(Long.class).list().get(0);
        String boundary = "nulboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"formKey\"\r\n\r\n" + UUID.randomUUID()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nsave\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n检查\u0000企业\u0007三家\r\n第二行\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(uri("/api/v1/assignments/" + assignment + "/reports"))
                .header("Authorization", basic("qianqi")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(report.statusCode()).isEqualTo(201);
        assertThat(report.body()).contains("\"body\":\"检查企业三家\\r\\n第二行\"");

        String title = "含控制字符的\u0000标题" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> campaign = postJson("zhiliang", "/api/v1/campaigns",
                draft(title.replace("\u0000", "\\u0000"), "[\"办公室\"]"));
        assertThat(campaign.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from campaign where title = ?").param(title.replace("\u0000", ""))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLanguageWeDoNotHaveServesThePageInChineseAndLogsNothing(CapturedOutput output) throws Exception {
        for (String lang : new String[] {"xx_YY_zz_!!", "%00", "fr_FR_%E4%B8%AD", "../../etc", ""}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login?lang=" + lang)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(lang).isEqualTo(200);
            assertThat(r.body()).as(lang).contains("登录");
        }
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(uri("/login?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(english.body()).contains("Log in");
        assertThat(output.getAll()).doesNotContain("Unhandled error").doesNotContain("IllegalArgumentException");
    }

    private String draft(String title, String leads) {
        return """
                {"title": "%s", "issuer": "福鼎市市场监督管理局", "docNumber": null, "date": "2020-09-08", "year": 2020,
                 "recipients": [], "references": [], "disclosure": null, "theme": null, "period": null, "contact": null,
                 "summaryDeadline": "2020-10-01", "reportTo": [], "requirements": null,
                 "tasks": [{"no": "1", "content": "开展质量宣传", "timeText": "9月", "start": "2020-09-01",
                            "end": "2020-09-30", "timeKind": "WINDOW", "lead": %s, "assist": [], "groups": []}],
                 "warnings": []}""".formatted(title, leads);
    }

    private int campaigns() {
        return jdbc.sql("select count(*) from campaign").query(Integer.class).single();
    }

    private HttpResponse<String> postJson(String user, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form as the page at {@code formPage} would, with its CSRF token. */
    private HttpResponse<String> postForm(HttpClient session, String formPage, String path, String form) throws Exception {
        String page = session.send(HttpRequest.newBuilder(uri(formPage)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return session.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf(page)))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpClient logIn(String user) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = session.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<Void> r = session.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + enc("Duban@2020")
                        + "&_csrf=" + enc(csrf(page)))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session;
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Duban@2020").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
