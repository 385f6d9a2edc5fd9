package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: where I am logged in, and signing out elsewhere (a phone left in an office, a shared computer); my
 * access tokens for the API.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Sessions sessions;
    private final AccessTokens tokens;

    AccountController(Sessions sessions, AccessTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping
    String show(@AuthenticationPrincipal DubanUser me, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.active(me.id(), Sessions.idOf(request).orElse(null)));
        model.addAttribute("tokens", tokens.of(me.id()));
        model.addAttribute("scopes", Scope.allowedFor(me.role()));
        model.addAttribute("lifetimes", AccessTokens.LIFETIMES_DAYS);
        return "security/account";
    }

    /** Makes a token and shows it once, on the next page only (a flash attribute, never in an address). */
    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name,
            @RequestParam(name = "scopes", required = false) List<String> scopes,
            @RequestParam(required = false) String days, @AuthenticationPrincipal DubanUser me,
            RedirectAttributes next) {
        AccessTokens.Created created = tokens.create(me, name, parseScopes(scopes),
                days != null && days.matches("\\d{1,3}") ? Integer.valueOf(days) : null);
        next.addFlashAttribute("newToken", created.token());
        return "redirect:/account#token-" + created.id();
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @AuthenticationPrincipal DubanUser me) {
        tokens.revoke(me, id);
        return "redirect:/account?revoked#token-" + id;
    }

    private static Set<Scope> parseScopes(List<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String n : names == null ? List.<String>of() : names) {
            try {
                scopes.add(Scope.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new UserAdministration.Refused("token.error.scopes");
            }
        }
        return scopes;
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
