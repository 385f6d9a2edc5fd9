package org.duban.web;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Requests refused before any controller sees them, in the same format as every other error. Spring Security's
 * firewall refuses paths with {@code ;}, {@code ..}, {@code //}, encoded {@code %2F}, odd methods and control
 * characters in headers; by default with a bare 400 that Spring Boot then answered in English. Tomcat refuses some
 * requests itself before the application is reached (an encoded slash, a malformed request line) and answered with
 * its own HTML page. Both now give the Chinese-first problem (API) or page (browser).
 */
@Configuration
class RejectedRequests {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler(MessageSource messages, LocaleResolver locales) {
        return (request, response, rejected) -> {
            log.debug("Firewall rejected {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                    messages.getMessage("error.rejected", null, locales.resolveLocale(request)));
        };
    }

    /** After Spring Boot's own customizer, which installs Tomcat's plain report valve. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorReports(MessageSource messages) {
        return new TomcatErrorReportsCustomizer(messages);
    }

    private record TomcatErrorReportsCustomizer(MessageSource messages)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new ChineseErrorReports(messages));
                if (context.getParent() instanceof StandardHost h) {
                    // so that the host, when it starts, finds this valve and adds no default one beside it
                    h.setErrorReportValveClass(ChineseErrorReports.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's report valve, writing our problem or page instead of its own HTML. */
    static final class ChineseErrorReports extends ErrorReportValve {

        private final MessageSource messages;

        ChineseErrorReports(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            // what Tomcat refuses with 400 is a malformed request: an encoded slash, a bad request line or header
            String key = status == HttpStatus.BAD_REQUEST ? "error.rejected" : ErrorPages.keyFor(status);
            String message = messages.getMessage(key, null, localeOf(request));
            String uri = request.getRequestURI();
            boolean api = uri != null && ProblemResponses.isApiPath(uri);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? ProblemResponses.json(status, message) : ProblemResponses.page("", message));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone, or the response was committed meanwhile: nothing more to say
            }
        }

        /** The language the user picked (LocaleConfig's cookie); Chinese otherwise. */
        private static Locale localeOf(Request request) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (LocaleConfig.COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
