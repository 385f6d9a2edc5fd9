package org.duban.security;

import org.duban.org.DubanUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into attempts for the guard and {@link LoginAttempted} events for
 * the audit log. Interactive (form) logins only count as successes: every API call authenticates afresh and is not a
 * login worth a line.
 */
@Component
class LoginEvents {

    private final LoginGuard guard;
    private final ApplicationEventPublisher events;

    LoginEvents(LoginGuard guard, ApplicationEventPublisher events) {
        this.guard = guard;
        this.events = events;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        String address = addressOf(auth);
        guard.record(auth.getName(), address, true);
        DubanUser user = auth.getPrincipal() instanceof DubanUser u ? u : null;
        events.publishEvent(new LoginAttempted(auth.getName(), address, "SUCCESS", user == null ? null : user.id(),
                user == null ? null : user.organisationId()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureCredentialsExpiredEvent) {
            // the right password, refused on the API until its user has replaced it: not a guess
            return;
        }
        Authentication auth = event.getAuthentication();
        String address = addressOf(auth);
        boolean lockedNow = guard.record(auth.getName(), address, false);
        events.publishEvent(new LoginAttempted(LoginGuard.stored(auth.getName()), address,
                lockedNow ? "LOCKED_OUT" : "FAILURE", null, null));
    }

    private static String addressOf(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }
}
