package org.duban.audit;

import org.duban.org.DubanUser;
import org.duban.web.TextInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The operation log for admins, newest first, with filters. */
@Controller
class AuditController {

    /** A million entries back: further than anyone pages, and far from where page × 50 overflows. */
    static final int MAX_PAGE = 20_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") AuditLog.Filter filter, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal DubanUser user, Model model) {
        if (page < 0 || page > MAX_PAGE) {
            throw new TextInput.InputRefused("audit.error.page", MAX_PAGE);
        }
        var entries = log.search(user.organisationId(), filter, page);
        model.addAttribute("entries", entries.size() > AuditLog.PAGE ? entries.subList(0, AuditLog.PAGE) : entries);
        model.addAttribute("hasMore", entries.size() > AuditLog.PAGE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("actions", java.util.List.of("LOGIN", "LOGIN_FAILED", "LOCKOUT", "LOGIN_BLOCKED",
                "UNIT_ADDED", "UNIT_CHANGED", "CAMPAIGN_CREATED", "CAMPAIGN_CHANGED",
                "CAMPAIGN_ACTIVITY_CHANGED", "CAMPAIGN_ACTIVITY_ADDED", "CAMPAIGN_ACTIVITY_REMOVED",
                "CAMPAIGN_ACTIVITY_CANCELLED", "CAMPAIGN_UNIT_ADDED", "CAMPAIGN_UNIT_REMOVED", "CAMPAIGN_ARCHIVED",
                "CAMPAIGN_UNARCHIVED", "REPORT_SAVED", "REPORT_SUBMITTED", "REPORT_ACCEPTED",
                "REPORT_RETURNED", "SUMMARY_ACCEPTED", "SUMMARY_RETURNED", "PHOTO_UPLOADED", "PHOTO_DOWNLOADED", "USER_CHANGED", "TOKEN_CREATED", "TOKEN_REVOKED"));
        return "audit/list";
    }
}
