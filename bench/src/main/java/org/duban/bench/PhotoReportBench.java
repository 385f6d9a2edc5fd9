package org.duban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eight phones each sending a report with one phone photo of about 3 MB (4000 × 3000) through
 * {@code POST /api/v1/assignments/{id}/reports}, the next as soon as the last is answered 201, for {@code -Dseconds}
 * (30) after {@code -DwarmupSeconds} (10): the reports acknowledged per second. Then, where the server makes the
 * photos' copies after answering (issue 11), how long until the last photo sent is processed: the photos processed
 * per second from the first report to that moment. Every photo is different bytes (a JPEG comment numbers it), so
 * none is taken for one already kept. The server runs the demo on an in-memory H2 with a 1 GB heap. Several jars
 * given (an older build first) are measured in interleaved rounds ({@code -Drounds}), and compared with the first.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp bench/target/classes org.duban.bench.PhotoReportBench [jar…]</pre>
 */
public final class PhotoReportBench {

    static final int CLIENTS = Integer.getInteger("clients", 8);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 10));
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("seconds", 30));
    static final int BASE_PHOTOS = 8;
    /** JPEG quality of the photos: 0.85 gives about 3 MB at 4000 × 3000 with the grain they have. */
    static final float QUALITY = Float.parseFloat(System.getProperty("quality", "0.85"));
    private static final Pattern ASSIGNMENT_ID = Pattern.compile("\\{\"id\":(\\d+),\"campaignId\"");
    private static final Pattern REPORT_ID = Pattern.compile("^\\{\"id\":(\\d+),");

    private PhotoReportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> jars = args.length == 0 ? List.of("server/target/duban.jar") : List.of(args);
        int rounds = Integer.getInteger("rounds", 1);
        List<String> settings = new ArrayList<>();
        String workers = System.getProperty("workers");
        if (workers != null) {
            settings.add("--duban.photos.queue.workers=" + workers);
        }
        System.out.printf("%d clients, one phone photo per report, %d s after %d s warm-up; %d round(s) of %s%n",
                CLIENTS, RUN.toSeconds(), WARMUP.toSeconds(), rounds, jars);
        CompileBench.Photos made = new CompileBench.Photos();
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < BASE_PHOTOS; i++) {
            photos.add(made.next(QUALITY));
        }
        System.out.printf("photos of %d–%d KB made%n", photos.stream().mapToInt(p -> p.length).min().orElse(0) / 1024,
                photos.stream().mapToInt(p -> p.length).max().orElse(0) / 1024);
        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String jar : jars) { // interleaved: a busy moment of the machine weighs on both
                Result r = run(jar, settings, photos);
                System.out.printf("round %d, %s: %s%n", round, jar, r);
                results.computeIfAbsent(jar, k -> new ArrayList<>()).add(r);
            }
        }
        System.out.println();
        double first = results.get(jars.get(0)).stream().mapToDouble(Result::acknowledgedPerSecond).average().orElse(0);
        for (Map.Entry<String, List<Result>> e : results.entrySet()) {
            double mean = e.getValue().stream().mapToDouble(Result::acknowledgedPerSecond).average().orElse(0);
            System.out.printf("%-50s %.2f reports/s acknowledged (%.2f× the first), %.2f photos/s end to end%n",
                    e.getKey(), mean, first == 0 ? 0 : mean / first,
                    e.getValue().stream().mapToDouble(Result::processedPerSecond).average().orElse(0));
        }
    }

    record Result(double acknowledgedPerSecond, long medianMs, long p95Ms, long errors, long photos, boolean queued,
            double drainSeconds, double processedPerSecond) {

        @Override
        public String toString() {
            return String.format("%.2f reports/s acknowledged (median %d ms, p95 %d ms, %d errors); %d photos %s, "
                    + "%.2f photos/s end to end", acknowledgedPerSecond, medianMs, p95Ms, errors, photos,
                    queued ? String.format("processed %.1f s after the last answer", drainSeconds) : "processed in the request",
                    processedPerSecond);
        }
    }

    private static Result run(String jar, List<String> settings, List<byte[]> photos) throws Exception {
        try (DemoServer server = DemoServer.start(new String[] {jar}, "1g", settings)) {
            DashboardBench client = new DashboardBench(server.port());
            server.awaitLogin();
            Map<String, List<Long>> assignments = assignments(client);
            List<String> accounts = new ArrayList<>(assignments.keySet());
            AtomicLong sequence = new AtomicLong();
            long began = System.nanoTime();
            long warmUntil = began + WARMUP.toNanos();
            long until = warmUntil + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Phone>> phones = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String account = accounts.get(c % accounts.size());
                List<Long> theirs = assignments.get(account);
                byte[] base = photos.get(c % photos.size());
                phones.add(pool.submit(() -> send(client, account, theirs, base, sequence, warmUntil, until)));
            }
            List<Long> times = new ArrayList<>();
            long errors = 0;
            long all = 0;
            List<Long> lastReports = new ArrayList<>();
            for (Future<Phone> f : phones) {
                Phone p = f.get();
                times.addAll(p.times());
                errors += p.errors();
                all += p.all();
                if (p.lastReport() > 0) {
                    lastReports.add(p.lastReport());
                }
            }
            pool.shutdown();
            long sent = System.nanoTime();
            boolean queued = awaitProcessed(client, lastReports);
            long processed = System.nanoTime();
            Collections.sort(times);
            return new Result(times.size() / (double) RUN.toSeconds(),
                    times.isEmpty() ? 0 : times.get(times.size() / 2) / 1_000_000,
                    times.isEmpty() ? 0 : times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1_000_000, errors, all,
                    queued, (processed - sent) / 1e9, all / ((processed - began) / 1e9));
        }
    }

    private record Phone(List<Long> times, long errors, long all, long lastReport) {
    }

    /** One phone: a report after the other on its own connection; the times of those sent after the warm-up. */
    private static Phone send(DashboardBench client, String account, List<Long> assignments, byte[] photo,
            AtomicLong sequence, long warmUntil, long until) {
        HttpClient phone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> times = new ArrayList<>();
        long errors = 0;
        long all = 0;
        long last = 0;
        while (System.nanoTime() < until) {
            long n = sequence.incrementAndGet();
            String boundary = "bench" + n + "x" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream(photo.length + 1024);
            CompileBench.text(body, boundary, "formKey", "photo-bench-" + boundary);
            CompileBench.text(body, boundary, "action", "submit");
            CompileBench.text(body, boundary, "body", "开展质量宣传，发放资料 120 份，检查企业 8 家。（" + n + "）");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"IMG_" + n
                    + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(numbered(photo, n));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            long assignment = assignments.get((int) (n % assignments.size()));
            long t0 = System.nanoTime();
            int status;
            String answer = "";
            try {
                HttpResponse<String> r = phone.send(HttpRequest.newBuilder(client.uri("/api/v1/assignments/"
                                + assignment + "/reports")).timeout(Duration.ofSeconds(120))
                        .header("Authorization", DashboardBench.basic(account))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = r.statusCode();
                answer = r.body();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long t1 = System.nanoTime();
            Matcher id = REPORT_ID.matcher(answer);
            if (status == 201 && id.find()) {
                all++;
                last = Long.parseLong(id.group(1));
            }
            if (t0 >= warmUntil && t1 <= until) {
                if (status == 201) {
                    times.add(t1 - t0);
                } else {
                    errors++;
                }
            }
        }
        return new Phone(times, errors, all, last);
    }

    /**
     * Waits until the photos of these reports are processed; false when the server says nothing of processing (it
     * made the copies in the request).
     */
    private static boolean awaitProcessed(DashboardBench client, List<Long> reports) throws Exception {
        boolean queued = false;
        for (long report : reports) {
            while (true) {
                String json = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/reports/" + report))
                        .header("Authorization", DashboardBench.basic("zhiliang")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                if (!json.contains("\"processing\":\"PENDING\"")) {
                    queued |= json.contains("\"processing\"");
                    break;
                }
                queued = true;
                Thread.sleep(100);
            }
        }
        return queued;
    }

    /** The photo with a JPEG comment (COM) right after its start marker: other bytes, the same picture. */
    static byte[] numbered(byte[] jpeg, long n) {
        byte[] text = ("duban bench " + n).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + text.length + 4);
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The reporting accounts of the demo and a few assignments each, as the crash test takes them. */
    private static Map<String, List<Long>> assignments(DashboardBench client) throws Exception {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (String account : CrashRun.REPORTERS) {
            String mine = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/my/assignments"))
                    .header("Authorization", DashboardBench.basic(account)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            List<Long> ids = new ArrayList<>();
            Matcher m = ASSIGNMENT_ID.matcher(mine);
            while (m.find() && ids.size() < 8) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (!ids.isEmpty()) {
                out.put(account, ids);
            }
        }
        return out;
    }
}
