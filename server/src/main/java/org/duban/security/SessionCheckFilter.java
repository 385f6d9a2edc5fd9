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
 * read from the database, so this holds across app nodes. While a step of the login is outstanding (the second
 * factor, replacing a password an administrator set, setting up the second factor) nothing but its page opens.
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
        if (auth != null && auth.getPrincipal() instanceof DubanUser user) {
            Optional<UserAccount> account = stillValid(user, request);
            if (account.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                send(request, response, "/login?expired");
                return;
            }
            Optional<TwoFactor.State> second = TwoFactor.stateOf(request);
            if (second.orElse(null) == TwoFactor.State.PENDING && !mayGo(request, "/login/two-factor")) {
                send(request, response, "/login/two-factor");
                return;
            }
            if (account.get().mustChangePassword() && !mayGo(request, "/account/password")) {
                send(request, response, "/account/password?required");
                return;
            }
            if (second.orElse(null) == TwoFactor.State.ENROL && !mayGo(request, "/account/two-factor")) {
                send(request, response, "/account/two-factor?required");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String to) throws IOException {
        String location = request.getContextPath() + to;
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", location);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(location);
        }
    }

    /**
     * The one page a session may open while a step of the login is outstanding (the second factor, replacing a
     * password an administrator set, setting up the second factor), and what every page needs.
     */
    private static boolean mayGo(HttpServletRequest request, String page) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(page) || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    private Optional<UserAccount> stillValid(DubanUser user, HttpServletRequest request) {
        Optional<UserAccount> account = accounts.byId(user.id());
        if (account.isEmpty() || !sameAccount(user, account.get())) {
            return Optional.empty();
        }
        Optional<Long> session = Sessions.idOf(request);
        return session.isEmpty() || sessions.stillOpen(session.get(), request.getSession(false)) ? account : Optional.empty();
    }

    /** The password hash stands for the credential: resetting it ends every session that logged in with the old one. */
    private static boolean sameAccount(DubanUser user, UserAccount now) {
        return now.enabled() && Objects.equals(now.passwordHash(), user.getPassword()) && now.role() == user.role()
                && Objects.equals(now.unitId(), user.unitId());
    }
}
