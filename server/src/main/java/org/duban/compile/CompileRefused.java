package org.duban.compile;

import org.duban.web.UserFacingException;

/** A compiled report the rules refuse: only coordinators and administrators draft it. */
class CompileRefused extends UserFacingException {

    private final int status;

    CompileRefused(int status, String messageKey, Object... args) {
        super(messageKey, args);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
