package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duban.org.UserAccounts;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes started at once on a new database, both told the first administrator by the environment (a scripted
 * install of several nodes): both check that nobody administers Duban yet, both create them, one wins. The other
 * must not refuse to start, and there is one administrator and one organisation, not two.
 */
// the demo's administrator is a demo account: nobody real administers this database yet
@SpringBootTest(properties = "duban.test.application=first-admin-on-two-nodes")
@BothDatabases
class FirstAdministratorOnTwoNodesTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesCreatingTheFirstAdministratorAtOnceBothStartAndMakeOne() throws Exception {
        assertThat(accounts.realAdministratorExists()).as("nobody real administers Duban yet").isFalse();
        FirstAdministrator.Settings fromTheEnvironment = new FirstAdministrator.Settings("chief",
                "Fuding#2020-first", "福鼎市市场监督管理局", "局办公室");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> starts = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            FirstAdministrator first = new FirstAdministrator(fromTheEnvironment, accounts, administration, messages);
            starts.add(nodes.submit(() -> {
                together.await();
                first.run(null);
                return null;
            }));
        }
        for (Future<?> start : starts) {
            start.get(60, TimeUnit.SECONDS); // a node that refused to start throws here
        }
        nodes.shutdown();

        assertThat(jdbc.sql("select count(*) from app_user where user_role = 'ADMIN' and demo = false")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from organisation where name = ?").param("福鼎市市场监督管理局")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.byUsername("chief")).isPresent();
    }
}
