package org.duban.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A campaign with the notice it came from, as shown and served by the API.
 *
 * @param activities the activities units still answer for, in the plan's order
 * @param cancelled  activities cancelled after confirmation (取消): their reports are kept, nothing more is asked
 * @param archivedAt when the campaign was archived (归档), null while it is current
 */
public record Campaign(long id, CampaignNotice notice, OffsetDateTime createdAt, List<Activity> activities,
        List<Activity> cancelled, OffsetDateTime archivedAt) {

    public Campaign {
        activities = List.copyOf(activities);
        cancelled = List.copyOf(cancelled);
    }

    public Campaign(long id, CampaignNotice notice, OffsetDateTime createdAt, List<Activity> activities) {
        this(id, notice, createdAt, activities, List.of(), null);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** One activity, its window, and the units assigned to it. */
    public record Activity(long id, String no, String content, String timeText, String timeKind, LocalDate start,
            LocalDate end, String leadText, String assistText, List<Assignment> assignments) {

        public List<Assignment> leads() {
            return assignments.stream().filter(a -> a.role() == UnitRole.LEAD).toList();
        }

        public List<Assignment> assists() {
            return assignments.stream().filter(a -> a.role() == UnitRole.ASSIST).toList();
        }
    }

    /** A unit's share of an activity. */
    public record Assignment(long id, long unitId, String unitName, UnitRole role) {
    }

    /** The first and last day any activity (or the period) covers: the span the timeline draws. */
    public LocalDate firstDay() {
        return extreme(notice.periodStart(), Activity::start, -1);
    }

    public LocalDate lastDay() {
        return extreme(notice.periodEnd(), Activity::end, 1);
    }

    /** The earliest (direction -1) or latest (1) of the given day and the activities' days. */
    private LocalDate extreme(LocalDate from, java.util.function.Function<Activity, LocalDate> day, int direction) {
        LocalDate found = from;
        for (Activity a : activities) {
            LocalDate d = day.apply(a);
            if (d != null && (found == null || Integer.signum(d.compareTo(found)) == direction)) {
                found = d;
            }
        }
        return found;
    }

    public int assignmentCount() {
        return activities.stream().mapToInt(a -> a.assignments().size()).sum();
    }
}
