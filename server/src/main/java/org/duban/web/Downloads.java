package org.duban.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/** A file handed out for download: its headers, and names that are safe as file names. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Sets a download's headers: its type, never sniffed nor cached, saved under {@code fileName} (in UTF-8, with
     * {@code asciiStem} and the same extension for clients that read only the plain name).
     */
    public static void start(HttpServletResponse response, String contentType, String fileName, String asciiStem) {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        int dot = fileName.lastIndexOf('.');
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiStem
                + (dot < 0 ? "" : fileName.substring(dot)) + "\"; filename*=UTF-8''" + encoded);
    }

    /** The name with what Windows, macOS or Linux refuse in a file name replaced by "_". */
    public static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_");
    }
}
