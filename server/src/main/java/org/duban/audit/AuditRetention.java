package org.duban.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes log entries past the retention age ({@code duban.audit.retention-days}, at least 180) from the front of each
 * chain, leaving an anchor (the last removed entry's id and hash, which the first kept entry links to) and a chained
 * {@code AUDIT_PURGED} entry that confirms it, so the rest still verifies. A chain that does not verify is not purged:
 * the evidence of tampering is kept. Safe on several nodes: the chain's head is locked while it runs.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final AuditLog log;
    private final AuditVerification verification;
    private final AuditProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AuditRetention(JdbcClient jdbc, AuditLog log, AuditVerification verification, AuditProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.log = log;
        this.verification = verification;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** First one interval after the start: entries are kept for months, and a restarting node need not purge. */
    @Scheduled(fixedDelayString = "${duban.audit.purge-every:PT6H}", initialDelayString = "${duban.audit.purge-every:PT6H}")
    void purgeOld() {
        purgeBefore(clock.instant().minus(Duration.ofDays(properties.retentionDays())));
    }

    /** Removes, chain by chain, the longest run of entries from the front that are all older than the cutoff. */
    int purgeBefore(Instant cutoff) {
        int removed = 0;
        for (long chain : jdbc.sql("select chain_key from audit_chain order by chain_key").query(Long.class).list()) {
            AuditVerification.Verdict verdict = verification.verify(List.of(chain));
            if (!verdict.intact()) {
                LOG.error("The operation log of chain {} does not verify ({}): nothing is purged from it", chain,
                        verdict.broken());
                continue;
            }
            removed += transaction.execute(status -> purgeChain(chain, cutoff));
        }
        return removed;
    }

    private int purgeChain(long chain, Instant cutoff) {
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        jdbc.sql("select last_hash from audit_chain where chain_key = ? for update").param(chain).query(String.class)
                .single();
        Long firstKept = jdbc.sql("select min(id) from audit_event where chain_key = ? and at >= ?").params(chain, before)
                .query(Long.class).optional().orElse(null);
        Long lastPurged = jdbc.sql("select max(id) from audit_event where chain_key = ? and at < ? and id < ?")
                .params(chain, before, firstKept == null ? Long.MAX_VALUE : firstKept).query(Long.class).optional()
                .orElse(null);
        if (lastPurged == null) {
            return 0;
        }
        String lastHash = jdbc.sql("select hash from audit_event where id = ?").param(lastPurged).query(String.class)
                .single();
        int rows = jdbc.sql("delete from audit_event where chain_key = ? and id <= ?").params(chain, lastPurged).update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_anchor (chain_key, at, purged_before, last_purged_id, last_purged_hash, purged_rows)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(chain, AuditHash.stored(OffsetDateTime.now(clock)), before, lastPurged, lastHash, rows)
                .update(key, "id");
        long anchor = key.getKey().longValue();
        log.append(new AuditLog.Pending(AuditHash.stored(OffsetDateTime.now(clock)), chain == 0 ? null : chain, null,
                AuditLog.SYSTEM, null, "AUDIT_PURGED", "anchor " + anchor, "OK",
                rows + " entries older than " + before + " removed, through #" + lastPurged + " whose hash is "
                        + lastHash));
        LOG.info("Operation log chain {}: {} entries older than {} removed (anchor {})", chain, rows, before, anchor);
        return rows;
    }
}
