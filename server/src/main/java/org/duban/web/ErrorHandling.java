package org.duban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.duban.planreader.PlanReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal the user can cause becomes a clear message in their language (Chinese first): RFC 9457 problem
 * details for {@code /api/**}, an error page (or an htmx alert) for the browser. Never a stack trace, and the request
 * changed nothing. First in line, so that no framework default answers in English JSON on a browser route.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    Object ruleBroken(UserFacingException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        return respond(status, e.message(messages, locale), request, response);
    }

    @ExceptionHandler(PlanReadException.class)
    Object unreadable(PlanReadException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, ZIP_BOMB -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        // the reader says it in Chinese, then English: the page says it in the user's language
        return respond(status, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? e.english() : e.chinese(),
                request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", locale, request, response);
    }

    @ExceptionHandler(MultipartException.class)
    Object badUpload(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "error.badUpload", locale, request, response);
    }

    /** A path id that is not a number names nothing that exists. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, NoResourceFoundException.class,
            org.springframework.web.servlet.NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (e instanceof MethodArgumentTypeMismatchException m && m.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.RequestParam.class)) {
            return respond(HttpStatus.BAD_REQUEST, "error.badInput", locale, request, response);
        }
        return respond(HttpStatus.NOT_FOUND, "error.notFound", locale, request, response);
    }

    @ExceptionHandler({BindException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    Object badInput(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "error.badInput", locale, request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object badBody(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "error.badBody", locale, request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "error.method", locale, request, response);
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    Object wrongMediaType(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", locale, request, response);
    }

    /**
     * The firewall checks some parts of a request (header values) only when they are read, which can be inside a
     * controller: the same refusal as when it rejects the request at the door.
     */
    @ExceptionHandler(RequestRejectedException.class)
    Object rejected(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "error.rejected", locale, request, response);
    }

    /** Spring Security turns these into a login prompt or a 403 itself. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /** A fault of ours: logged with its stack for us, a plain sentence for the user. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "error.server", locale, request, response);
    }

    private Object respond(HttpStatus status, String key, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return respond(status, messages.getMessage(key, null, locale), request, response);
    }

    static Object respond(HttpStatus status, String message, HttpServletRequest request,
            HttpServletResponse response) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView(Htmx.isHtmx(request) ? "fragments/alert :: alert" : "error/message");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        if (Htmx.isHtmx(request)) {
            // show the message where the page keeps its alerts, not inside the element that asked
            response.setHeader("HX-Retarget", "#alerts");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        return ProblemResponses.isApi(request);
    }
}
