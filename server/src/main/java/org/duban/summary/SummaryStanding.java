package org.duban.summary;

import java.time.OffsetDateTime;

/** Whether a unit taking part in a campaign has handed in its summary. */
public record SummaryStanding(long unitId, String unitName, OffsetDateTime handedInAt) {

    public boolean handedIn() {
        return handedInAt != null;
    }
}
