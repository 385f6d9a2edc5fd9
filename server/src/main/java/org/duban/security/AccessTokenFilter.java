package org.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.duban.web.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code Authorization: Bearer dbn_…} on the API: the caller is the token's user with the token's scopes, for this
 * request only. A token that is not valid (unknown, revoked, expired, its account disabled) gets 401 at once; it is
 * 256 random bits, so there is no guessing to slow down.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    AccessTokenFilter(AccessTokens tokens, MessageSource messages, LocaleResolver locales) {
        this.tokens = tokens;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> caller = tokens.authenticate(header.substring(7).strip(), request.getRemoteAddr());
        if (caller.isEmpty()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Duban\", error=\"invalid_token\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    messages.getMessage("error.badToken", null, locales.resolveLocale(request)));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(caller.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
