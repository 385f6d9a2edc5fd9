package org.duban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The crash test, short: three kill -9s during concurrent submissions on each database, and not one acknowledged
 * report lost. The full run (20 crashes each) is {@link CrashBench}. Needs the packaged server, so it runs in the
 * verify phase after server/ is packaged (failsafe).
 */
class CrashIT {

    static final Path JAR = Path.of(System.getProperty("duban.jar", "../server/target/duban.jar"));
    static final int CRASHES = Integer.getInteger("duban.crashes", 3);

    @Test
    void theEmbeddedDefaultLosesNoAcknowledgedReportWhenKilled() throws Exception {
        CrashRun.Outcome outcome = crash(CrashRun.Database.H2);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.acknowledged()).isGreaterThanOrEqualTo(3 * CRASHES);
    }

    @Test
    void postgresLosesNoAcknowledgedReportWhenTheServerIsKilled() throws Exception {
        requirePostgres("the crash test on PostgreSQL");
        CrashRun.Outcome outcome = crash(CrashRun.Database.POSTGRES);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.acknowledged()).isGreaterThanOrEqualTo(3 * CRASHES);
    }

    /**
     * Skips the test, saying so loudly, where PostgreSQL cannot be reached; in CI ({@code CI=true}) fails instead,
     * since CI has it.
     */
    static void requirePostgres(String what) {
        String why = CrashRun.PostgresSchema.unreachable();
        if (why != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": CI requires it");
            }
            System.err.println("\n*** SKIPPED: " + what + ". " + why + " ***\n");
            Assumptions.abort(why);
        }
    }

    private static CrashRun.Outcome crash(CrashRun.Database database) throws Exception {
        assertThat(JAR).as("the packaged server; build with ./mvnw verify").matches(Files::exists);
        CrashRun.Outcome outcome = new CrashRun(new CrashRun.Settings(JAR, database, CRASHES, 8, 2000, 8)).run();
        System.out.println(outcome.summary());
        outcome.problems().forEach(p -> System.out.println("  " + p));
        return outcome;
    }
}
