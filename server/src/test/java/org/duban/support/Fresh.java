package org.duban.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.duban.DubanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Duban as {@code java -jar duban.jar ARGS} would, with the packaged settings only (not the tests'
 * application.properties), on a free port, so that a test can restart it on the same database and see what a first
 * start, a production start or a demo start gives.
 */
public final class Fresh {

    private Fresh() {
    }

    public static ConfigurableApplicationContext start(String database, String... args) {
        List<String> all = new ArrayList<>(List.of("--spring.config.location=classpath:/application.yml",
                "--spring.datasource.url=" + database, "--server.port=0", "--duban.photos.storage=target/test-blobs",
                "--duban.notify.scheduling=false", "--logging.level.root=warn"));
        if (database.startsWith("jdbc:postgresql:")) {
            String schema = database.replaceFirst(".*currentSchema=([^&]+).*", "$1");
            all.addAll(List.of("--spring.datasource.username=" + Postgres.USER,
                    "--spring.datasource.password=" + Postgres.PASSWORD, "--spring.flyway.schemas=" + schema,
                    "--spring.flyway.default-schema=" + schema));
        }
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(DubanApplication.class).run(all.toArray(String[]::new));
    }

    public static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    /**
     * Whether the login form takes this name and password (the browser is not sent back to the login page; an
     * administrator is then asked for the second factor, which is still a login that worked).
     */
    public static boolean formLogin(ConfigurableApplicationContext app, String username, String password) throws Exception {
        String location = new HttpBrowser(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")))
                .logIn(username, password);
        return !location.isEmpty() && !location.contains("/login?");
    }

    /** The status an API call with HTTP Basic gets: 200 when the account can log in. */
    public static int apiStatus(ConfigurableApplicationContext app, String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(app, "/api/v1/campaigns"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
