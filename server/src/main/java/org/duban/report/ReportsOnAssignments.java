package org.duban.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.duban.campaign.ReportedAssignments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the campaign module which assignments carry reports, so that their units' work is never deleted. */
@Component
class ReportsOnAssignments implements ReportedAssignments {

    private final JdbcClient jdbc;

    ReportsOnAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> withReports(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct assignment_id from report where assignment_id in (:ids)")
                .param("ids", assignmentIds).query(Long.class).list());
    }
}
