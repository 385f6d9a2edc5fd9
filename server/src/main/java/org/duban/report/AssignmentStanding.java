package org.duban.report;

/**
 * How far a unit has got with an assignment, from its reports: the most advanced state of any of them, or the lead's
 * closing of the activity.
 *
 * @param hasAccepted an accepted report, or the lead unit closed the activity
 * @param hasSubmitted a report waiting for review
 * @param hasReturned a report sent back that the unit has not resubmitted
 */
public record AssignmentStanding(boolean hasAccepted, boolean hasSubmitted, boolean hasReturned, int reports) {

    static final AssignmentStanding NONE = new AssignmentStanding(false, false, false, 0);
}
