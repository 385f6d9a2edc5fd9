package org.duban.security;

import java.util.List;
import java.util.Map;

/** A User-Agent header in the words a user recognises their own device by: "Chrome · Android". */
final class Browsers {

    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("MicroMessenger", "微信"),
            Map.entry("DingTalk", "钉钉"), Map.entry("wxwork", "企业微信"), Map.entry("Edg", "Edge"),
            Map.entry("Firefox", "Firefox"), Map.entry("Chrome", "Chrome"), Map.entry("Safari", "Safari"),
            Map.entry("Java-http-client", "Java"), Map.entry("curl", "curl"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
            Map.entry("Mac OS", "macOS"), Map.entry("Linux", "Linux"));

    private Browsers() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            return userAgent.length() > 40 ? userAgent.substring(0, 40) + "…" : userAgent;
        }
        return browser == null ? system : system == null ? browser : browser + " · " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(e -> userAgent.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
