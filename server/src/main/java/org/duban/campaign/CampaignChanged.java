package org.duban.campaign;

import java.util.List;

/**
 * A coordinator changed a confirmed campaign.
 *
 * @param change   what kind of change (ACTIVITY_CHANGED, UNIT_ADDED, ARCHIVED…): the audit log's action is
 *                 CAMPAIGN_ + change
 * @param detail   the change in words, in Chinese, as the audit log and the units' notifications show it
 * @param unitsTold the units whose tasks it changed, who are told
 */
public record CampaignChanged(long campaignId, long organisationId, long actorId, String change, String detail,
        List<Long> unitsTold) {

    public CampaignChanged {
        unitsTold = List.copyOf(unitsTold);
    }
}
