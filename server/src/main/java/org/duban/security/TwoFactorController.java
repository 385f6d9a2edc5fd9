package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of a login, and setting up the authenticator app (see {@link TwoFactor}). */
@Controller
class TwoFactorController {

    private final TwoFactor twoFactor;
    /** The page the browser asked for before logging in, kept in a cookie (see SecurityConfig). */
    private final CookieRequestCache returnTo = new CookieRequestCache();

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/login/two-factor")
    String codeForm(HttpServletRequest request) {
        return TwoFactor.stateOf(request).orElse(null) == TwoFactor.State.PENDING ? "security/two-factor-login" : "redirect:/";
    }

    @PostMapping("/login/two-factor")
    String code(@RequestParam(required = false) String code, @AuthenticationPrincipal DubanUser me,
            HttpServletRequest request, HttpServletResponse response) {
        if (TwoFactor.stateOf(request).orElse(null) != TwoFactor.State.PENDING) {
            return "redirect:/";
        }
        twoFactor.verify(me, code, request.getRemoteAddr());
        return passed(request, response);
    }

    @GetMapping("/account/two-factor")
    String setUpForm(@AuthenticationPrincipal DubanUser me, Model model) {
        Optional<String> secret = twoFactor.pendingSecret(me);
        model.addAttribute("enrolled", secret.isEmpty());
        model.addAttribute("required", twoFactor.required(me));
        secret.ifPresent(s -> {
            model.addAttribute("secret", s.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("uri", Totp.uri(TwoFactor.ISSUER, me.getUsername(), s));
        });
        return "security/two-factor";
    }

    @PostMapping("/account/two-factor")
    String setUp(@RequestParam(required = false) String code, @AuthenticationPrincipal DubanUser me,
            HttpServletRequest request, HttpServletResponse response) {
        twoFactor.confirm(me, code, request.getRemoteAddr());
        return passed(request, response);
    }

    /** Both factors given: on to the page the browser first asked for. */
    private String passed(HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(TwoFactor.ATTRIBUTE, TwoFactor.State.PASSED);
        SavedRequest saved = returnTo.getRequest(request, response);
        if (saved != null) {
            returnTo.removeRequest(request, response);
            return "redirect:" + relative(saved.getRedirectUrl());
        }
        return "redirect:/";
    }

    /** Only a path of this site: the saved address is built from the request, but never trusted to leave it. */
    private static String relative(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String path = uri.getRawPath() == null || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")
                ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
