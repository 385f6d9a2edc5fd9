package org.duban.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.metric.ReportCounts;
import org.duban.photo.Photo;

/**
 * A report as the API shows it: photos by their URLs and EXIF facts, never by storage keys, and whether they are
 * processed yet (PENDING: the thumbnail and display addresses give a placeholder, the EXIF facts are not read yet;
 * FAILED: the file could not be decoded, only its original is there); its counts by metric
 * id, name and unit; {@code jointWithUnitId} when another unit's report carries the numbers of this joint event.
 */
public record ReportJson(long id, long assignmentId, String author, String body, LocalDate happenedOn,
        ReportState state, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<PhotoJson> photos,
        List<Report.Event> history, List<ReportCounts.Count> counts, Long jointWithUnitId, String jointWithUnitName) {

    public record PhotoJson(long id, int width, int height, LocalDateTime takenAt, Double latitude, Double longitude,
            String thumbnail, String display, String original, Photo.State processing) {
    }

    public static ReportJson of(Report r) {
        return new ReportJson(r.id(), r.assignmentId(), r.authorName(), r.body(), r.happenedOn(), r.state(),
                r.createdAt(), r.updatedAt(), r.photos().stream().map(p -> photo(r.id(), p)).toList(), r.history(), r.counts(),
                r.jointWithUnitId(), r.jointWithUnitName());
    }

    private static PhotoJson photo(long reportId, Photo p) {
        String base = "/reports/" + reportId + "/photos/" + p.id() + "/";
        return new PhotoJson(p.id(), p.width(), p.height(), p.takenAt(), p.latitude(), p.longitude(), base + "thumb",
                base + "display", base + "original", p.state());
    }
}
