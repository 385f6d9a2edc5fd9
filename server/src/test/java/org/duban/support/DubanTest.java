package org.duban.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a fresh in-memory H2 database with the demo organisation loaded (its units, accounts and the
 * seed campaign): the state a newcomer sees after the first start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:duban-${random.uuid};DB_CLOSE_DELAY=-1",
        "duban.demo.enabled=true"})
public @interface DubanTest {
}
