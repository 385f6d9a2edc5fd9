package org.duban.campaign;

import java.time.Clock;
import java.time.LocalDate;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CampaignController {

    private final CampaignService campaigns;
    private final Clock clock;

    CampaignController(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/campaigns";
    }

    @GetMapping("/campaigns")
    String list(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean archived,
            @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("campaigns", campaigns.list(user.organisationId(), archived));
        model.addAttribute("archived", archived);
        return "campaign/list";
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        Campaign campaign = campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
        model.addAttribute("campaign", campaign);
        model.addAttribute("timeline", Timeline.of(campaign, LocalDate.now(clock)));
        return "campaign/show";
    }
}
