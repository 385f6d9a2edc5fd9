package org.duban.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard of a campaign of 200 activities × 60 units (12,000 assignments) on embedded H2, timed over HTTP.
 * Starts {@code server/target/duban.jar} on a free port of 127.0.0.1 with an in-memory database and the demo data,
 * builds the campaign through the public interfaces (the unit form, the campaign API, the report API), then fetches
 * the dashboard page repeatedly. Target: median under 300 ms.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp bench/target/classes org.duban.bench.DashboardBench</pre>
 */
public final class DashboardBench {

    static final int ACTIVITIES = 200;
    static final int EXTRA_STATIONS = 29; // the demo has 31 units: 60 with these
    static final int WARMUP = Integer.getInteger("warmup", 15);
    static final int RUNS = Integer.getInteger("runs", 40);
    static final long TARGET_MS = 300;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    DashboardBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        try (DemoServer server = DemoServer.start(args, "1g")) {
            int port = server.port();
            DashboardBench bench = new DashboardBench(port);
            bench.awaitStart();
            long campaign = bench.buildCampaign();
            bench.measure(campaign);
            if (System.getenv("DUBAN_BENCH_KEEP") != null) {
                System.out.println("server kept on port " + port + ", campaign " + campaign + "; press Enter to stop");
                System.in.read();
            }
        }
    }

    void awaitStart() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (get("/login").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500); // not listening, or 503 until the first administrator and the demo are made
        }
        throw new IllegalStateException("the server did not start");
    }

    long buildCampaign() throws Exception {
        logIn("zhiliang");
        for (int i = 1; i <= EXTRA_STATIONS; i++) {
            postForm("/units", "name=" + enc("基准" + i + "号市场监督管理所") + "&kind=STATION&aliases=");
        }
        LocalDate today = LocalDate.now();
        StringBuilder tasks = new StringBuilder();
        String[] offices = {"质量安全监督管理股", "消费者权益保护股", "食品流通安全监督管理股", "特种设备安全监察股", "计量与标准化股"};
        for (int i = 0; i < ACTIVITIES; i++) {
            LocalDate start = today.minusDays(60).plusDays(i / 2);
            LocalDate end = start.plusDays(10 + i % 30);
            tasks.append(i == 0 ? "" : ",").append("""
                    {"no": "%d", "content": "基准活动 %d：专项检查", "timeText": "%s至%s", "start": "%s", "end": "%s",
                     "timeKind": "WINDOW", "lead": ["%s"], "assist": ["各市场监督管理所", "机关各股(室)", "各直属单位"],
                     "groups": ["各市场监督管理所", "机关各股(室)", "各直属单位"]}""".formatted(i + 1, i + 1, start, end,
                    start, end, offices[i % offices.length]));
        }
        String draft = """
                {"title": "基准测试活动方案", "issuer": "福鼎市市场监督管理局", "docNumber": null, "date": "%s",
                 "year": %d, "recipients": [], "references": [], "disclosure": null, "theme": null, "period": null,
                 "contact": null, "summaryDeadline": "%s", "reportTo": [], "requirements": null, "tasks": [%s],
                 "warnings": []}""".formatted(today, today.getYear(), today.plusDays(20), tasks);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/campaigns"))
                .header("Authorization", basic("zhiliang")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("campaign not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        long campaign = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // the coordinating unit reports on half of its assignments and accepts half of those
        String mine = http.send(HttpRequest.newBuilder(uri("/api/v1/my/assignments")).header("Authorization", basic("zhiliang"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher ids = Pattern.compile("\\{\"id\":(\\d+),\"campaignId\":" + campaign).matcher(mine);
        int n = 0;
        while (ids.find()) {
            if (n++ % 2 == 0) {
                long report = submitReport(Long.parseLong(ids.group(1)));
                if (n % 4 == 1) {
                    http.send(HttpRequest.newBuilder(uri("/api/v1/reports/" + report + "/review"))
                            .header("Authorization", basic("zhiliang")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"decision\": \"ACCEPT\"}")).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
        }
        return campaign;
    }

    private long submitReport(long assignment) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        String body = field(boundary, "formKey", UUID.randomUUID().toString()) + field(boundary, "action", "submit")
                + field(boundary, "body", "检查企业 3 家，未发现问题") + "--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/assignments/" + assignment + "/reports"))
                .header("Authorization", basic("zhiliang")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("report not submitted: " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(id.group(1));
    }

    private void measure(long campaign) throws Exception {
        String path = "/campaigns/" + campaign + "/dashboard";
        HttpResponse<String> first = get(path);
        int cells = count(first.body(), "class=\"s-");
        for (int i = 0; i < WARMUP; i++) {
            get(path);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(path);
            times.add((System.nanoTime() - t0) / 1_000_000);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("dashboard answered " + r.statusCode());
            }
        }
        Collections.sort(times);
        long median = times.get(times.size() / 2);
        long p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        System.out.printf("dashboard of %d activities, %d coloured cells, %d KB of HTML%n", ACTIVITIES, cells,
                first.body().getBytes(StandardCharsets.UTF_8).length / 1024);
        System.out.printf("over %d runs after %d warm-up: min %d ms, median %d ms, p95 %d ms, max %d ms%n", RUNS, WARMUP,
                times.get(0), median, p95, times.get(times.size() - 1));
        System.out.printf("target: median under %d ms → %s%n", TARGET_MS, median < TARGET_MS ? "MET" : "NOT MET");
    }

    private void logIn(String user) throws Exception {
        String page = get("/login").body();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + enc("Duban@2020")
                        + "&_csrf=" + enc(csrf(page)))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private void postForm(String path, String form) throws Exception {
        String token = csrf(get("/units").body());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Duban@2020").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
