package org.duban.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.Role;
import org.duban.photo.PhotoService;
import org.duban.report.Report;
import org.duban.report.ReportService;
import org.duban.supervision.CampaignDashboards;
import org.duban.supervision.TaskRow;
import org.duban.supervision.UnitTasks;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages made for paper (A4, the leader's desk): the campaign's plan, the dashboard's matrix, and one unit's reports.
 * The same data as the screens, without the navigation, laid out by the print style sheet.
 */
@Controller
class PrintController {

    private final CampaignService campaigns;
    private final CampaignDashboards dashboards;
    private final UnitTasks tasks;
    private final ReportService reports;
    private final PhotoService photos;
    private final Clock clock;

    PrintController(CampaignService campaigns, CampaignDashboards dashboards, UnitTasks tasks, ReportService reports,
            PhotoService photos, Clock clock) {
        this.campaigns = campaigns;
        this.dashboards = dashboards;
        this.tasks = tasks;
        this.reports = reports;
        this.photos = photos;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}/print")
    String campaign(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        Campaign campaign = find(user, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("units", campaign.activities().stream().flatMap(a -> a.assignments().stream())
                .map(Campaign.Assignment::unitName).distinct().toList());
        model.addAttribute("printedAt", LocalDateTime.now(clock));
        return "ledger/print-campaign";
    }

    @GetMapping("/campaigns/{id}/dashboard/print")
    String dashboard(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        if (!user.canCoordinate() && user.role() != Role.LEADER) {
            throw new LedgerRefused(403, "ledger.error.notSupervisor");
        }
        model.addAttribute("d", dashboards.of(user.organisationId(), id, null, null));
        model.addAttribute("printedAt", LocalDateTime.now(clock));
        return "ledger/print-dashboard";
    }

    /** One unit's part of the campaign with what it reported: the unit itself, coordinators and leaders. */
    @GetMapping("/campaigns/{id}/units/{unitId}/print")
    String unit(@PathVariable long id, @PathVariable long unitId, @AuthenticationPrincipal DubanUser user, Model model) {
        Campaign campaign = find(user, id);
        if (!user.seesUnit(unitId)) {
            throw new NotFound();
        }
        List<TaskRow> rows = tasks.of(user.organisationId(), unitId).stream()
                .filter(r -> r.assignment().campaignId() == id)
                .sorted(Comparator.comparing((TaskRow r) -> order(campaign, r.assignment().activityId())))
                .toList();
        if (rows.isEmpty()) {
            throw new NotFound();
        }
        photos.settle(user.organisationId(), id, unitId); // paper shows the photos, never a placeholder
        List<UnitItem> items = new ArrayList<>();
        for (TaskRow row : rows) {
            List<Report> sent = reports.ofAssignment(user, row.assignment().id()).stream()
                    .filter(r -> r.state() != org.duban.report.ReportState.DRAFT).toList();
            items.add(new UnitItem(row, sent));
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("unitName", rows.get(0).assignment().unitName());
        model.addAttribute("items", items);
        model.addAttribute("printedAt", LocalDateTime.now(clock));
        return "ledger/print-unit";
    }

    /** An assignment of the unit and the reports it sent on it, newest first. */
    record UnitItem(TaskRow task, List<Report> reports) {
    }

    private Campaign find(DubanUser user, long id) {
        return campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
    }

    private static int order(Campaign campaign, long activityId) {
        for (int i = 0; i < campaign.activities().size(); i++) {
            if (campaign.activities().get(i).id() == activityId) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
