package org.duban.summary;

import java.time.OffsetDateTime;
import org.duban.report.ReportState;

/**
 * Whether a unit taking part in a campaign has handed in its summary, and where its review stands.
 *
 * @param state null when the unit has not started one
 */
public record SummaryStanding(long unitId, String unitName, OffsetDateTime handedInAt, ReportState state) {

    public boolean handedIn() {
        return handedInAt != null;
    }

    /** Whether the unit still owes its summary: none handed in, or one sent back to it to hand in again. */
    public boolean owesOne() {
        return !handedIn() || state == ReportState.RETURNED;
    }

    /** The standing in words' key: 未报送, 草稿, 待审, 已退回, 已通过. */
    public String messageKey() {
        return state == null || (state == ReportState.DRAFT && !handedIn()) ? "summary.missing"
                : "summary.state." + state.name();
    }
}
