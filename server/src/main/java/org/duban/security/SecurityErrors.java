package org.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.duban.web.ErrorPages;
import org.duban.web.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring Security's refusals in Duban's one format: the API answers 401 and 403 as Chinese-first problem details
 * (Spring's defaults were English JSON from Boot's error controller); pages show the error page, and a form sent
 * without a valid CSRF token says the page has expired rather than that the user lacks a right.
 */
final class SecurityErrors {

    private final MessageSource messages;
    private final LocaleResolver locales;

    SecurityErrors(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** 401 with a problem, and a challenge for each way the API can be entered. */
    AuthenticationEntryPoint api() {
        return (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Duban\", charset=\"UTF-8\"");
            String key = e instanceof CredentialsExpiredException ? "error.passwordChangeNeeded"
                    : e instanceof SecondFactorNeeded ? "error.secondFactorNeeded"
                    : e instanceof BadCredentialsException || e instanceof AccountStatusException
                    ? "error.badCredentials" : "error.unauthorized";
            problem(request, response, HttpStatus.UNAUTHORIZED, key);
        };
    }

    AccessDeniedHandler apiDenied() {
        return (request, response, e) -> problem(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** The error page, through the container's error dispatch, so that it is laid out like every other page. */
    AccessDeniedHandler pageDenied() {
        return (request, response, e) -> denyPage(request, response, e);
    }

    private static void denyPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            ErrorPages.show(request, "error.csrf");
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemResponses.write(response, status, messages.getMessage(key, null, locales.resolveLocale(request)));
    }
}
