package org.duban.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server started on its own in-memory database and a temporary photo folder, with the demo organisation,
 * on a free port of 127.0.0.1: what the HTTP benchmarks measure.
 */
record DemoServer(Process process, int port) implements AutoCloseable {

    static DemoServer start(String[] args, String xmx) throws IOException {
        return start(args, xmx, List.of());
    }

    /** @param settings more {@code --name=value} settings for the server */
    static DemoServer start(String[] args, String xmx, List<String> settings) throws IOException {
        Path jar = jar(args);
        int port = freePort();
        Path blobs = Files.createTempDirectory("duban-bench-blobs");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + xmx));
        command.addAll(jvmOptions());
        String jfr = System.getProperty("jfr"); // -Djfr=server.jfr: a flight recording of the server, written at exit
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--duban.photos.storage=" + blobs,
                "--duban.demo.enabled=true", "--logging.level.root=warn"));
        command.addAll(settings);
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new DemoServer(server, port);
    }

    /**
     * {@code -Dserver.jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}: options for the server's JVM, to measure a way
     * of running it (the benchmark's own JVM keeps its own).
     */
    static List<String> jvmOptions() {
        return List.of(System.getProperty("server.jvm", "").trim().split("\\s+")).stream().filter(o -> !o.isEmpty())
                .toList();
    }

    /** The packaged server a benchmark runs: its first argument, or the build's; see {@link #requireJar}. */
    static Path jar(String[] args) {
        return requireJar(Path.of(args.length > 0 ? args[0] : "server/target/duban.jar"));
    }

    /** The jar, if it is there; otherwise says how to build it and exits with 2. */
    static Path requireJar(Path jar) {
        if (!Files.exists(jar)) {
            System.err.println("No " + jar + ": build it first with ./mvnw -q -DskipTests package");
            System.exit(2);
        }
        return jar;
    }

    /** A port of this machine that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the login page answers (503 until the demo is made). */
    void awaitLogin() throws Exception {
        awaitLogin(process, port, "the server");
    }

    /**
     * Waits until a server's login page answers, at most four minutes.
     *
     * @throws IllegalStateException naming {@code what} when the process ends or the time is up
     */
    static void awaitLogin(Process process, int port, String what) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue());
            }
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/login")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(what + " did not answer within 4 minutes");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS); // a flight recording is written as it stops
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
