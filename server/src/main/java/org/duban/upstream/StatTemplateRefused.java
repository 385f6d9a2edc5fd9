package org.duban.upstream;

import org.duban.web.UserFacingException;

/** A template, a mapping or a fill the rules refuse. */
class StatTemplateRefused extends UserFacingException {

    private final int status;

    StatTemplateRefused(int status, String messageKey, Object... args) {
        super(messageKey, args);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
