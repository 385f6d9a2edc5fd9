package org.duban.campaign;

import java.util.Map;

/**
 * A campaign was copied to another year ({@link CampaignCopies}): {@code activities} maps each activity of the old
 * campaign to its copy, for the modules that keep something per activity (the counts asked and their targets).
 */
public record CampaignCopied(long organisationId, long fromCampaignId, long toCampaignId, long userId,
        Map<Long, Long> activities) {

    public CampaignCopied {
        activities = Map.copyOf(activities);
    }
}
