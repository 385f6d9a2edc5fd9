package org.duban.audit;

import java.time.OffsetDateTime;

/** One line of the operation log. */
public record AuditEntry(long id, OffsetDateTime at, Long organisationId, Long actorId, String actor, String address,
        String action, String target, String result, String detail) {

    public String messageKey() {
        return "audit.action." + action;
    }
}
