package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.duban.support.BothDatabases;
import org.duban.campaign.Assignments;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions end when the account changes, and when its user signs them out elsewhere; against a real server. */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sessions-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=true"})
class SessionsEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDisabledAccountsOpenPageCannotSubmitAReport() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        assertThat(station.logIn("qianqi", "Duban@2020")).doesNotContain("/login");
        long assignment = assignmentOf("qianqi");
        String task = "/tasks/" + assignment;
        assertThat(report(station, task, "save").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).contains(task + "?saved"));
        String openPage = station.tokenOn(task);

        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin", "Duban@2020");
        UserAccount qianqi = accounts.byUsername("qianqi").orElseThrow();
        assertThat(admin.post("/admin/users", "/admin/users/" + qianqi.id(), Map.of("displayName", qianqi.displayName(),
                "role", "UNIT", "unitId", String.valueOf(qianqi.unitId()), "enabled", "false")).statusCode()).isEqualTo(302);

        int before = reports();
        HttpResponse<String> late = station.send(openPage, task + "/reports", Map.of("formKey",
                UUID.randomUUID().toString(), "action", "submit", "body", "开展质量月宣传活动", "happenedOn", "2020-09-10"));
        assertThat(late.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(reports()).isEqualTo(before);
        assertThat(station.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void resettingAPasswordEndsTheSessionsLoggedInWithTheOldOne() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        station.logIn("shacheng", "Duban@2020");
        assertThat(station.get("/tasks").statusCode()).isEqualTo(200);

        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin", "Duban@2020");
        long id = accounts.byUsername("shacheng").orElseThrow().id();
        assertThat(admin.post("/admin/users", "/admin/users/" + id + "/password", Map.of("password", "Seaport#2020-fresh"))
                .statusCode()).isEqualTo(302);

        assertThat(station.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?expired"));
        assertThat(station.get("/login?expired").body()).contains("您的登录已结束");
        assertThat(new HttpBrowser(port).logIn("shacheng", "Seaport#2020-fresh")).doesNotContain("/login");
        assertThat(admin.get("/admin/users").statusCode()).as("the admin stays logged in").isEqualTo(200);
    }

    @Test
    void aUserSeesWhereTheyAreLoggedInAndSignsOutTheOtherDevices() throws Exception {
        HttpBrowser office = new HttpBrowser(port);
        HttpBrowser phone = new HttpBrowser(port);
        office.logIn("zhiliang", "Duban@2020");
        phone.logIn("zhiliang", "Duban@2020");

        String page = office.get("/account").body();
        assertThat(page).contains("本机").containsPattern("(?s)(id=\"session-\\d+\".*){2}");

        assertThat(office.post("/account", "/account/sessions/end-others", Map.of()).statusCode()).isEqualTo(302);
        assertThat(phone.get("/reviews").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?expired"));
        assertThat(office.get("/reviews").statusCode()).isEqualTo(200);
        assertThat(office.get("/account").body()).doesNotContainPattern("(?s)(id=\"session-\\d+\".*){2}");

        // logging out ends the row too; nobody else's session can be signed out by id
        long nobodys = jdbc.sql("select max(id) from user_session").query(Long.class).single() + 1000;
        assertThat(office.post("/account", "/account/sessions/" + nobodys + "/end", Map.of()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> report(HttpBrowser browser, String task, String action) throws Exception {
        return browser.post(task, task + "/reports", Map.of("formKey", UUID.randomUUID().toString(), "action", action,
                "body", "开展质量月宣传活动，发放资料 200 份", "happenedOn", "2020-09-10"));
    }

    private long assignmentOf(String username) {
        UserAccount user = accounts.byUsername(username).orElseThrow();
        return assignments.ofUnit(user.organisationId(), user.unitId()).get(0).id();
    }

    private int reports() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single();
    }
}
