package org.duban.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server listens before the application has finished starting: the first administrator, the demo
 * organisation and its accounts are made after it. Until then every request is answered 503 with Retry-After, so a
 * person, a load balancer or a script is told to come back rather than that a password is wrong.
 */
@Configuration
class StartupGate extends OncePerRequestFilter {

    /** Before everything else, the upload limit (-110) and Spring Security (-100) included. */
    private static final int ORDER = -200;
    private static final String RETRY_SECONDS = "5";

    private volatile boolean ready;

    @Bean
    FilterRegistrationBean<StartupGate> startupGateRegistration() {
        FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(ORDER);
        return registration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        ready = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!ready) {
            response.setHeader("Retry-After", RETRY_SECONDS);
            ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "督办正在启动，请几秒钟后再试。 Duban is starting: try again in a few seconds.");
            return;
        }
        chain.doFilter(request, response);
    }
}
