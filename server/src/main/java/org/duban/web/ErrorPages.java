package org.duban.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every {@code sendError} and every exception no handler caught, wherever it was
 * raised (a security filter, the firewall, Tomcat itself): the same Chinese-first problem or page as
 * {@link ErrorHandling} gives, in place of Spring Boot's English JSON and white-label page.
 */
@Controller
public class ErrorPages implements ErrorController {

    /** A request attribute naming the message key to show, for code that can only call {@code sendError}. */
    static final String MESSAGE_KEY = "org.duban.web.error.messageKey";

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = statusOf(request);
        Object key = request.getAttribute(MESSAGE_KEY);
        String message = messages.getMessage(key instanceof String k ? k : keyFor(status), null, locale);
        return ErrorHandling.respond(status, message, request, response);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String keyFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "error.unauthorized";
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case METHOD_NOT_ALLOWED -> "error.method";
            case CONTENT_TOO_LARGE -> "error.tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "error.mediaType";
            case TOO_MANY_REQUESTS -> "error.tooMany";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "error.tooLong";
            default -> status.is5xxServerError() ? "error.server" : "error.badRequest";
        };
    }

    /** Lets a security filter name the message of the 403 it is about to send. */
    public static void show(HttpServletRequest request, String messageKey) {
        request.setAttribute(MESSAGE_KEY, messageKey);
    }
}
