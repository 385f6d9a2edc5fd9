package org.duban.audit;

import java.time.OffsetDateTime;

/**
 * One line of the operation log, with its place in the hash chain: the previous entry's hash and its own
 * ({@link AuditHash}).
 */
public record AuditEntry(long id, OffsetDateTime at, Long organisationId, Long actorId, String actor, String address,
        String action, String target, String result, String detail, String prevHash, String hash) {

    public String messageKey() {
        return "audit.action." + action;
    }
}
