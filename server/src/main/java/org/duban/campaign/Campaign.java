package org.duban.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A campaign with the notice it came from, as shown and served by the API. */
public record Campaign(
        long id,
        String title,
        String issuer,
        String docNumber,
        LocalDate issuedOn,
        int year,
        List<String> recipients,
        List<String> references,
        String disclosure,
        String theme,
        String periodText,
        LocalDate periodStart,
        LocalDate periodEnd,
        String requirements,
        String contactName,
        String contactPhone,
        LocalDate summaryDeadline,
        List<String> reportTo,
        OffsetDateTime createdAt,
        List<Activity> activities) {

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
        LocalDate first = periodStart;
        for (Activity a : activities) {
            if (a.start() != null && (first == null || a.start().isBefore(first))) {
                first = a.start();
            }
        }
        return first;
    }

    public LocalDate lastDay() {
        LocalDate last = periodEnd;
        for (Activity a : activities) {
            if (a.end() != null && (last == null || a.end().isAfter(last))) {
                last = a.end();
            }
        }
        return last;
    }

    public int assignmentCount() {
        return activities.stream().mapToInt(a -> a.assignments().size()).sum();
    }
}
