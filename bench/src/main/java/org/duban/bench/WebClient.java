package org.duban.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser against Duban: its own cookies, forms sent with the CSRF token of the page they are on (as a phone's
 * browser sends them), redirects not followed so the caller sees where it is sent.
 */
final class WebClient {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** @param base e.g. {@code http://127.0.0.1:8080} */
    WebClient(String base) {
        this.base = base;
    }

    /** Logs in through the login form; refuses to go on when sent back to it. */
    void logIn(String username, String password) throws Exception {
        HttpResponse<String> r = post("/login", "/login", Map.of("username", username, "password", password));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("could not log in as " + username + ": " + r.statusCode() + " " + location);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a form from the page at {@code page}, with that page's CSRF token. */
    HttpResponse<String> post(String page, String action, Map<String, String> fields) throws Exception {
        return send(token(get(page).body(), CSRF), action, fields);
    }

    /** Sends a form of a page loaded earlier, with the token it carried. */
    HttpResponse<String> send(String csrf, String action, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        StringBuilder form = new StringBuilder();
        all.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The report form of a task page loaded earlier, submitted with its photos (JPEGs). */
    HttpResponse<String> report(long assignment, String taskPage, String body, List<byte[]> photos) throws Exception {
        String boundary = "duban" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token(taskPage, CSRF));
        fields.put("formKey", token(taskPage, FORM_KEY));
        fields.put("action", "submit");
        fields.put("happenedOn", LocalDate.now().toString());
        fields.put("body", body);
        fields.forEach((name, value) -> multipart.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        for (byte[] jpeg : photos) {
            multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; "
                    + "filename=\"IMG_" + (++n) + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(jpeg);
            multipart.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        multipart.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request("/tasks/" + assignment + "/reports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String token(String page, Pattern pattern) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the page carries no " + pattern);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }
}
