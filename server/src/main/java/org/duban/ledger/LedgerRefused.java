package org.duban.ledger;

import org.duban.web.UserFacingException;

/** An export the rules refuse: not a coordinator, a cut-off in the future. */
class LedgerRefused extends UserFacingException {

    LedgerRefused(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }
}
