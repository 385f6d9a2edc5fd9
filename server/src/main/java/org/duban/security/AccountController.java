package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** My account: where I am logged in, and signing out elsewhere (a phone left in an office, a shared computer). */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Sessions sessions;

    AccountController(Sessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String show(@AuthenticationPrincipal DubanUser me, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.active(me.id(), Sessions.idOf(request).orElse(null)));
        return "security/account";
    }

    @PostMapping("/sessions/{id}/end")
    String end(@PathVariable long id, @AuthenticationPrincipal DubanUser me) {
        if (!sessions.end(me.id(), id, Sessions.Ending.SIGNED_OUT_ELSEWHERE)) {
            throw new NotFound();
        }
        return "redirect:/account?ended";
    }

    @PostMapping("/sessions/end-others")
    String endOthers(@AuthenticationPrincipal DubanUser me, HttpServletRequest request) {
        sessions.endAllBut(me.id(), Sessions.idOf(request).orElse(null), Sessions.Ending.SIGNED_OUT_ELSEWHERE);
        return "redirect:/account?ended";
    }
}
