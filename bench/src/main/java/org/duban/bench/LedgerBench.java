package org.duban.bench;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The 台账 workbook of a campaign of 200 activities × 60 units (11,800 assignments, some reported and accepted), timed
 * over HTTP: {@code GET /api/v1/campaigns/{id}/ledger.xlsx} until the last byte is in. Builds the campaign as
 * {@link DashboardBench} does, on the same in-memory H2, with the server's heap capped (default 512 MB, -Dxmx=…)
 * so that a workbook held in memory would show. Target: median under 5 s.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp bench/target/classes org.duban.bench.LedgerBench</pre>
 */
public final class LedgerBench {

    static final int WARMUP = Integer.getInteger("warmup", 2);
    static final int RUNS = Integer.getInteger("runs", 5);
    static final long TARGET_MS = 5_000;

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        String xmx = System.getProperty("xmx", "512m");
        try (DemoServer server = DemoServer.start(args, xmx)) {
            int port = server.port();
            DashboardBench builder = new DashboardBench(port);
            server.awaitLogin();
            long t0 = System.nanoTime();
            long campaign = builder.buildCampaign();
            System.out.printf("campaign of %d activities built in %d s%n", DashboardBench.ACTIVITIES,
                    (System.nanoTime() - t0) / 1_000_000_000);
            measure(builder, campaign, xmx);
        }
    }

    private static void measure(DashboardBench client, long campaign, String xmx) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(client.uri("/api/v1/campaigns/" + campaign + "/ledger.xlsx"))
                .header("Authorization", DashboardBench.basic("zhiliang")).build();
        byte[] first = fetch(client, request);
        for (int i = 1; i < WARMUP; i++) {
            fetch(client, request);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            fetch(client, request);
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(times);
        long median = times.get(times.size() / 2);
        System.out.printf("workbook: %d KB, %d rows in 活动台账 (server heap capped at %s)%n", first.length / 1024,
                rowsOfFirstDataSheet(first), xmx);
        System.out.printf("over %d runs after %d warm-up: min %d ms, median %d ms, max %d ms%n", RUNS, WARMUP,
                times.get(0), median, times.get(times.size() - 1));
        System.out.printf("target: median under %d ms → %s%n", TARGET_MS, median < TARGET_MS ? "MET" : "NOT MET");
    }

    private static byte[] fetch(DashboardBench client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = client.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the workbook answered " + r.statusCode());
        }
        return r.body();
    }

    /** The rows of sheet2.xml (活动台账), counted without a spreadsheet library: the bench needs none. */
    private static int rowsOfFirstDataSheet(byte[] xlsx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    return count(zip, "<row ");
                }
            }
        }
        return -1;
    }

    private static int count(InputStream in, String needle) throws Exception {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
