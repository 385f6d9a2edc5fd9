package org.duban.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Reads multipart bodies before Spring Security does. Its CSRF filter reads the token from the form, which makes
 * the container parse the whole upload; an upload over the limit would then fail inside the security filters, where
 * no controller advice can answer. Here it gets a 413 with a message instead.
 */
@Configuration
class UploadLimitFilter extends OncePerRequestFilter {

    /** Before Spring Security's filter chain (order -100). */
    private static final int ORDER = -110;

    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilterRegistration() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(ORDER);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            boolean tooLarge = causedBySizeLimit(e);
            refuse(request, response, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    tooLarge ? "error.tooLarge" : "error.badUpload");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean causedBySizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemResponses.write(request, response, status, messages.getMessage(key, null, locales.resolveLocale(request)));
    }
}
