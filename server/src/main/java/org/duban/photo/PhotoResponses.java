package org.duban.photo;

import java.io.InputStream;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a photo goes out over HTTP: its own media type, never sniffed by the browser, cached privately (the bytes
 * behind an address never change: they are named by hash), and the original, EXIF and all, as a download. A copy not
 * made yet goes out as its placeholder, never cached, so the page asks again and gets the photo once it is there.
 */
public final class PhotoResponses {

    private PhotoResponses() {
    }

    public static ResponseEntity<InputStreamResource> of(Photo photo, Photo.Variant variant, InputStream content) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.mediaTypeOf(variant)))
                .cacheControl(photo.has(variant) ? CacheControl.maxAge(Duration.ofDays(30)).cachePrivate()
                        : CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff");
        if (variant == Photo.Variant.ORIGINAL) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"photo-" + photo.id() + "." + photo.mediaType().substring(6) + "\"");
        }
        return response.body(new InputStreamResource(content));
    }
}
