package org.duban.security;

import org.duban.org.DubanUser;
import org.duban.org.UserAccounts;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.time.Clock;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.duban.web.Htmx;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors. {@code /api/**}: HTTP Basic, no session, no CSRF token (no cookie is involved, so there is nothing to
 * forge). Everything else: form login with a session (created at login, never for an anonymous page) and CSRF on
 * every form. Nothing but the login page, the first-administrator page and static assets is reachable without
 * logging in.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(ApiProperties.class)
class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] COORDINATOR = {"COORDINATOR", "ADMIN"};

    @Bean
    LoginGuardFilter loginGuardFilter(LoginGuard guard, BasicCredentialsCheck basic, ApplicationEventPublisher events,
            MessageSource messages, LocaleResolver locales) {
        return new LoginGuardFilter(guard, basic, events, messages, locales);
    }

    @Bean
    BasicCredentialsCheck basicCredentialsCheck(UserDetailsService users, PasswordEncoder passwords, UserAccounts accounts,
            LoginGuard guard, TwoFactor twoFactor, Clock clock, ApiProperties properties) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(passwords);
        return new BasicCredentialsCheck(bcrypt, accounts, guard, twoFactor, clock, properties.basicCache());
    }

    /** The guard runs inside the security chains, not also as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginGuardFilter> loginGuardFilterRegistration(LoginGuardFilter filter) {
        FilterRegistrationBean<LoginGuardFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityErrors securityErrors(MessageSource messages, LocaleResolver locales) {
        return new SecurityErrors(messages, locales);
    }

    /**
     * Operations: {@code /actuator/health} (and its {@code liveness} and {@code readiness} groups) answer anyone with
     * the status only, for a load balancer or an orchestrator; {@code /actuator/prometheus} answers only the addresses
     * in {@code duban.metrics.scrape-from} (by default this machine), for a Prometheus on the same network; every other
     * actuator route is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${duban.metrics.scrape-from:127.0.0.1/32,::1/128}")
            java.util.List<String> scrapeFrom) throws Exception {
        java.util.List<org.springframework.security.web.util.matcher.IpAddressMatcher> allowed = scrapeFrom.stream()
                .map(String::strip).filter(a -> !a.isEmpty())
                .map(org.springframework.security.web.util.matcher.IpAddressMatcher::new).toList();
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(allowed.stream()
                                        .anyMatch(m -> m.matches(context.getRequest()))))
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The API: a personal access token (Bearer) or HTTP Basic. What a caller may do is their role and, for a token,
     * also the token's scopes: reading needs {@code read}, sending reports {@code report}, the coordinator's writes
     * {@code coordinate}. Any other write needs {@code coordinate} too, so that a route added later is not open to a
     * read-only token by default. Basic callers have every scope their role has.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginGuardFilter guard, SecurityErrors errors, AccessTokens tokens,
            BasicCredentialsCheck basic, ApplicationEventPublisher events, MessageSource messages, LocaleResolver locales)
            throws Exception {
        // the API's own manager: no parent to ask again (a wrong password costs one BCrypt check, not two), and
        // authentication events for the login guard and the audit log
        ProviderManager manager = new ProviderManager(basic.provider());
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(manager);
        http.addFilterBefore(new AccessTokenFilter(tokens, messages, locales), BasicAuthenticationFilter.class);
        http.addFilterBefore(guard, BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/plan-drafts", "/api/v1/campaigns", "/api/v1/reports/*/review")
                        .access(allOf(AuthorityAuthorizationManager.hasAnyRole(COORDINATOR), scope(Scope.COORDINATE)))
                        .requestMatchers(HttpMethod.GET, "/api/v1/campaigns/*/ledger.xlsx", "/api/v1/campaigns/*/package.zip",
                                "/api/v1/campaigns/*/exports")
                        .access(allOf(AuthorityAuthorizationManager.hasAnyRole(COORDINATOR), scope(Scope.READ)))
                        .requestMatchers("/api/v1/reviews")
                        .access(allOf(AuthorityAuthorizationManager.hasAnyRole(COORDINATOR), scope(Scope.READ)))
                        .requestMatchers(HttpMethod.POST, "/api/v1/assignments/*/reports").access(scope(Scope.REPORT))
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs", "/v3/api-docs/**").access(scope(Scope.READ))
                        .requestMatchers(HttpMethod.HEAD, "/api/**").access(scope(Scope.READ))
                        .anyRequest().access(scope(Scope.COORDINATE)))
                .httpBasic(b -> b.realmName("Duban").authenticationEntryPoint(errors.api()))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors.api()).accessDeniedHandler(errors.apiDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> scope(Scope scope) {
        return AuthorityAuthorizationManager.hasAuthority(scope.authority());
    }

    @SafeVarargs
    private static AuthorizationManager<RequestAuthorizationContext> allOf(
            AuthorizationManager<RequestAuthorizationContext>... managers) {
        return AuthorizationManagers.allOf(managers);
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginGuardFilter guard, SecurityErrors errors, UserAccounts accounts,
            Sessions sessions, TwoFactor twoFactor) throws Exception {
        http.addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SessionCheckFilter(accounts, sessions), AuthorizationFilter.class);
        // anonymous pages keep nothing on the server: the CSRF token of the login form lives in a cookie, and so
        // does the page to return to after logging in; a flood of GET /login costs no session and no heap
        CookieRequestCache returnTo = new CookieRequestCache();
        returnTo.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !Htmx.isHtmx(request));
        LoginSuccess success = new LoginSuccess(sessions, twoFactor);
        success.setRequestCache(returnTo);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/setup", "/assets/**", "/webjars/**", "/favicon.ico", "/error", "/calendar/*.ics")
                        .permitAll()
                        .requestMatchers("/imports/**", "/units/**", "/reviews", "/reports/*/accept", "/reports/*/return")
                        .hasAnyRole(COORDINATOR)
                        .requestMatchers("/metrics/**", "/campaigns/*/activities/*/metrics", "/campaigns/*/counts/suggest")
                        .hasAnyRole(COORDINATOR)
                        .requestMatchers("/audit/**", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/campaigns/*/upstream", "/campaigns/*/upstream/share",
                                "/campaigns/*/issue")
                        .hasAnyRole(COORDINATOR)
                        .requestMatchers("/campaigns/*/dashboard", "/campaigns/*/dashboard/print", "/campaigns/*/summaries",
                                "/campaigns/*/counts", "/campaigns/*/rollup", "/campaigns/*/rollup/**")
                        .hasAnyRole("COORDINATOR", "ADMIN", "LEADER")
                        .requestMatchers("/campaigns/*/exports", "/campaigns/*/ledger.xlsx", "/campaigns/*/package.zip",
                                "/campaigns/*/report", "/campaigns/*/report/**", "/campaigns/*/report.docx",
                                "/campaigns/*/report.pdf", "/campaigns/*/stat-templates", "/campaigns/*/stat-templates/**")
                        .hasAnyRole(COORDINATOR)
                        .requestMatchers("/tasks/*/urge", "/campaigns/*/units/*/urge").hasAnyRole(COORDINATOR)
                        .requestMatchers("/campaigns/*/edit", "/campaigns/*/copy", "/campaigns/*/activities/**",
                                "/campaigns/*/assignments/**",
                                "/campaigns/*/archive", "/campaigns/*/unarchive", "/campaigns/*/summaries/*/accept",
                                "/campaigns/*/summaries/*/return")
                        .hasAnyRole(COORDINATOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(success).permitAll())
                .requestCache(cache -> cache.requestCache(returnTo))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(sessions::endAtLogout))
                .exceptionHandling(e -> e.accessDeniedHandler(errors.pageDenied()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /**
     * The CSRF token in a cookie instead of the session (Spring Security 7 still masks the token in each page against
     * BREACH). HttpOnly: pages read it from their meta tag, never from the cookie; SameSite=Lax like the session's.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("DUBAN-CSRF");
        repository.setHeaderName("X-CSRF-TOKEN");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    UserDetailsService users(UserAccounts accounts) {
        return username -> accounts.byUsername(username).map(DubanUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
