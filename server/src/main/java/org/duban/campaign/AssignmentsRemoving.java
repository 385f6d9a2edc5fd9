package org.duban.campaign;

import java.util.List;

/**
 * Assignments are about to be deleted (an activity or a unit taken off a campaign before anyone reported): modules
 * that point at them (notifications) let go in the same transaction.
 */
public record AssignmentsRemoving(long organisationId, List<Long> assignmentIds) {

    public AssignmentsRemoving {
        assignmentIds = List.copyOf(assignmentIds);
    }
}
