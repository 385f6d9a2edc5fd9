package org.duban.report;

/** A unit submitted (or resubmitted) a report for review. */
public record ReportSubmitted(long reportId, long assignmentId, long unitId, long organisationId, long actorId) {
}
