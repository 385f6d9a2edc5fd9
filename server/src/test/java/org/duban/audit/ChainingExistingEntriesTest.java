package org.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.duban.support.BothDatabases;
import org.duban.support.Migrated;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** An operation log written before it was a chain is chained by the migration, the same way every time. */
@BothDatabases
class ChainingExistingEntriesTest {

    @Test
    void entriesWrittenBeforeTheMigrationAreChainedInIdOrderAndVerify() {
        Migrated db = Migrated.upTo("30");
        JdbcClient jdbc = db.jdbc();
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 123_456_000, ZoneOffset.ofHours(8));
        for (int i = 0; i < 5; i++) {
            jdbc.sql("""
                            insert into audit_event (at, organisation_id, actor_id, actor, address, action, target, result, detail)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(at.plusMinutes(i), i == 2 ? null : 1L, i == 2 ? null : 7L, i == 2 ? "nobody" : "admin",
                            "10.0.0." + i, i == 2 ? "LOGIN_FAILED" : "LOGIN", "admin", i == 2 ? "DENIED" : "OK",
                            i == 4 ? null : "第" + i + "次")
                    .update();
        }

        db.migrateOn(new V31_1__ChainExistingAuditEvents());

        long first = jdbc.sql("select min(id) from audit_event").query(Long.class).single();
        String expected = AuditHash.of(first, at.toInstant(), 1L, 7L, "admin", "10.0.0.0", "LOGIN", "admin", "OK", "第0次",
                AuditHash.GENESIS);
        assertThat(jdbc.sql("select hash from audit_event where id = ?").param(first).query(String.class).single())
                .as("the hash an auditor recomputes from the README's rule").isEqualTo(expected);
        assertThat(jdbc.sql("select prev_hash from audit_event where id = ?").param(first + 1).query(String.class).single())
                .isEqualTo(expected);
        assertThat(jdbc.sql("select prev_hash from audit_event where organisation_id is null").query(String.class).single())
                .as("entries naming no organisation have a chain of their own").isEqualTo(AuditHash.GENESIS);

        AuditLog log = new AuditLog(jdbc, Clock.fixed(Instant.parse("2025-03-02T00:00:00Z"), ZoneOffset.UTC),
                new DataSourceTransactionManager(db.data()));
        AuditVerification verification = new AuditVerification(jdbc, log);
        assertThat(verification.verifyAll().intact()).isTrue();
        assertThat(verification.verifyAll().checked()).isEqualTo(5);
        log.recordAlone(1L, 7L, "admin", "LOGIN", "admin", "OK", "after the migration");
        assertThat(verification.verifyAll().intact()).isTrue();
        assertThat(verification.verifyAll().checked()).isEqualTo(6);
    }
}
