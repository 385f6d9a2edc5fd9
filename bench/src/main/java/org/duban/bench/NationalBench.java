package org.duban.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of issue 12's national scale, timed over HTTP on the schema {@link NationalData} filled: a county's
 * dashboard, a city's roll-up of its counties, a province's roll-up, and the national roll-up (the campaigns of the
 * whole country by province, ranked). Starts {@code server/target/duban.jar} (or the jar given as the first argument)
 * on that schema, logs in as each level's coordinator through the login form, fetches each page in interleaved rounds
 * after a warm-up, and prints p50/p95 with the targets (county p95 ≤ 50 ms, city ≤ 300 ms, national ≤ 1 s).
 *
 * <pre>java -Dschema=duban_national -Druns=40 -cp "bench/target/classes:bench/target/lib/*" org.duban.bench.NationalBench</pre>
 *
 * <p>{@code -Donly=county} times only the pages whose name starts with it (here the county's dashboard), to see one
 * page's own times without the others beside it; {@code -Djfr=FILE} records the server.
 */
public final class NationalBench {

    static final int WARMUP = Integer.getInteger("warmup", 10);
    static final int RUNS = Integer.getInteger("runs", 40);

    /** A page as one level's coordinator opens it, with its target for p95 (0: none set). */
    record Page(String name, String account, String path, long targetMs) {
    }

    private NationalBench() {
    }

    public static void main(String[] args) throws Exception {
        String schema = System.getProperty("schema", "duban_national");
        Path jar = DemoServer.jar(args);
        List<Page> pages = new ArrayList<>();
        try (Connection c = NationalData.connect(schema)) {
            pages.add(new Page("county dashboard (30 units × 25 activities)", "county-1",
                    "/campaigns/" + campaignOf(c, "county-1") + "/dashboard", 50));
            pages.add(new Page("city roll-up (" + lower(c, "city-1") + " counties)", "city-1",
                    "/campaigns/" + campaignOf(c, "city-1") + "/rollup", 300));
            pages.add(new Page("province roll-up (" + lower(c, "province-1") + " campaigns under it)", "province-1",
                    "/campaigns/" + campaignOf(c, "province-1") + "/rollup", 0));
            pages.add(new Page("national roll-up by province (" + lower(c, "national") + " campaigns)", "national",
                    "/campaigns/" + campaignOf(c, "national") + "/rollup", 1000));
        }
        String only = System.getProperty("only"); // -Donly=county: time the pages whose name starts so, alone
        if (only != null) {
            pages.removeIf(p -> !p.name().startsWith(only));
        }
        int port = DemoServer.freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + System.getProperty("xmx", "1g")));
        String jfr = System.getProperty("jfr"); // -Djfr=server.jfr: a flight recording of the server, written at exit
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1", "--duban.demo.enabled=false",
                "--duban.two-factor.required=false",
                "--duban.photos.storage=" + Files.createTempDirectory("duban-national-blobs"),
                "--logging.level.root=warn"));
        command.addAll(CrashRun.PostgresSchema.serverArguments(schema));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            DemoServer.awaitLogin(server, port, "the server on " + schema);
            Map<String, WebClient> browsers = new LinkedHashMap<>();
            for (Page p : pages) {
                WebClient b = new WebClient("http://127.0.0.1:" + port);
                b.logIn(p.account(), NationalData.PASSWORD);
                browsers.put(p.account(), b);
                long t0 = System.nanoTime();
                HttpResponse<String> first = b.get(p.path());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (first.statusCode() != 200) {
                    throw new IllegalStateException(p.name() + " answered " + first.statusCode());
                }
                System.out.printf("%s: %s, %d KB, first request (cold) %d ms%n", p.name(), p.path(),
                        first.body().length() / 1024, ms);
            }
            Map<Page, long[]> times = new LinkedHashMap<>();
            pages.forEach(p -> times.put(p, new long[RUNS]));
            for (int i = -WARMUP; i < RUNS; i++) {
                for (Page p : pages) { // interleaved, so that whatever else the machine does falls on all alike
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = browsers.get(p.account()).get(p.path());
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(p.name() + " answered " + r.statusCode());
                    }
                    if (i >= 0) {
                        times.get(p)[i] = ms;
                    }
                }
            }
            System.out.printf("%n%d rounds after %d warm-up, ms               p50     p95     max   target (p95)%n", RUNS,
                    WARMUP);
            times.forEach((p, t) -> {
                long[] sorted = t.clone();
                Arrays.sort(sorted);
                long p95 = percentile(sorted, 95);
                System.out.printf("%-50s %6d  %6d  %6d   %s%n", p.name(), percentile(sorted, 50), p95,
                        sorted[sorted.length - 1], p.targetMs() == 0 ? "—"
                                : "≤ " + p.targetMs() + " → " + (p95 <= p.targetMs() ? "MET" : "NOT MET"));
            });
        } finally {
            server.destroy();
            server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long campaignOf(Connection c, String account) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                select c.id from campaign c join app_user u on u.organisation_id = c.organisation_id
                where u.username = ? order by c.id limit 1""")) {
            s.setString(1, account);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no campaign of " + account + ": run NationalData first");
                }
                return r.getLong(1);
            }
        }
    }

    /** How many campaigns carry out this account's campaign, at any depth. */
    private static long lower(Connection c, String account) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                with recursive below(id) as (select ? union all
                    select c.id from campaign c join below b on c.upstream_campaign_id = b.id)
                select count(*) - 1 from below""")) {
            s.setLong(1, campaignOf(c, account));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
