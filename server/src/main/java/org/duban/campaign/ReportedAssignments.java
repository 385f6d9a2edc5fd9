package org.duban.campaign;

import java.util.Collection;
import java.util.Set;

/**
 * Which assignments carry reports. Reports live in a module that depends on this one, so it answers through this
 * port: an assignment with a report, even a draft, is never deleted with its unit's work; its activity is cancelled.
 */
public interface ReportedAssignments {

    Set<Long> withReports(Collection<Long> assignmentIds);
}
