package org.duban.campaign;

import org.duban.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on PostgreSQL, in a schema of its own; the same Flyway migrations build it. */
@SpringBootTest(properties = "duban.demo.enabled=false")
@DirtiesContext
class PersistenceOnPostgresTest extends PersistenceContract {

    static String schema;

    @BeforeAll
    static void schema() {
        schema = Postgres.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        Postgres.drop(schema);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.urlFor(schema));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }
}
