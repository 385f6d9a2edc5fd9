package org.duban.summary;

/** A coordinator accepted a unit's summary, or returned it with a reason. */
public record SummaryReviewed(long summaryId, long campaignId, long unitId, long organisationId, long reviewerId,
        boolean accepted, String comment) {
}
