package org.duban.support;

import java.util.Comparator;
import org.duban.campaign.CampaignService;
import org.duban.campaign.CampaignSummary;

/**
 * The demo organisation's seed campaign, which every test that works on it means. Test classes share one application
 * (and database) per configuration, and some create campaigns of their own, so "the newest campaign" is not it: the
 * seed is the first one made, and never archived for long.
 */
public final class DemoCampaigns {

    private DemoCampaigns() {
    }

    public static long seed(CampaignService campaigns, long organisationId) {
        return campaigns.list(organisationId).stream().min(Comparator.comparingLong(CampaignSummary::id))
                .orElseThrow(() -> new AssertionError("the demo organisation has no current campaign")).id();
    }
}
