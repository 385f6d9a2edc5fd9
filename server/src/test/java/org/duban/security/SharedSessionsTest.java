package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.duban.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code duban.sessions.shared=true} a login lives in the database, not in one node's memory: what the session
 * holds (the user, a refused form waiting to be shown again) is read back from there on the next request, and a
 * session gone from the database is gone for every node. The two-node test in {@code bench} runs real processes.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duban.demo.enabled=true", "duban.sessions.shared=true"})
class SharedSessionsTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginIsKeptInTheDatabaseUnderTheUsualCookie() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        long before = sessionsOf("qianqi");
        HttpResponse<String> loginPage = station.get("/login");
        assertThat(loginPage.headers().allValues("Set-Cookie")).as("a stranger gets no session")
                .noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> login = station.post("/login", "/login",
                Map.of("username", "qianqi", "password", "Duban@2020"));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("HttpOnly").contains("SameSite=Lax"));

        assertThat(sessionsOf("qianqi")).isEqualTo(before + 1);
        HttpResponse<String> tasks = station.get("/tasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("我的任务");
    }

    @Test
    void aSessionGoneFromTheDatabaseIsGone() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        station.logIn("qianqi", "Duban@2020");
        assertThat(station.get("/tasks").statusCode()).isEqualTo(200);

        jdbc.sql("delete from spring_session where principal_name = 'qianqi'").update();

        HttpResponse<String> after = station.get("/tasks");
        assertThat(after.statusCode()).as("no node remembers the login on its own").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aRefusedReportComesBackWithWhatWasTypedThroughTheDatabase() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        station.logIn("qianqi", "Duban@2020");
        long assignment = jdbc.sql("""
                        select min(s.id) from assignment s join app_user u on u.unit_id = s.unit_id
                        where u.username = 'qianqi'""").query(Long.class).single();
        String task = "/tasks/" + assignment;
        Matcher key = FORM_KEY.matcher(station.get(task).body());
        assertThat(key.find()).isTrue();

        HttpResponse<String> refused = station.post(task, task + "/reports", Map.of("formKey", key.group(1),
                "body", "在前岐镇集市发放质量月宣传资料两百份", "happenedOn", "2999-01-01", "action", "submit"));

        assertThat(refused.statusCode()).isEqualTo(302);
        String shownAgain = station.get(task).body();
        assertThat(shownAgain).contains("report-refused").contains("在前岐镇集市发放质量月宣传资料两百份");
        assertThat(jdbc.sql("select count(*) from report r join assignment s on s.id = r.assignment_id where s.id = ?")
                .param(assignment).query(Long.class).single()).as("nothing was saved").isZero();
    }

    @Test
    void loggingOutRemovesTheSessionFromTheDatabase() throws Exception {
        HttpBrowser station = new HttpBrowser(port);
        station.logIn("qianqi", "Duban@2020");
        long loggedIn = sessionsOf("qianqi");

        HttpResponse<String> out = station.post("/tasks", "/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(sessionsOf("qianqi")).isEqualTo(loggedIn - 1);
        assertThat(station.get("/tasks").statusCode()).isEqualTo(302);
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
    }
}
