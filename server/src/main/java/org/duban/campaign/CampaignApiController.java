package org.duban.campaign;

import java.util.List;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns of the caller's organisation; POST lives with the import (it needs the review). */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

    private final CampaignService campaigns;

    CampaignApiController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The current campaigns; with {@code archived=true} the archived ones. */
    @GetMapping
    List<CampaignSummary> list(@RequestParam(defaultValue = "false") boolean archived,
            @AuthenticationPrincipal DubanUser user) {
        return campaigns.list(user.organisationId(), archived);
    }

    @GetMapping("/{id}")
    Campaign show(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        return campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
    }
}
