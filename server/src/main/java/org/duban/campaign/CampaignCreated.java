package org.duban.campaign;

/** A coordinator confirmed a plan; its assignments exist from now on. */
public record CampaignCreated(long campaignId, long organisationId, long createdBy, int activities, int assignments) {
}
