package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.catalina.Context;
import org.duban.support.BothDatabases;
import org.duban.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Anonymous requests keep nothing on the server: a flood of GET /login (13,000 sessions in 30 s before) leaves the
 * session count where it was, and the login form still carries a working CSRF token. Against a real server.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:strangers-${random.uuid};DB_CLOSE_DELAY=-1", "duban.demo.enabled=true"})
class NoSessionForStrangersTest {

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext server;

    @Test
    void anonymousPagesCreateNoSessionAndTheLoginFormStillWorks() throws Exception {
        int before = activeSessions();
        HttpClient stranger = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/login", "/login?lang=en", "/tasks", "/campaigns/1", "/setup",
                "/nowhere", "/assets/css/duban.css"}) {
            HttpResponse<Void> page = stranger.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).as(path).isLessThan(500);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        for (int i = 0; i < 200; i++) {
            stranger.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        assertThat(activeSessions()).isEqualTo(before);

        // a browser that asked for its tasks logs in with the form's token and is taken back to them
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(302);
        assertThat(browser.logIn("qianqi", "Duban@2020")).endsWith("/tasks");
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
        assertThat(activeSessions()).isEqualTo(before + 1);

        // a token copied from another browser's page does not match this browser's cookie
        String someoneElses = new HttpBrowser(port).tokenOn("/login");
        HttpBrowser other = new HttpBrowser(port);
        other.get("/login");
        HttpResponse<String> forged = other.send(someoneElses, "/login", Map.of("username", "qianqi", "password", "Duban@2020"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("页面已过期");
    }

    private int activeSessions() {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return context.getManager().getActiveSessions();
    }
}
