package org.duban.report;

import org.duban.web.UserFacingException;

/** A report action the rules refuse: an empty submission, a review of a report not waiting for one… */
public class ReportRuleBroken extends UserFacingException {

    ReportRuleBroken(String messageKey, Object... args) {
        this(400, messageKey, args);
    }

    ReportRuleBroken(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }
}
