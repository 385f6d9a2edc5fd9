package org.duban.campaign;

import org.duban.web.UserFacingException;

/** A campaign would break one of its rules (a unit outside the organisation, no activities). */
public class CampaignRuleBroken extends UserFacingException {

    public CampaignRuleBroken(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
