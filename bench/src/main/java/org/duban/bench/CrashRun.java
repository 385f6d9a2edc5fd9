package org.duban.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * "报送成功" must mean durable. Starts {@code server/target/duban.jar} on a free port of 127.0.0.1, lets several
 * clients submit reports with a photo each through {@code POST /api/v1/assignments/{id}/reports} (HTTP Basic, the demo
 * accounts), kills the process with SIGKILL in the middle of it, starts it again on the same data and checks that
 * every report that was answered 201 is there, submitted, with its text and the photo's bytes (SHA-256 of the
 * original as downloaded), and that its photo's thumbnail gets made: the processing queued with the photo, or taken
 * by the killed process, is done after the restart. Repeated {@code crashes} times; a report lost is one that was
 * acknowledged and is not there whole after a restart.
 *
 * <p>On H2 the server runs with no database setting at all, in a working directory of its own: exactly the embedded
 * default ({@code ./data}). On PostgreSQL it gets a fresh schema of {@code DUBAN_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/test, user postgres), dropped afterwards.
 */
public final class CrashRun {

    public enum Database { H2, POSTGRES }

    /**
     * @param loadMillis how long, at most, the clients keep submitting after the first few answers before the kill;
     *                   the moment is random within it
     */
    public record Settings(Path jar, Database database, int crashes, int clients, long loadMillis, long seed) {
    }

    /** What a run found: {@code lost} must be 0; {@code problems} says what went wrong and where. */
    public record Outcome(Database database, int crashes, int acknowledged, int lost, int cutOff, int refused,
            double reportsPerSecond, Duration elapsed, Duration starting, Duration loading, Duration verifying,
            List<String> problems, Path workDir) {

        public boolean clean() {
            return lost == 0 && refused == 0 && problems.isEmpty();
        }

        public String summary() {
            return String.format("%-8s %2d crashes, %4d reports acknowledged (201), %d lost, %d cut off by the kill "
                    + "(no answer: not counted), %d refused; %.1f reports/s under load; %ds (starting %ds, loading "
                    + "%ds, checking %ds)", database, crashes, acknowledged, lost, cutOff, refused, reportsPerSecond,
                    elapsed.toSeconds(), starting.toSeconds(), loading.toSeconds(), verifying.toSeconds());
        }
    }

    static final String PASSWORD = "Duban@2020";
    /** Accounts that report for their own unit in the demo organisation: two stations, the coordinator, the admin. */
    static final List<String> REPORTERS = List.of("qianqi", "shacheng", "zhiliang", "admin");
    static final String COORDINATOR = "zhiliang";
    private static final Pattern REPORT_ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern ASSIGNMENT_ID = Pattern.compile("\\{\"id\":(\\d+),\"campaignId\"");

    private final Settings settings;
    private final Random random;
    private final Path workDir;
    private final int port;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Ack> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private String schema;
    private Process server;
    private int starts;
    private long loadNanos;
    private long startNanos;
    private long verifyNanos;

    /** A report the server acknowledged with 201: what must be found after every later restart. */
    record Ack(long reportId, long assignmentId, String account, String body, String photoSha256, int crash) {
    }

    public CrashRun(Settings settings) throws IOException {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.workDir = Files.createTempDirectory("duban-crash-" + settings.database().name().toLowerCase() + "-");
        this.port = DemoServer.freePort();
    }

    public Outcome run() throws Exception {
        Instant began = Instant.now();
        if (settings.database() == Database.POSTGRES) {
            schema = PostgresSchema.create();
        }
        int lost = 0;
        try {
            start();
            Map<String, List<Long>> assignments = assignmentsOfEachReporter();
            for (int crash = 1; crash <= settings.crashes(); crash++) {
                loadAndKill(crash, assignments);
                start();
                int thisCrash = crash;
                verify(acknowledged.stream().filter(a -> a.crash() == thisCrash).toList(), "after crash " + crash);
            }
            // every report again, at the end: a later crash must not have taken an earlier one
            lost = verify(acknowledged, "at the end");
            stop();
        } finally {
            if (server != null && server.isAlive()) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (schema != null) {
                PostgresSchema.drop(schema);
            }
        }
        double seconds = loadNanos / 1e9;
        Outcome outcome = new Outcome(settings.database(), settings.crashes(), acknowledged.size(), lost, cutOff.get(),
                refused.get(), seconds == 0 ? 0 : acknowledged.size() / seconds, Duration.between(began, Instant.now()),
                Duration.ofNanos(startNanos), Duration.ofNanos(loadNanos), Duration.ofNanos(verifyNanos),
                List.copyOf(problems), workDir);
        if (outcome.clean()) {
            deleteWorkDir(); // kept, with the server's log, only when something went wrong
        }
        return outcome;
    }

    private void deleteWorkDir() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(workDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Clients submit until a few reports are in, then a random while longer; then SIGKILL, mid-request. */
    private void loadAndKill(int crash, Map<String, List<Long>> assignments) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
        List<Thread> clients = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        int before = acknowledged.size();
        long t0 = System.nanoTime();
        for (int i = 0; i < settings.clients(); i++) {
            String account = REPORTERS.get(i % REPORTERS.size());
            List<Long> theirs = assignments.get(account);
            long clientSeed = random.nextLong();
            Thread t = new Thread(() -> submitUntil(stop, http, account, theirs, crash, new Random(clientSeed)),
                    "crash-client-" + i);
            t.start();
            clients.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() - before < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep((long) (random.nextDouble() * settings.loadMillis()));
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
        server.waitFor(30, TimeUnit.SECONDS);
        loadNanos += System.nanoTime() - t0;
        stop.set(true);
        for (Thread t : clients) {
            t.join(TimeUnit.SECONDS.toMillis(90));
        }
        if (acknowledged.size() == before) {
            problems.add("crash " + crash + ": no report was acknowledged before the kill");
        }
    }

    private void submitUntil(java.util.concurrent.atomic.AtomicBoolean stop, HttpClient http, String account,
            List<Long> assignments, int crash, Random random) {
        while (!stop.get()) {
            long assignment = assignments.get(random.nextInt(assignments.size()));
            String formKey = UUID.randomUUID().toString();
            String body = "崩溃测试：第 " + crash + " 轮，表单 " + formKey;
            byte[] photo = jpeg(random);
            String boundary = "crash" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            field(multipart, boundary, "formKey", formKey);
            field(multipart, boundary, "action", "submit");
            field(multipart, boundary, "happenedOn", LocalDate.now().toString());
            field(multipart, boundary, "body", body);
            multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; "
                    + "filename=\"现场.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(photo);
            multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/assignments/" + assignment + "/reports"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", basic(account))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher id = REPORT_ID.matcher(r.body());
                if (r.statusCode() == 201 && id.find()) {
                    acknowledged.add(new Ack(Long.parseLong(id.group(1)), assignment, account, body, sha256(photo), crash));
                } else if (!stop.get()) {
                    refused.incrementAndGet();
                    problem("crash " + crash + ": a report was answered " + r.statusCode() + ": "
                            + r.body().substring(0, Math.min(300, r.body().length())));
                }
            } catch (IOException e) {
                // the kill cut the request off: no answer, so nothing was promised
                cutOff.incrementAndGet();
                sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Looks for each acknowledged report (as the coordinator sees them through the API) and downloads its photo's
     * original; returns how many are missing or not whole.
     */
    private int verify(List<Ack> acks, String when) throws Exception {
        long t0 = System.nanoTime();
        try {
            return verifyNow(acks, when);
        } finally {
            verifyNanos += System.nanoTime() - t0;
        }
    }

    private int verifyNow(List<Ack> acks, String when) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Long, Map<String, Object>> found = new LinkedHashMap<>();
        Set<Long> assignmentIds = new LinkedHashSet<>();
        acks.forEach(a -> assignmentIds.add(a.assignmentId()));
        for (long assignment : assignmentIds) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/assignments/" + assignment + "/reports"))
                    .header("Authorization", basic(COORDINATOR)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("listing reports of assignment " + assignment + " answered " + r.statusCode());
            }
            for (Object o : (List<?>) Json.parse(r.body())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> report = (Map<String, Object>) o;
                found.put(((Number) report.get("id")).longValue(), report);
            }
        }
        logIn(http, COORDINATOR);
        int lost = 0;
        for (Ack ack : acks) {
            String missing = whatIsMissing(http, ack, found.get(ack.reportId()));
            if (missing != null) {
                lost++;
                problem(when + ": report " + ack.reportId() + " by "
                        + ack.account() + ", acknowledged before crash " + ack.crash() + ": " + missing);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        for (Ack ack : acks) {
            Map<String, Object> report = found.get(ack.reportId());
            if (report == null || ((List<?>) report.get("photos")).size() != 1) {
                continue; // lost, and said so
            }
            String thumbnail = (String) ((Map<?, ?>) ((List<?>) report.get("photos")).get(0)).get("thumbnail");
            String missing = thumbnailMissing(http, thumbnail);
            while (missing != null && System.nanoTime() < deadline) {
                Thread.sleep(250);
                missing = thumbnailMissing(http, thumbnail);
            }
            if (missing != null) {
                problem(when + ": the photo of report " + ack.reportId() + ", acknowledged before crash " + ack.crash()
                        + ", was never processed: " + missing);
            }
        }
        return lost;
    }

    /** Null when the thumbnail is a JPEG made from the photo; else what it is (a placeholder: still queued). */
    private String thumbnailMissing(HttpClient http, String thumbnail) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri(thumbnail)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() == 200 && type.startsWith("image/jpeg")
                && ImageIO.read(new java.io.ByteArrayInputStream(r.body())) != null) {
            return null;
        }
        return "its thumbnail answered " + r.statusCode() + " " + type;
    }

    private String whatIsMissing(HttpClient http, Ack ack, Map<String, Object> report) throws Exception {
        if (report == null) {
            return "missing";
        }
        if (!ack.body().equals(report.get("body"))) {
            return "its text is " + report.get("body");
        }
        if (!"SUBMITTED".equals(report.get("state"))) {
            return "its state is " + report.get("state");
        }
        List<?> photos = (List<?>) report.get("photos");
        if (photos.size() != 1) {
            return photos.size() + " photos instead of 1";
        }
        String original = (String) ((Map<?, ?>) photos.get(0)).get("original");
        HttpResponse<byte[]> bytes = http.send(HttpRequest.newBuilder(uri(original)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (bytes.statusCode() != 200) {
            return "its photo answered " + bytes.statusCode();
        }
        if (!sha256(bytes.body()).equals(ack.photoSha256())) {
            return "its photo's bytes differ";
        }
        return null;
    }

    private Map<String, List<Long>> assignmentsOfEachReporter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (String account : REPORTERS) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/my/assignments"))
                    .header("Authorization", basic(account)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<Long> ids = new ArrayList<>();
            Matcher m = ASSIGNMENT_ID.matcher(r.body());
            while (m.find() && ids.size() < 4) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException(account + " has no assignments (" + r.statusCode() + "): " + r.body());
            }
            out.put(account, ids);
        }
        return out;
    }

    private void start() throws Exception {
        long t0 = System.nanoTime();
        try {
            startNow();
        } finally {
            startNanos += System.nanoTime() - t0;
        }
    }

    private void startNow() throws Exception {
        starts++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // quick to start (C1 only, serial GC): this run starts the server crashes + 1 times; speed is not
                // what it measures
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                settings.jar().toAbsolutePath().toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--duban.demo.enabled=true", "--duban.demo.accounts-enabled=true",
                // the killed process's claims on photos run out after 10 s instead of 2 minutes: a shorter wait
                "--duban.photos.queue.lease=PT10S", "--duban.photos.queue.poll=PT2S",
                "--logging.level.root=warn"));
        if (schema != null) {
            command.addAll(PostgresSchema.serverArguments(schema));
        }
        Path log = workDir.resolve("server.log");
        Files.writeString(log, "\n==== start " + starts + " ====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        server = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue() + " on start " + starts
                        + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer within 4 minutes of start " + starts + "; see " + log);
    }

    private void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private void logIn(HttpClient http, String account) throws Exception {
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + account + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not log in as " + account + ": " + r.statusCode());
        }
    }

    private void problem(String p) {
        if (problems.size() < 50) {
            problems.add(p);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A small JPEG no other report has: random blocks on a random ground. */
    static byte[] jpeg(Random random) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 320, 240);
        for (int i = 0; i < 16; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(320), random.nextInt(240), 20 + random.nextInt(100), 20 + random.nextInt(80));
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The PostgreSQL side: a schema of its own for one run. */
    public static final class PostgresSchema {

        static final String URL = env("DUBAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        static final String USER = env("DUBAN_TEST_PG_USER", "postgres");
        static final String PASSWORD = env("DUBAN_TEST_PG_PASSWORD", "");

        private PostgresSchema() {
        }

        /** Why PostgreSQL cannot be used, or null. */
        public static String unreachable() {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return null;
            } catch (SQLException e) {
                return "PostgreSQL at " + URL + " is unreachable (" + e.getMessage() + ")";
            }
        }

        static String create() throws SQLException {
            String schema = "duban_crash_" + Instant.now().getEpochSecond() + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            return schema;
        }

        static void drop(String schema) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop " + schema + ": " + e.getMessage());
            }
        }

        static List<String> serverArguments(String schema) {
            return List.of("--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                    "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }
}
