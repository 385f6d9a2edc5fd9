package org.duban.report;

/** A coordinator accepted a report, or returned it to its unit with a comment. */
public record ReportReviewed(long reportId, long unitId, long organisationId, long reviewerId, boolean accepted) {
}
