package org.duban.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser against a real server: its own cookies, forms sent with the CSRF token of the page they are on,
 * redirects not followed (so a test sees where it is sent).
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String address;

    public HttpBrowser(int port) {
        this(port, null);
    }

    /** A browser whose requests come from {@code address} as a reverse proxy would say (X-Forwarded-For). */
    public HttpBrowser(int port, String address) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        this.address = address;
    }

    /** Logs in through the login form; returns where the server sends the browser next. */
    public String logIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", "/login", Map.of("username", username, "password", password)).headers()
                .firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET with extra headers (name, value, name, value…), the body as the bytes that came over the wire. */
    public HttpResponse<byte[]> getRaw(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a form from the page at {@code pagePath}, with that page's CSRF token. */
    public HttpResponse<String> post(String pagePath, String action, Map<String, ?> fields)
            throws IOException, InterruptedException {
        return send(tokenOn(pagePath), action, fields);
    }

    /** The CSRF token of a page, as a form on it carries it; null when the page has none. */
    public String tokenOn(String pagePath) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(pagePath).body());
        return token.find() ? token.group(1) : null;
    }

    /**
     * Sends a form of a page loaded earlier: a page left open, sent later. A field's value is a String, or a List of
     * them for a field sent several times (checkboxes).
     */
    public HttpResponse<String> send(String token, String action, Map<String, ?> fields)
            throws IOException, InterruptedException {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        if (token != null) {
            all.put("_csrf", token);
        }
        StringBuilder form = new StringBuilder();
        all.forEach((k, v) -> {
            for (Object one : v instanceof List<?> many ? many : List.of(v)) {
                form.append(form.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(String.valueOf(one)));
            }
        });
        return http.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        return address == null ? b : b.header("X-Forwarded-For", address);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
