package org.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.web.Htmx;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a logged-in browser: is the account still the one that logged in (enabled, same password,
 * same role and unit) and is its session still open? If not, the session ends here and the browser goes to the login
 * page, before the request can do anything; a disabled account's open page cannot submit a report. Both facts are
 * read from the database, so this holds across app nodes.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final Sessions sessions;

    SessionCheckFilter(UserAccounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DubanUser user && !stillValid(user, request)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            String login = request.getContextPath() + "/login?expired";
            if (Htmx.isHtmx(request)) {
                response.setHeader("HX-Redirect", login);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(DubanUser user, HttpServletRequest request) {
        Optional<UserAccount> account = accounts.byId(user.id());
        if (account.isEmpty() || !sameAccount(user, account.get())) {
            return false;
        }
        Optional<Long> session = Sessions.idOf(request);
        return session.isEmpty() || sessions.stillOpen(session.get(), request.getSession(false));
    }

    /** The password hash stands for the credential: resetting it ends every session that logged in with the old one. */
    private static boolean sameAccount(DubanUser user, UserAccount now) {
        return now.enabled() && Objects.equals(now.passwordHash(), user.getPassword()) && now.role() == user.role()
                && Objects.equals(now.unitId(), user.unitId());
    }
}
