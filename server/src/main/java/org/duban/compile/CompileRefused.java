package org.duban.compile;

import org.duban.web.UserFacingException;

/** A compiled report the rules refuse: only coordinators and administrators draft it. */
class CompileRefused extends UserFacingException {

    CompileRefused(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }
}
