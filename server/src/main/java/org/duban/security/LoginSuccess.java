package org.duban.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a form login's password: the session is recorded (see {@link Sessions}); then either the second factor (see
 * {@link TwoFactor}) or where the browser was going. The page it was going to stays saved for after the code.
 */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Sessions sessions;
    private final TwoFactor twoFactor;

    LoginSuccess(Sessions sessions, TwoFactor twoFactor) {
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof DubanUser user) {
            sessions.open(user, request);
            Optional<TwoFactor.State> next = twoFactor.afterPassword(user);
            if (next.isPresent()) {
                request.getSession().setAttribute(TwoFactor.ATTRIBUTE, next.get());
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response,
                        next.get() == TwoFactor.State.PENDING ? "/login/two-factor" : "/account/two-factor?required");
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
