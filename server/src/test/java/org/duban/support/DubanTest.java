package org.duban.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a fresh database with the demo organisation loaded (its units, accounts and the seed
 * campaign): the state a newcomer sees after the first start. Runs on H2 and on PostgreSQL ({@link BothDatabases}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "duban.demo.enabled=true")
@BothDatabases
public @interface DubanTest {
}
