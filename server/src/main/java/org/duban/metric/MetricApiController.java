package org.duban.metric;

import java.time.OffsetDateTime;
import java.util.List;
import org.duban.org.DubanUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog and a campaign's counted results over the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class MetricApiController {

    private final MetricCatalog catalog;
    private final MetricTotals totals;

    MetricApiController(MetricCatalog catalog, MetricTotals totals) {
        this.catalog = catalog;
        this.totals = totals;
    }

    @GetMapping("/metrics")
    List<Metric> catalog(@AuthenticationPrincipal DubanUser user) {
        return catalog.all(user.organisationId());
    }

    /**
     * Each activity's counts (target, accepted, waiting for review, each unit's credit) and the campaign's totals;
     * {@code asOf} (ISO date-time) for the counts as they stood then.
     */
    @GetMapping("/campaigns/{id}/counts")
    MetricTotals.CampaignCounts counts(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
            @AuthenticationPrincipal DubanUser user) {
        if (user.role() == org.duban.org.Role.UNIT) {
            // every unit's credit is in it: the dashboard's readers only, like the page
            throw new MetricRuleBroken(403, "metric.error.notOverseer");
        }
        return totals.ofCampaign(user.organisationId(), id, asOf);
    }
}
