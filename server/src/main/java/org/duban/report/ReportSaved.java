package org.duban.report;

/** A unit created or changed a report (a draft saved, photos added), before or without submitting it. */
public record ReportSaved(long reportId, long assignmentId, long organisationId, long actorId, int photosAdded) {
}
