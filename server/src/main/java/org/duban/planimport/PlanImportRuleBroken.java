package org.duban.planimport;

import org.duban.web.UserFacingException;

/** An edit or a confirmation that the draft's rules refuse. */
public class PlanImportRuleBroken extends UserFacingException {

    public PlanImportRuleBroken(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
