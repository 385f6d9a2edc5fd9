package org.duban.supervision;

import org.duban.campaign.AssignmentView;
import org.duban.report.AssignmentStanding;

/** A line of a unit's task list: the assignment, what the unit has done about it, and its status. */
public record TaskRow(AssignmentView assignment, AssignmentStanding standing, AssignmentStatus status) {
}
