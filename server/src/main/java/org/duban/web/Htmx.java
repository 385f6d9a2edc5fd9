package org.duban.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx sends HX-Request with every request it makes; such requests get a fragment, not the whole page. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
