package org.duban.summary;

import java.time.OffsetDateTime;
import java.util.List;
import org.duban.photo.Photo;

/** A unit's summary of a campaign; {@code handedInAt} is null while it is a draft. */
public record UnitSummary(long id, long campaignId, long unitId, String unitName, String author, String body,
        OffsetDateTime handedInAt, OffsetDateTime updatedAt, List<Photo> photos) {

    public UnitSummary {
        photos = List.copyOf(photos);
    }

    public boolean handedIn() {
        return handedInAt != null;
    }
}
