package org.duban.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the log's hash chains: every entry's hash is recomputed from its content and its link to the entry before;
 * the head must be the last entry (nothing removed from the end); after a retention purge the first entry must link to
 * the purge's anchor, which a chained {@code AUDIT_PURGED} entry confirms. The first break is reported with its
 * entry.
 */
@Service
public class AuditVerification {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final AuditLog log;

    AuditVerification(JdbcClient jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /** Every chain: the whole log, for the command an auditor runs. */
    Verdict verifyAll() {
        List<Long> chains = jdbc.sql("select chain_key from audit_chain union select chain_key from audit_event order by 1")
                .query(Long.class).list();
        return verify(chains);
    }

    /** An organisation's chain and that of entries naming no organisation: what its administrators see. */
    Verdict verifyOrganisation(long organisationId) {
        return verify(List.of(organisationId, 0L));
    }

    Verdict verify(List<Long> chains) {
        long checked = 0;
        List<Head> heads = new ArrayList<>();
        for (long chain : chains) {
            ChainResult result = verifyChain(chain);
            checked += result.checked();
            if (result.broken() != null) {
                return new Verdict(checked, heads, result.broken());
            }
            if (result.head() != null) {
                heads.add(result.head());
            }
        }
        return new Verdict(checked, heads, null);
    }

    private ChainResult verifyChain(long chain) {
        Anchor anchor = jdbc.sql("""
                        select id, last_purged_id, last_purged_hash from audit_anchor where chain_key = ?
                        order by id desc limit 1""")
                .param(chain)
                .query((rs, n) -> new Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional().orElse(null);
        Head head = jdbc.sql("select chain_key, last_id, last_hash from audit_chain where chain_key = ?").param(chain)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3))).optional()
                .orElse(null);
        String expected = anchor == null ? AuditHash.GENESIS : anchor.lastPurgedHash();
        Long previousId = anchor == null ? null : anchor.lastPurgedId();
        boolean anchorConfirmed = anchor == null;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> page = log.page(List.of(chain), after, null, null, PAGE);
            for (AuditEntry e : page) {
                checked++;
                if (e.hash() == null) {
                    return new ChainResult(checked, null, new Break(chain, e.id(), e.at(), Kind.UNCHAINED, previousId));
                }
                if (!AuditHash.of(e).equals(e.hash())) {
                    return new ChainResult(checked, null, new Break(chain, e.id(), e.at(), Kind.ALTERED, previousId));
                }
                if (!expected.equals(e.prevHash())) {
                    return new ChainResult(checked, null, new Break(chain, e.id(), e.at(), Kind.LINK_BROKEN, previousId));
                }
                if (!anchorConfirmed && e.action().equals("AUDIT_PURGED") && ("anchor " + anchor.id()).equals(e.target())
                        && e.detail() != null && e.detail().contains(anchor.lastPurgedHash())) {
                    anchorConfirmed = true;
                }
                expected = e.hash();
                previousId = e.id();
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        if (head == null ? checked > 0 : !expected.equals(head.lastHash())) {
            Long missing = head == null ? previousId : head.lastId();
            return new ChainResult(checked, null, new Break(chain, missing == null ? 0 : missing, null, Kind.TAIL_MISSING,
                    previousId));
        }
        if (!anchorConfirmed) {
            return new ChainResult(checked, null, new Break(chain, anchor.lastPurgedId(), null, Kind.ANCHOR_UNCONFIRMED,
                    null));
        }
        return new ChainResult(checked, head, null);
    }

    private record Anchor(long id, long lastPurgedId, String lastPurgedHash) {
    }

    private record ChainResult(long checked, Head head, Break broken) {
    }

    /** The last entry of a chain as its head row names it: what an auditor writes down to compare next time. */
    public record Head(long chainKey, Long lastId, String lastHash) {
    }

    /** How the chain is broken at an entry. */
    public enum Kind {
        /** the entry's content no longer gives its hash: it was changed */
        ALTERED,
        /** the entry does not link to the one before it: an entry before it was removed, changed or inserted */
        LINK_BROKEN,
        /** the entry has no hash: written around the application */
        UNCHAINED,
        /** the chain's last entries are gone: the head names an entry that is not there */
        TAIL_MISSING,
        /** entries were removed from the front with no purge on record to say so */
        ANCHOR_UNCONFIRMED
    }

    /**
     * @param entryId the entry where the break was found (for TAIL_MISSING the head's last entry, which is gone)
     * @param previousId the last entry before it that was still intact, if any
     */
    public record Break(long chainKey, long entryId, OffsetDateTime at, Kind kind, Long previousId) {
    }

    public record Verdict(long checked, List<Head> heads, Break broken) {

        public boolean intact() {
            return broken == null;
        }
    }
}
