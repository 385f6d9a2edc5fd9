package org.duban.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that reads or writes through the database: {@code ./mvnw verify} runs it on H2 and again on PostgreSQL
 * (the second Surefire run selects the tag). Every Spring test must carry it (or be a browser test); see
 * {@link TestDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(TestDatabase.Reachable.class)
public @interface BothDatabases {
}
