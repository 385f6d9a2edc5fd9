package org.duban.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash test at full length: {@code crashes} kill -9s during concurrent report submissions, on the embedded H2
 * default and on PostgreSQL, with every acknowledged report checked after each restart (see {@link CrashRun}).
 * Exit code 0 when nothing acknowledged was lost, 1 otherwise.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp 'bench/target/classes:bench/target/lib/*' org.duban.bench.CrashBench [--crashes 20] [--clients 8] [--db h2|postgres|both]</pre>
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int crashes = 20;
        int clients = 8;
        String db = "both";
        Path jar = Path.of("server/target/duban.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--crashes" -> crashes = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--db" -> db = args[++i];
                default -> jar = Path.of(args[i]);
            }
        }
        DemoServer.requireJar(jar);
        List<CrashRun.Database> databases = new ArrayList<>();
        if (!db.equals("postgres")) {
            databases.add(CrashRun.Database.H2);
        }
        if (!db.equals("h2")) {
            String why = CrashRun.PostgresSchema.unreachable();
            if (why == null) {
                databases.add(CrashRun.Database.POSTGRES);
            } else {
                System.err.println("SKIPPED on PostgreSQL: " + why);
            }
        }
        boolean clean = true;
        List<String> summaries = new ArrayList<>();
        for (CrashRun.Database database : databases) {
            System.out.printf("%s: %d crashes, %d clients…%n", database, crashes, clients);
            CrashRun.Outcome outcome = new CrashRun(new CrashRun.Settings(jar, database, crashes, clients, 3000,
                    System.nanoTime())).run();
            outcome.problems().forEach(p -> System.out.println("  " + p));
            summaries.add(outcome.summary());
            System.out.println(outcome.summary() + (outcome.clean() ? "" : "  (server log: " + outcome.workDir() + "/server.log)"));
            clean &= outcome.clean();
        }
        System.out.println();
        summaries.forEach(System.out::println);
        System.exit(clean ? 0 : 1);
    }
}
