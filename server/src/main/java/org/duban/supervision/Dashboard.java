package org.duban.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duban.campaign.UnitRole;
import org.duban.org.UnitKind;

/**
 * A campaign at a glance: every activity against every unit, coloured by status, with counts, a ranking of units,
 * what is overdue, what falls due soon, and the days left to the summary deadline.
 */
public record Dashboard(long campaignId, String title, LocalDate today, LocalDate summaryDeadline, Long daysToSummary,
        List<Column> columns, List<Row> rows, Map<AssignmentStatus, Integer> counts, List<UnitScore> ranking,
        List<Late> overdue, List<Late> dueSoon, int dueSoonDays, Map<Long, Integer> progress,
        org.duban.campaign.Timeline timeline, List<String> summaryMissing, int summaryUnits,
        Map<String, Long> summaryStates) {

    /** How many handed-in summaries stand in a review state (SUBMITTED 待审, RETURNED 已退回, ACCEPTED 已通过). */
    public long summariesIn(String state) {
        return summaryStates.getOrDefault(state, 0L);
    }

    /** How far an activity has got: its assignments reported or done, in percent. */
    public int progressOf(long activityId) {
        return progress.getOrDefault(activityId, 0);
    }

    /** A unit as a column of the matrix; columns come grouped by kind. */
    public record Column(long unitId, String name, UnitKind kind) {

        /**
         * The name as bureaus say it among themselves, short enough for a column head: 前岐所 for 前岐市场监督管理所,
         * 质量安全股 for 质量安全监督管理股. The full name is the column's hover text.
         */
        public String shortName() {
            return SUPERVISION.matcher(name).replaceFirst("$1");
        }
    }

    private static final Pattern SUPERVISION = Pattern.compile("(?:市场)?监督管理(所|局|股|科|处|室|分局)$");

    /** An activity as a row; {@code cells} line up with the columns, null where the unit has no part. */
    public record Row(long activityId, String no, String content, LocalDate start, LocalDate end, String timeText,
            List<Cell> cells) {
    }

    public record Cell(long assignmentId, UnitRole role, AssignmentStatus status) {

        /** 牵 for lead, 协 for assist: the role shows without colour too. */
        public String mark() {
            return role == UnitRole.LEAD ? "牵" : "协";
        }
    }

    /** How one unit is doing over the whole campaign. */
    public record UnitScore(long unitId, String name, int total, int done, int reported, int overdue, int dueSoon) {

        /** Done or reported, as a share of its assignments, in percent. */
        public int completion() {
            return total == 0 ? 0 : Math.round(100f * (done + reported) / total);
        }
    }

    /** An assignment that is late or about to be. */
    public record Late(long assignmentId, long unitId, String unitName, String activityNo, String content,
            LocalDate end, UnitRole role, AssignmentStatus status) {
    }

    /** The late assignments of one unit, for chasing the unit rather than each line. */
    public record UnitLate(long unitId, String unitName, List<Late> items) {
    }

    public List<UnitLate> overdueByUnit() {
        return byUnit(overdue);
    }

    public List<UnitLate> dueSoonByUnit() {
        return byUnit(dueSoon);
    }

    /** Most late first; within a unit, by deadline. */
    private static List<UnitLate> byUnit(List<Late> late) {
        Map<Long, List<Late>> grouped = new java.util.LinkedHashMap<>();
        late.forEach(l -> grouped.computeIfAbsent(l.unitId(), k -> new java.util.ArrayList<>()).add(l));
        return grouped.entrySet().stream().map(e -> new UnitLate(e.getKey(), e.getValue().get(0).unitName(), e.getValue()))
                .sorted(java.util.Comparator.comparingInt((UnitLate u) -> u.items().size()).reversed()).toList();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
