package org.duban.compile;

import java.time.OffsetDateTime;

/**
 * A coordinator downloaded the compiled report's draft of a campaign (kind DOCX or PDF), drafted from the data as of
 * {@code asOf}, or signed it (kind SIGNED) as {@code version}; the hash is of the file (the DOCX when signed).
 */
public record CompiledReportMade(long organisationId, long campaignId, long userId, OffsetDateTime asOf,
        String fileSha256, long sizeBytes, String kind, Integer version) {

    public boolean signed() {
        return "SIGNED".equals(kind);
    }
}
