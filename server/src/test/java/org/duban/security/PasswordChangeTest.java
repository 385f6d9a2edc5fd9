package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.duban.support.BothDatabases;
import org.duban.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A password an administrator set is replaced by its user at the first login, before anything else; over HTTP. */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:passwords-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=true"})
class PasswordChangeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewMemberReplacesTheAdministratorsPasswordBeforeAnythingElse() throws Exception {
        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin", "Duban@2020");
        long unit = jdbc.sql("select id from unit where name = '店下市场监督管理所'").query(Long.class).single();
        assertThat(admin.post("/admin/users", "/admin/users", Map.of("username", "lin.dx", "displayName", "店下所 林",
                "role", "UNIT", "unitId", String.valueOf(unit), "password", "Xia#2020-market")).statusCode()).isEqualTo(302);

        HttpBrowser member = new HttpBrowser(port);
        member.logIn("lin.dx", "Xia#2020-market");
        for (String page : new String[] {"/tasks", "/account", "/campaigns"}) {
            assertThat(member.get(page).headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password?required"));
        }
        assertThat(member.get("/account/password?required").body()).contains("别人也知道");
        assertThat(api("lin.dx", "Xia#2020-market").statusCode()).isEqualTo(401);

        HttpResponse<String> wrongCurrent = change(member, "Xia#2020-wrong", "Lin#2020-harbour", "Lin#2020-harbour");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("当前密码不正确");
        assertThat(change(member, "Xia#2020-market", "Lin#2020-harbour", "Lin#2020-harbor").body()).contains("两次输入的新密码不一致");
        assertThat(change(member, "Xia#2020-market", "Xia#2020-market", "Xia#2020-market").body()).contains("不能与当前密码相同");
        assertThat(change(member, "Xia#2020-market", "short", "short").body()).contains("密码至少");

        assertThat(change(member, "Xia#2020-market", "Lin#2020-harbour", "Lin#2020-harbour").statusCode()).isEqualTo(302);
        assertThat(member.get("/tasks").statusCode()).as("the same session goes on").isEqualTo(200);
        assertThat(api("lin.dx", "Lin#2020-harbour").statusCode()).isEqualTo(200);
        assertThat(api("lin.dx", "Xia#2020-market").statusCode()).isEqualTo(401);

        // a reset by the administrator asks for a new one again
        long id = jdbc.sql("select id from app_user where username = 'lin.dx'").query(Long.class).single();
        admin.post("/admin/users", "/admin/users/" + id + "/password", Map.of("password", "Reset#2020-market"));
        HttpBrowser again = new HttpBrowser(port);
        again.logIn("lin.dx", "Reset#2020-market");
        assertThat(again.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/account/password?required"));
    }

    @Test
    void changingOnesOwnPasswordSignsOutTheOtherDevices() throws Exception {
        HttpBrowser office = new HttpBrowser(port);
        HttpBrowser phone = new HttpBrowser(port);
        office.logIn("leader", "Duban@2020");
        phone.logIn("leader", "Duban@2020");
        HttpResponse<String> changed = change(office, "Duban@2020", "Lingdao#2020-office", "Lingdao#2020-office");
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account?passwordChanged"));
        assertThat(office.get("/account?passwordChanged").body()).contains("密码已修改");
        assertThat(phone.get("/campaigns").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?expired"));
    }

    private HttpResponse<String> change(HttpBrowser browser, String current, String password, String repeated)
            throws Exception {
        return browser.post("/account/password", "/account/password",
                Map.of("current", current, "password", password, "repeated", repeated));
    }

    private HttpResponse<String> api(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/my/assignments")).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
