package org.duban.compile;

import java.time.OffsetDateTime;

/** A coordinator downloaded the compiled report of a campaign, drafted from the data as of {@code asOf}. */
public record CompiledReportMade(long organisationId, long campaignId, long userId, OffsetDateTime asOf,
        String fileSha256, long sizeBytes) {
}
