/**
 * Campaigns read from a plan notice: their activities with date windows, and the assignments that tell each unit
 * what it leads or assists. Created through {@link org.duban.campaign.CampaignService#create}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns")
package org.duban.campaign;
