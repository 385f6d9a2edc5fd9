package org.duban.supervision;

/**
 * What the unit has done about an assignment, as far as status cares: nothing (or only drafts, or a report that was
 * returned and not yet resubmitted), a report waiting for review, or an accepted report (or the lead's closing).
 */
public enum Progress {
    NOTHING, SUBMITTED, ACCEPTED
}
