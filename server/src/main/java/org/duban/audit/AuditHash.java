package org.duban.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The hash of one log entry: SHA-256 over its canonical text, which ends with the previous entry's hash, so changing,
 * removing or inserting an entry breaks every link after it. The canonical text is, one field a line, {@code
 * duban-audit-v1}, then id, time (UTC, ISO-8601, at most microseconds, as both databases keep it), organisation,
 * actor id, actor, address, action, target, result, detail and the previous hash, each written as {@code -} when
 * absent and as {@code +<length in UTF-8 bytes>:<value>} otherwise (so no value can pass for two). README "Audit log" repeats it for
 * auditors who recompute it from the CSV export.
 */
final class AuditHash {

    /** The previous hash of a chain's first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** The moment as the database keeps it: both H2 and PostgreSQL store microseconds. */
    static OffsetDateTime stored(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(long id, Instant at, Long organisationId, Long actorId, String actor, String address, String action,
            String target, String result, String detail, String previous) {
        StringBuilder text = new StringBuilder("duban-audit-v1");
        for (Object field : new Object[] {id, DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS)),
                organisationId, actorId, actor, address, action, target, result, detail, previous}) {
            text.append('\n');
            if (field == null) {
                text.append('-');
            } else {
                String value = field.toString();
                text.append('+').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
        }
        return org.duban.web.Digests.sha256Hex(text.toString());
    }

    static String of(AuditEntry e) {
        return of(e.id(), e.at().toInstant(), e.organisationId(), e.actorId(), e.actor(), e.address(), e.action(),
                e.target(), e.result(), e.detail(), e.prevHash());
    }
}
