package org.duban.summary;

import java.time.OffsetDateTime;
import java.util.List;
import org.duban.photo.Photo;
import org.duban.report.Report;
import org.duban.report.ReportState;

/** A unit's summary of a campaign; {@code handedInAt} is null while it is a draft; reviewed as reports are. */
public record UnitSummary(long id, long campaignId, long unitId, String unitName, String author, String body,
        OffsetDateTime handedInAt, OffsetDateTime updatedAt, List<Photo> photos, ReportState state,
        List<Report.Event> history) {

    public UnitSummary {
        photos = List.copyOf(photos);
        history = List.copyOf(history);
    }

    public boolean handedIn() {
        return handedInAt != null;
    }

    /** The reason of the last return, for the unit to answer. */
    public String lastReturnComment() {
        return Report.lastReturnComment(history);
    }
}
