package org.duban.ledger;

import java.time.OffsetDateTime;

/** A 台账 workbook or a 上报包 was handed out, made as of {@code asOf}. */
public record LedgerExported(long exportId, long organisationId, long campaignId, long userId, String kind,
        OffsetDateTime asOf, String dataSha256, long sizeBytes) {
}
