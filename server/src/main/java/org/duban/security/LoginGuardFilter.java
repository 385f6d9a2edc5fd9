package org.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.duban.web.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a login the {@link LoginGuard} holds up before the password is checked, without waiting: the form goes back
 * to the login page saying how long to wait, the API answers 429 with Retry-After. Names are counted as
 * {@link org.duban.org.LoginNames} stores them.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    private final LoginGuard guard;
    private final BasicCredentialsCheck basic;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final LocaleResolver locales;

    LoginGuardFilter(LoginGuard guard, BasicCredentialsCheck basic, ApplicationEventPublisher events,
            MessageSource messages, LocaleResolver locales) {
        this.guard = guard;
        this.basic = basic;
        this.events = events;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] attempt = attempt(request);
        // a client repeating credentials that passed a moment ago proves its password: nothing to count or hold up
        if (attempt != null && !(attempt[1] != null && basic.recentlyPassed(attempt[0], attempt[1]))) {
            LoginGuard.Verdict verdict = guard.check(attempt[0], request.getRemoteAddr());
            if (!verdict.open()) {
                events.publishEvent(new LoginAttempted(LoginGuard.stored(attempt[0]), request.getRemoteAddr(), "BLOCKED",
                        null, null));
                refuse(request, response, verdict);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The name (and for HTTP Basic the password) a request logs in with, or null when it does not. */
    private static String[] attempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            String username = request.getParameter("username");
            return username == null ? null : new String[] {username, null};
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? new String[] {decoded, null}
                        : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, LoginGuard.Verdict verdict)
            throws IOException {
        long seconds = verdict.retryAfterSeconds();
        if (request.getHeader("Authorization") != null) {
            Locale locale = locales.resolveLocale(request);
            String message = messages.getMessage(verdict.messageKey(), new Object[] {verdict.messageArgument()}, locale);
            response.setHeader("Retry-After", String.valueOf(seconds));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, message);
        } else {
            String query = switch (verdict.refusal()) {
                case SLOWED -> "slowed=" + seconds;
                case LOCKED -> "locked";
                case THROTTLED -> "throttled";
            };
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        }
    }
}
