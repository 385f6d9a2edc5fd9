package org.duban.rollup;

import org.duban.web.UserFacingException;

/** A link or a look one level up or down that is not allowed, with the reason. */
class RollupRefused extends UserFacingException {

    RollupRefused(String key, Object... args) {
        super(key, args);
    }
}
