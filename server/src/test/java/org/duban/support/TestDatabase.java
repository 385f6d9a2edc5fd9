package org.duban.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The one place that decides which database a Spring test runs on, so that every test touching the database runs on
 * both. The system property {@code duban.test.db} picks it: {@code h2} (the default) gives each test context a fresh
 * in-memory H2; {@code postgres} gives it a fresh schema on {@link Postgres}. {@code ./mvnw verify} runs the tests
 * twice (see server/pom.xml): everything on H2, then the {@link BothDatabases} tests on PostgreSQL.
 */
public final class TestDatabase {

    public static final String PROPERTY = "duban.test.db";

    private static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();
    private static volatile String unreachable = "";

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    /**
     * A fresh database for a test that starts the application itself ({@link Fresh}), several times on the same
     * data: an in-memory H2 or, on the PostgreSQL run, a new schema dropped when the JVM ends.
     */
    public static String freshUrl() {
        if (!isPostgres()) {
            return "jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String schema = Postgres.freshSchema();
        SCHEMAS.add(schema);
        return Postgres.urlFor(schema);
    }

    /** Registered in META-INF/spring.factories: applies to every Spring test context. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            if (!TestContextAnnotationUtils.hasAnnotation(testClass, BothDatabases.class) && !isBrowserTest(testClass)) {
                throw new IllegalStateException(testClass.getName() + " starts Spring, and so the database: annotate it "
                        + "with @BothDatabases so that it runs on H2 and on PostgreSQL (browser tests: @Tag(\"browser\"))");
            }
            return new FreshDatabase(isPostgres());
        }

        private static boolean isBrowserTest(Class<?> testClass) {
            for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
                if (AnnotatedElementUtils.findMergedRepeatableAnnotations(c, Tag.class).stream()
                        .anyMatch(t -> t.value().equals("browser"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Equal for every test class, so contexts are cached and shared exactly as before; the database itself is made
     * when a context is made.
     */
    private record FreshDatabase(boolean postgres) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Map<String, Object> properties;
            if (postgres) {
                String schema = Postgres.freshSchema();
                SCHEMAS.add(schema);
                properties = Map.of("spring.datasource.url", Postgres.urlFor(schema),
                        "spring.datasource.username", Postgres.USER, "spring.datasource.password", Postgres.PASSWORD,
                        "spring.flyway.schemas", schema, "spring.flyway.default-schema", schema,
                        // contexts stay cached until the JVM ends: let idle ones give their connections back
                        "spring.datasource.hikari.maximum-pool-size", "5",
                        "spring.datasource.hikari.minimum-idle", "0",
                        "spring.datasource.hikari.idle-timeout", "10000");
                context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                    if (event.getApplicationContext() == context && SCHEMAS.remove(schema)) {
                        Postgres.drop(schema);
                    }
                });
            } else {
                properties = Map.of("spring.datasource.url",
                        "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
            }
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("duban-test-database", properties));
        }
    }

    /**
     * On the PostgreSQL run, skips the database tests loudly when PostgreSQL is unreachable, or fails them where it
     * is required (CI).
     */
    public static final class Reachable implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext extension) {
            if (!isPostgres()) {
                return ConditionEvaluationResult.enabled("on H2");
            }
            String why = whyUnreachable();
            if (why == null) {
                return ConditionEvaluationResult.enabled("on PostgreSQL");
            }
            if (Postgres.required()) {
                throw new IllegalStateException(why + ": CI requires it. Start it with: "
                        + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
            }
            return ConditionEvaluationResult.disabled("SKIPPED on PostgreSQL: " + why);
        }

        private static synchronized String whyUnreachable() {
            if ("".equals(unreachable)) {
                unreachable = Postgres.unreachable();
                if (unreachable == null) {
                    Postgres.dropStaleSchemas();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> SCHEMAS.forEach(Postgres::drop)));
                } else if (!Postgres.required()) {
                    System.err.println("\n*** SKIPPED: the database tests on PostgreSQL. " + unreachable
                            + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start ***\n");
                }
            }
            return unreachable;
        }
    }
}
