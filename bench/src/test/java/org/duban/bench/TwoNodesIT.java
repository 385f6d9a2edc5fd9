package org.duban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Duban processes on one PostgreSQL schema and one S3-compatible object store, behind a small proxy that sends each
 * request to the node the test chooses, as a load balancer would: a station logs in through node A and reports with a
 * photo through node B; the coordinator reviews it through A and gets the photo's very bytes. Both nodes scan for
 * reminders every second, and each reminder still exists once.
 */
class TwoNodesIT {

    private static final String BUCKET = "duban";
    private static final Pattern PHOTO = Pattern.compile("/reports/(\\d+)/photos/(\\d+)/original");

    private static String schema;
    private static S3Proxy objectStore;
    private static BlobStore bucket;
    private static Node a;
    private static Node b;
    private static Proxy proxy;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        CrashIT.requirePostgres("the two-node test");
        assertThat(CrashIT.JAR).as("the packaged server; build with ./mvnw verify").matches(Files::exists);
        schema = CrashRun.PostgresSchema.create();
        Properties store = new Properties();
        bucket = BlobStores.create("transient-nio2", store);
        bucket.createContainer(BUCKET);
        objectStore = S3Proxy.builder().blobStore(bucket)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "two-nodes", "two-nodes-secret")
                .endpoint(URI.create("http://127.0.0.1:" + Node.freePort())).build();
        objectStore.start();
        while (!"STARTED".equals(objectStore.getState())) {
            Thread.sleep(20);
        }
        // the first node makes the schema and the demo organisation; the second joins what is there
        a = Node.start("a", schema, objectStore.getPort());
        b = Node.start("b", schema, objectStore.getPort());
        proxy = new Proxy();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (objectStore != null) {
            objectStore.stop();
        }
        if (schema != null) {
            CrashRun.PostgresSchema.drop(schema);
        }
    }

    @Test
    void aLoginOnOneNodeServesOnTheOtherAndAPhotoSentToOneIsServedByTheOther() throws Exception {
        WebClient station = browser();
        proxy.sendTo(a);
        station.logIn("qianqi", CrashRun.PASSWORD);

        proxy.sendTo(b);
        assertThat(station.get("/tasks").statusCode()).as("node B knows the login node A made").isEqualTo(200);
        long assignment = query("select min(s.id) from assignment s join app_user u on u.unit_id = s.unit_id "
                + "where u.username = 'qianqi'");
        byte[] photo = CrashRun.jpeg(new Random(7));
        String body = "两节点测试：在前岐镇集市发放质量月宣传资料 " + UUID.randomUUID();
        HttpResponse<String> sent = station.report(assignment, station.get("/tasks/" + assignment).body(), body,
                List.of(photo));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).contains("submitted");
        long report = query("select id from report where body = '" + body + "'");
        assertThat(bucket.list(BUCKET).contents()).as("the photo went to the object store, not to node B's disk")
                .anySatisfy(o -> assertThat(o.key()).contains(CrashRun.sha256(photo)));

        WebClient coordinator = browser();
        proxy.sendTo(b);
        coordinator.logIn("zhiliang", CrashRun.PASSWORD);
        proxy.sendTo(a);
        HttpResponse<String> page = coordinator.get("/reports/" + report);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(body.substring(0, 20));
        Matcher link = PHOTO.matcher(page.body());
        assertThat(link.find()).as("the report shows its photo").isTrue();
        HttpResponse<byte[]> original = coordinator.getBytes(link.group());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(CrashRun.sha256(original.body())).as("node A serves the bytes node B stored")
                .isEqualTo(CrashRun.sha256(photo));
        HttpResponse<String> accepted = coordinator.post("/reports/" + report, "/reports/" + report + "/accept",
                Map.of());
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(queryText("select state from report where id = " + report)).isEqualTo("ACCEPTED");

        proxy.sendTo(b);
        assertThat(coordinator.post("/tasks", "/logout", Map.of()).statusCode()).isEqualTo(302);
        proxy.sendTo(a);
        assertThat(coordinator.get("/reports/" + report).statusCode()).as("logged out on B is logged out on A")
                .isEqualTo(302);
    }

    @Test
    void bothNodesScanForRemindersAndEachReminderExistsOnce() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long reminders = 0;
        while (System.nanoTime() < deadline && reminders == 0) {
            Thread.sleep(1000);
            reminders = query("select count(*) from notification");
        }
        assertThat(reminders).as("the demo has late tasks, so the scans made reminders").isPositive();
        Thread.sleep(5000); // several more scans by both nodes
        assertThat(query("select count(*) from notification"))
                .isEqualTo(query("select count(distinct dedupe_key) from notification"));
        assertThat(query("select count(*) from notification")).as("later scans found nothing new to remind of")
                .isEqualTo(reminders);
        assertThat(a.log()).doesNotContain("ERROR");
        assertThat(b.log()).doesNotContain("ERROR");
    }

    /** A browser on the proxy's one address. */
    private static WebClient browser() {
        return new WebClient("http://127.0.0.1:" + proxy.port());
    }

    private static long query(String sql) throws Exception {
        return Long.parseLong(queryText(sql));
    }

    private static String queryText(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(CrashRun.PostgresSchema.URL, CrashRun.PostgresSchema.USER,
                CrashRun.PostgresSchema.PASSWORD); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            try (ResultSet rs = s.executeQuery(sql)) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** One server process. */
    private record Node(String name, Process process, int port, Path logFile) implements AutoCloseable {

        static Node start(String name, String schema, int objectStorePort) throws Exception {
            int port = freePort();
            Path dir = Files.createTempDirectory("duban-node-" + name);
            Path log = dir.resolve("server.log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                    CrashIT.JAR.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                    "--duban.demo.enabled=true", "--duban.sessions.shared=true",
                    "--duban.photos.storage=" + dir.resolve("spool"), "--duban.photos.s3.bucket=" + BUCKET,
                    "--duban.photos.s3.endpoint=http://127.0.0.1:" + objectStorePort,
                    "--duban.photos.s3.access-key=two-nodes", "--duban.photos.s3.secret-key=two-nodes-secret",
                    "--duban.notify.scan-every=PT1S", "--duban.notify.send-every=PT1S",
                    "--duban.notify.first-run-after=PT1S", "--logging.level.root=warn"));
            command.addAll(CrashRun.PostgresSchema.serverArguments(schema));
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Node node = new Node(name, process, port, log);
            node.awaitLogin();
            return node;
        }

        private void awaitLogin() throws Exception {
            try {
                DemoServer.awaitLogin(process, port, "node " + name);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + ":\n" + log(), e);
            }
        }

        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        static int freePort() throws IOException {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The load balancer: every request to the node chosen last, headers and body as they came, both ways. */
    private static final class Proxy implements AutoCloseable {

        /** Headers the JDK's client sets itself (or refuses), and hop-by-hop ones. */
        private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length",
                "transfer-encoding", "expect", "upgrade", "keep-alive");

        private final HttpServer server;
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private volatile Node target;

        Proxy() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", this::forward);
            server.start();
        }

        void sendTo(Node node) {
            target = node;
        }

        int port() {
            return server.getAddress().getPort();
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + target.port() + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
                HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
