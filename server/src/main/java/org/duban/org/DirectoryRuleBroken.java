package org.duban.org;

import org.duban.web.UserFacingException;

/** An edit of the unit directory that would break one of its rules (unique names, a name at all). */
public class DirectoryRuleBroken extends UserFacingException {

    public DirectoryRuleBroken(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
