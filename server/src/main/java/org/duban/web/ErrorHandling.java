package org.duban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.duban.planreader.PlanReadException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every refusal the user can cause becomes a clear message in their language: RFC 9457 problem details for
 * {@code /api/**}, an error page (or an htmx fragment) for the browser. Never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    Object ruleBroken(UserFacingException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return respond(status, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale), request, response);
    }

    @ExceptionHandler(PlanReadException.class)
    Object unreadable(PlanReadException e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = e.reason() == PlanReadException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : e.reason() == PlanReadException.Reason.UNSUPPORTED_FORMAT ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return respond(status, e.getMessage(), request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.tooLarge", null, locale), request,
                response);
    }

    @ExceptionHandler(MultipartException.class)
    Object badUpload(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, messages.getMessage("error.badUpload", null, locale), request, response);
    }

    private static Object respond(HttpStatus status, String message, HttpServletRequest request,
            HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
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
}
