package org.duban.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The moment an export counts up to (统计截止时间): only what was reported and reviewed by then is in it, and status
 * is worked out for its day. "As of" a past date means the end of that day.
 */
record Cutoff(Instant at, ZoneId zone) {

    static Cutoff endOf(LocalDate day, ZoneId zone) {
        return new Cutoff(day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), zone);
    }

    LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }

    LocalDateTime local() {
        return LocalDateTime.ofInstant(at, zone);
    }

    OffsetDateTime offset() {
        return at.atZone(zone).toOffsetDateTime();
    }

    LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), zone);
    }
}
