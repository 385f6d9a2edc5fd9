package org.duban.upstream;

import org.duban.web.UserFacingException;

/** A template, a mapping or a fill the rules refuse. */
class StatTemplateRefused extends UserFacingException {

    StatTemplateRefused(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }
}
