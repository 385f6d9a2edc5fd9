package org.duban.report;

/** Someone fetched the original of a report's photo, EXIF and all. */
public record PhotoDownloaded(long reportId, long photoId, long organisationId, long userId) {
}
