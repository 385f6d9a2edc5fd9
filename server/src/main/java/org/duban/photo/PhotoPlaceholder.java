package org.duban.photo;

import java.nio.charset.StandardCharsets;

/**
 * What stands in for a photo's thumbnail or display copy while it is being made (处理中), or when it cannot be made
 * (无法处理): a small picture of its own, so a page never shows a broken image and an address never answers 500.
 */
final class PhotoPlaceholder {

    static final String MEDIA_TYPE = "image/svg+xml";

    private PhotoPlaceholder() {
    }

    static byte[] of(Photo photo) {
        String text = photo.failed() ? "无法处理" : "处理中…";
        String fill = photo.failed() ? "#f8d7da" : "#e9ecef";
        return ("""
                <svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">\
                <rect width="320" height="240" fill="%s"/>\
                <text x="160" y="130" font-family="sans-serif" font-size="30" fill="#495057" text-anchor="middle">%s</text>\
                </svg>""").formatted(fill, text).getBytes(StandardCharsets.UTF_8);
    }
}
