package org.duban.rollup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far a campaign (or a bureau's campaigns together) has got, in the dashboard's own terms.
 *
 * @param activities     activities still asked for
 * @param activitiesDone activities whose every assignment is done (accepted, or closed by the lead)
 * @param assignments    assignments of those activities
 * @param done           assignments done
 * @param reported       assignments reported and waiting for review
 * @param overdue        assignments whose window has ended with nothing reported
 * @param due            assignments whose window has ended (what on-time is counted against)
 * @param onTime         of those, the ones first reported (or closed) by the window's last day
 * @param summariesIn    units' summaries handed in (waiting or accepted)
 * @param summaryUnits   units that owe a summary
 * @param counted        accepted counts by the count's name (发放宣传资料（份） …)
 */
public record Standing(int activities, int activitiesDone, int assignments, int done, int reported, int overdue,
        int due, int onTime, long summariesIn, int summaryUnits, Map<String, BigDecimal> counted) {

    static final Standing NONE = new Standing(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

    public Standing {
        counted = Map.copyOf(counted);
    }

    /** Done or reported, as a share of the assignments, in percent. */
    public int completion() {
        return assignments == 0 ? 0 : Math.round(100f * (done + reported) / assignments);
    }

    /** First reported within the window, as a share of the assignments whose window has ended; null before any. */
    public Integer onTimeRate() {
        return due == 0 ? null : Math.round(100f * onTime / due);
    }

    Standing plus(Standing other) {
        Map<String, BigDecimal> sum = new TreeMap<>(counted);
        other.counted.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        return new Standing(activities + other.activities, activitiesDone + other.activitiesDone,
                assignments + other.assignments, done + other.done, reported + other.reported, overdue + other.overdue,
                due + other.due, onTime + other.onTime, summariesIn + other.summariesIn,
                summaryUnits + other.summaryUnits, sum);
    }
}
