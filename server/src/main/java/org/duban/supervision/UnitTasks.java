package org.duban.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.report.AssignmentStanding;
import org.duban.report.ReportService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** A unit's assignments with their computed status, most urgent first. */
@Service
@EnableConfigurationProperties(SupervisionProperties.class)
public class UnitTasks {

    private static final Comparator<TaskRow> MOST_URGENT_FIRST = Comparator
            .comparingInt((TaskRow r) -> r.status().urgency())
            .thenComparing(r -> r.assignment().end(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.assignment().start(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Assignments assignments;
    private final ReportService reports;
    private final SupervisionProperties properties;
    private final Clock clock;

    UnitTasks(Assignments assignments, ReportService reports, SupervisionProperties properties, Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    public List<TaskRow> of(long organisationId, long unitId) {
        return rows(assignments.ofUnit(organisationId, unitId));
    }

    /** Every assignment of a campaign with its status, in two queries however many there are. */
    public List<TaskRow> ofCampaign(long organisationId, long campaignId) {
        List<AssignmentView> all = assignments.ofCampaign(organisationId, campaignId);
        return rows(all, reports.standingsOfCampaign(campaignId, all));
    }

    public TaskRow row(AssignmentView assignment) {
        return rows(List.of(assignment)).get(0);
    }

    private List<TaskRow> rows(List<AssignmentView> of) {
        return rows(of, reports.standings(of));
    }

    private List<TaskRow> rows(List<AssignmentView> of, Map<Long, AssignmentStanding> standings) {
        LocalDate today = LocalDate.now(clock);
        StatusRules rules = properties.rules();
        return of.stream().map(a -> {
            AssignmentStanding s = standings.getOrDefault(a.id(), new AssignmentStanding(false, false, false, 0));
            return new TaskRow(a, s, rules.statusOf(a.start(), a.end(), progressOf(s), today));
        }).sorted(MOST_URGENT_FIRST).toList();
    }

    /** A returned report counts as nothing done until the unit resubmits it. */
    static Progress progressOf(AssignmentStanding s) {
        if (s.hasAccepted()) {
            return Progress.ACCEPTED;
        }
        return s.hasSubmitted() ? Progress.SUBMITTED : Progress.NOTHING;
    }
}
