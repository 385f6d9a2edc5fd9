package org.duban.planimport;

import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's 导入计划 menu item shows a coordinator how many plans issued from above wait for their review. */
@ControllerAdvice
class IssuedPlansBadge {

    private final ImportService imports;

    IssuedPlansBadge(ImportService imports) {
        this.imports = imports;
    }

    @ModelAttribute("issuedWaiting")
    int issuedWaiting(@AuthenticationPrincipal DubanUser user) {
        return user == null || !user.canCoordinate() ? 0 : imports.issuedWaiting(user.organisationId());
    }
}
