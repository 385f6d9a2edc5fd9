package org.duban.ledger;

import org.duban.web.UserFacingException;

/** An export the rules refuse: not a coordinator, a cut-off in the future. */
class LedgerRefused extends UserFacingException {

    private final int status;

    LedgerRefused(int status, String messageKey, Object... args) {
        super(messageKey, args);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
