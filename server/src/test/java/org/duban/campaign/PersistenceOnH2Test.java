package org.duban.campaign;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:persistence-h2;DB_CLOSE_DELAY=-1", "duban.demo.enabled=false"})
class PersistenceOnH2Test extends PersistenceContract {
}
