package org.duban.supervision;

import org.duban.org.DubanUser;
import org.duban.org.UnitKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's (and, read-only, the leader's) dashboard of a campaign. */
@Controller
class DashboardController {

    private final CampaignDashboards dashboards;

    DashboardController(CampaignDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/campaigns/{id}/dashboard")
    String show(@PathVariable long id, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) AssignmentStatus status, @AuthenticationPrincipal DubanUser user,
            Model model) {
        model.addAttribute("d", dashboards.of(user.organisationId(), id, kind, status));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("statuses", AssignmentStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        return "supervision/dashboard";
    }
}
