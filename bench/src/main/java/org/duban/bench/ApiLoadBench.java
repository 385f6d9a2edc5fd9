package org.duban.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 32 phones polling 我的任务 at once, four ways: the page with a browser session, the API with a personal access
 * token (Bearer), the API with HTTP Basic as Duban now checks it (a successful check remembered for 5 minutes), and
 * the API with HTTP Basic checked by BCrypt on every call (a second server with {@code --duban.api.basic-cache=0s},
 * which is how every Basic call was checked before). Each client has its own connection and sends its next request
 * when the last one is answered. Starts {@code server/target/duban.jar} with the demo on 127.0.0.1; plain JDK only.
 * Target: the API with a token at least as fast as the page with a session.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp bench/target/classes org.duban.bench.ApiLoadBench</pre>
 */
public final class ApiLoadBench {

    static final int CLIENTS = Integer.getInteger("clients", 32);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 5));
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("seconds", 20));
    static final String USER = "shacheng";
    static final String PASSWORD = "Duban@2020";

    public static void main(String[] args) throws Exception {
        Path jar = DemoServer.jar(args);
        System.out.printf("%d clients, %d s each after %d s warm-up, GET 我的任务 as %s%n", CLIENTS, RUN.toSeconds(),
                WARMUP.toSeconds(), USER);
        List<Result> results = new ArrayList<>();
        try (Server server = Server.start(jar)) {
            String token = server.makeToken();
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(server.logIn());
            }
            results.add(server.load("page /tasks with a session", "/tasks", i -> "Cookie", i -> sessions.get(i)));
            results.add(server.load("API with an access token", "/api/v1/my/assignments", i -> "Authorization",
                    i -> "Bearer " + token));
            results.add(server.load("API with HTTP Basic (remembered)", "/api/v1/my/assignments", i -> "Authorization",
                    i -> basic()));
        }
        try (Server server = Server.start(jar, "--duban.api.basic-cache=0s")) {
            results.add(server.load("API with HTTP Basic, BCrypt every call", "/api/v1/my/assignments",
                    i -> "Authorization", i -> basic()));
        }
        System.out.println();
        System.out.printf("%-40s %9s %10s %10s %7s%n", "", "req/s", "median ms", "p95 ms", "errors");
        for (Result r : results) {
            System.out.printf("%-40s %9.0f %10d %10d %7d%n", r.name, r.perSecond, r.median, r.p95, r.errors);
        }
        boolean met = results.get(1).perSecond >= results.get(0).perSecond;
        System.out.printf("target: the token API at least as fast as the page with a session → %s%n", met ? "MET" : "NOT MET");
    }

    private record Result(String name, double perSecond, long median, long p95, long errors) {
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Server implements AutoCloseable {

        private final Process process;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Server(Process process, int port) {
            this.process = process;
            this.base = "http://127.0.0.1:" + port;
        }

        static Server start(Path jar, String... extra) throws Exception {
            int port = DemoServer.freePort();
            List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
            command.addAll(DemoServer.jvmOptions());
            command.addAll(List.of("-jar", jar.toString(),
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                    "--duban.photos.storage=" + Files.createTempDirectory("duban-bench-blobs"),
                    "--duban.demo.enabled=true", "--logging.level.root=warn"));
            command.addAll(List.of(extra));
            Server server = new Server(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), port);
            server.awaitStart();
            return server;
        }

        private void awaitStart() throws InterruptedException {
            for (int i = 0; i < 240; i++) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                // not listening, or 503 while the demo organisation loads: ask again in a while
                Thread.sleep(500);
            }
            throw new IllegalStateException("the server did not start");
        }

        /** Logs in through the form; the session cookie (and the CSRF cookie) as a Cookie header. */
        String logIn() throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + enc(PASSWORD)
                            + "&_csrf=" + enc(csrf(page)))).build(), HttpResponse.BodyHandlers.discarding());
            if (login.headers().firstValue("Location").orElse("/login").contains("/login")) {
                throw new IllegalStateException("login failed: " + login.headers().firstValue("Location"));
            }
            StringBuilder header = new StringBuilder();
            cookies.getCookieStore().getCookies().forEach(c -> header.append(header.isEmpty() ? "" : "; ")
                    .append(c.getName()).append('=').append(c.getValue()));
            return header.toString();
        }

        /** Makes a read-only token on the account page, as a user would, and reads it off the page. */
        String makeToken() throws Exception {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + enc(PASSWORD)
                            + "&_csrf=" + enc(csrf(page)))).build(), HttpResponse.BodyHandlers.discarding());
            String account = browser.send(HttpRequest.newBuilder(URI.create(base + "/account")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            browser.send(HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=bench&scopes=READ&days=7&_csrf=" + enc(csrf(account))))
                    .build(), HttpResponse.BodyHandlers.discarding());
            Matcher token = Pattern.compile("dbn_[A-Za-z0-9_-]{43}").matcher(browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/account")).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!token.find()) {
                throw new IllegalStateException("no token shown on the account page");
            }
            return token.group();
        }

        Result load(String name, String path, Function<Integer, String> header, Function<Integer, String> value)
                throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long warmUntil = System.nanoTime() + WARMUP.toNanos();
            long until = warmUntil + RUN.toNanos();
            List<Future<long[]>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    // one connection per phone
                    HttpClient phone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .header(header.apply(client), value.apply(client)).build();
                    List<Long> times = new ArrayList<>();
                    long errors = 0;
                    while (System.nanoTime() < until) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = phone.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= warmUntil) {
                            times.add((t1 - t0) / 1_000);
                            if (status != 200) {
                                errors++;
                            }
                        }
                    }
                    long[] out = new long[times.size() + 1];
                    out[0] = errors;
                    for (int i = 0; i < times.size(); i++) {
                        out[i + 1] = times.get(i);
                    }
                    return out;
                }));
            }
            List<Long> all = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> f : clients) {
                long[] out = f.get();
                errors += out[0];
                for (int i = 1; i < out.length; i++) {
                    all.add(out[i]);
                }
            }
            pool.shutdown();
            Collections.sort(all);
            Result r = new Result(name, all.size() / (double) RUN.toSeconds(),
                    all.isEmpty() ? 0 : all.get(all.size() / 2) / 1000,
                    all.isEmpty() ? 0 : all.get((int) Math.ceil(all.size() * 0.95) - 1) / 1000, errors);
            System.out.printf("%-40s %6.0f req/s, median %d ms, p95 %d ms, %d errors%n", r.name, r.perSecond, r.median,
                    r.p95, r.errors);
            return r;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
