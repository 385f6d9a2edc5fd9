package org.duban.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.duban.org.DubanUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After a form login: the session is recorded (see {@link Sessions}), then the browser goes where it was going. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Sessions sessions;

    LoginSuccess(Sessions sessions) {
        this.sessions = sessions;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof DubanUser user) {
            sessions.open(user, request);
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
