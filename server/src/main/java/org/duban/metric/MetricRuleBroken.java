package org.duban.metric;

import org.duban.web.UserFacingException;

/** A change to the catalog or a count the rules refuse: a name taken, a count that is no number… Nothing changed. */
public class MetricRuleBroken extends UserFacingException {

    MetricRuleBroken(String messageKey, Object... args) {
        this(400, messageKey, args);
    }

    MetricRuleBroken(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }
}
