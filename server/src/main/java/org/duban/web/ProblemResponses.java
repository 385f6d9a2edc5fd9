package org.duban.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written straight to the response, for the code that answers before Spring MVC (and so its message
 * converters and views) is reached: security filters, the firewall, the upload limit. The API gets RFC 9457 problem
 * details, a browser a small page with the message; both the same as {@link ErrorHandling} gives.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** A problem for {@code /api/**} and the API description, a page for every other path. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (isApi(request)) {
            write(response, status, detail);
        } else {
            writePage(request.getContextPath(), response, status, detail);
        }
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write(json(status, detail));
    }

    static String json(HttpStatus status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem);
    }

    static void writePage(String contextPath, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        response.getWriter().write(page(contextPath, message));
    }

    /** The page when no template can be rendered: the message and a way home, nothing else. */
    static String page(String contextPath, String message) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>督办</title>"
                + "<body style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem\">"
                + "<p role=\"alert\" style=\"color:#842029\">" + HtmlUtils.htmlEscape(message) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(contextPath) + "/\">督办首页 Home</a></p></body></html>";
    }

    /** Whether the request (or, on an error dispatch, the request that failed) was made to the API. */
    public static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return isApiPath(uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length())));
    }

    static boolean isApiPath(String path) {
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }
}
