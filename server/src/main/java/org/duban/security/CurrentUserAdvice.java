package org.duban.security;

import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is logged in and offers what their role may use. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    DubanUser me(@AuthenticationPrincipal DubanUser user) {
        return user;
    }
}
