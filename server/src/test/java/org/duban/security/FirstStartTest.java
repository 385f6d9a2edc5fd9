package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.BothDatabases;
import org.duban.support.Fresh;
import org.duban.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production start on an empty database (no demo flag): nobody can log in with a known password, and the first
 * administrator is created on the one-time setup page with the code from the server's log.
 */
@BothDatabases
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aStartWithoutTheDemoHasNoKnownPasswordAndSetsUpItsFirstAdministratorOnce(CapturedOutput log) throws Exception {
        try (ConfigurableApplicationContext app = Fresh.start(TestDatabase.freshUrl())) {
            for (String name : List.of("admin", "zhiliang", "qianqi", "shacheng", "leader")) {
                assertThat(Fresh.apiStatus(app, name, "Duban@2020")).as(name).isEqualTo(401);
            }
            Matcher code = Pattern.compile("设置码 ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})").matcher(log.getAll());
            assertThat(code.find()).as("the log gives the setup code").isTrue();

            String login = get(app, "/login").body();
            assertThat(login).contains("/setup").doesNotContain("Duban@2020");

            HttpResponse<String> wrongCode = setUp(app, "ABCD-EFGH-JKLM", "lin", "Fuding#2020-admin");
            assertThat(wrongCode.statusCode()).isEqualTo(400);
            assertThat(wrongCode.body()).contains("设置码不正确");
            HttpResponse<String> weak = setUp(app, code.group(1), "lin", "password");
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("密码至少");
            assertThat(Fresh.formLogin(app, "lin", "password")).isFalse();

            // the code as a person might type it: lower case, without the dashes
            HttpResponse<String> done = setUp(app, code.group(1).toLowerCase().replace("-", ""), "Lin", "Fuding#2020-admin");
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?setUp"));
            assertThat(Fresh.formLogin(app, "lin", "Fuding#2020-admin")).isTrue();

            // once there is an administrator the page is gone, and the code creates nothing more
            assertThat(get(app, "/setup").statusCode()).isEqualTo(404);
            assertThat(get(app, "/login").body()).doesNotContain("/setup");
        }
    }

    private HttpResponse<String> setUp(ConfigurableApplicationContext app, String code, String username, String password)
            throws Exception {
        String page = get(app, "/setup").body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the setup page has its form").isTrue();
        String form = "code=" + enc(code) + "&organisation=" + enc("福鼎市市场监督管理局") + "&username=" + enc(username)
                + "&displayName=" + enc("林主任") + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(Fresh.uri(app, "/setup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(Fresh.uri(app, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
