package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.org.DubanUser;
import org.duban.org.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 修改密码: the user's own password, required first after an administrator set it. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final PasswordChange change;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChange change) {
        this.change = change;
    }

    @GetMapping
    String form() {
        return "security/password";
    }

    @PostMapping
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeated, @AuthenticationPrincipal DubanUser me,
            HttpServletRequest request, HttpServletResponse response) {
        UserAccount now = change.change(me, Sessions.idOf(request).orElse(null), current, password, repeated,
                request.getRemoteAddr());
        // this session goes on as the account now is (SessionCheckFilter compares it with the database)
        DubanUser user = new DubanUser(now);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/account?passwordChanged";
    }
}
