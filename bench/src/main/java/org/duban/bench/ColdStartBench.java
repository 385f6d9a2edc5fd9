package org.duban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cold start on an existing database (issue 11: at most 5 s): the time from launching the JVM until the login page
 * answers, and the CPU the process spent until then, for four ways of starting the same build, in interleaved
 * rounds: the jar as built; the jar extracted ({@code java -Djarmode=tools -jar duban.jar extract}); the extracted
 * jar with a class-data-sharing archive made by one training run ({@code -XX:ArchiveClassesAtExit}, then
 * {@code -XX:SharedArchiveFile}); and that with the client compiler alone ({@code -XX:TieredStopAtLevel=1}). The
 * database is an H2 file that the first start filled with the demo organisation.
 *
 * <pre>./mvnw -q -B -o -DskipTests package && java -cp bench/target/classes org.duban.bench.ColdStartBench</pre>
 * {@code -Drounds=5} (default 3); the first argument names another jar.
 */
public final class ColdStartBench {

    static final int ROUNDS = Integer.getInteger("rounds", 3);
    static final long TARGET_MS = 5000;

    public static void main(String[] args) throws Exception {
        Path jar = DemoServer.jar(args).toAbsolutePath();
        Path work = Files.createTempDirectory("duban-cold-start");
        Path app = work.resolve("app");
        run(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
        Path extracted = app.resolve(jar.getFileName());
        Path archive = work.resolve("duban.jsa");

        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar duban.jar", List.of("-jar", jar.toString()));
        ways.put("extracted", List.of("-jar", extracted.toString()));
        ways.put("extracted + CDS archive", List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()));
        // the client compiler alone: half the CPU again at a start, slower pages once warm (README, Starting fast)
        ways.put("extracted + CDS archive, C1 only", List.of("-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1", "-jar", extracted.toString()));

        System.out.println("first start: the demo organisation into a new H2 file under " + work);
        stop(start(work, List.of("-jar", jar.toString())));
        System.out.println("training run for the CDS archive");
        List<String> training = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", extracted.toString()));
        training.addAll(settings(work, DemoServer.freePort()));
        run(training);

        Map<String, List<long[]>> measured = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (Map.Entry<String, List<String>> way : ways.entrySet()) {
                long[] m = stop(start(work, way.getValue()));
                measured.computeIfAbsent(way.getKey(), k -> new ArrayList<>()).add(m);
                System.out.printf(Locale.ROOT, "round %d, %s: %d ms to the login page, %d ms of CPU%n", round,
                        way.getKey(), m[0], m[1]);
            }
        }
        System.out.printf(Locale.ROOT, "%n| start | median ms to login | fastest | median CPU ms | target %d ms |%n",
                TARGET_MS);
        System.out.println("| --- | --- | --- | --- | --- |");
        for (Map.Entry<String, List<long[]>> e : measured.entrySet()) {
            long[] wall = e.getValue().stream().mapToLong(m -> m[0]).sorted().toArray();
            long[] cpu = e.getValue().stream().mapToLong(m -> m[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", e.getKey(), wall[wall.length / 2],
                    wall[0], cpu[cpu.length / 2], wall[wall.length / 2] <= TARGET_MS ? "met" : "NOT met");
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** A started server: its process, port and the moment it was launched. */
    private record Started(Process process, int port, long launchedAt) {
    }

    private static Started start(Path work, List<String> how) throws IOException {
        int port = DemoServer.freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(how);
        command.addAll(settings(work, port));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new Started(p, port, t0);
    }

    /** Waits for the login page; stops the server; {time to the login page, CPU spent until then} in ms. */
    private static long[] stop(Started s) throws Exception {
        DemoServer.awaitLogin(s.process(), s.port(), "the server");
        long wall = (System.nanoTime() - s.launchedAt()) / 1_000_000;
        long cpu = s.process().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        s.process().destroy();
        s.process().waitFor();
        return new long[] {wall, cpu};
    }

    private static List<String> settings(Path work, int port) {
        return List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("data").resolve("duban"),
                "--duban.photos.storage=" + work.resolve("photos"), "--duban.demo.enabled=true",
                "--logging.level.root=warn");
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
        }
    }
}
