package org.duban.photo;

import java.time.LocalDateTime;

/** A stored photo and what its EXIF said. The original keeps its metadata; the copies served have none. */
public record Photo(long id, long organisationId, String sha256, String mediaType, int width, int height,
        long sizeBytes, LocalDateTime takenAt, Double latitude, Double longitude, long dhash, String displayKey,
        String thumbKey) {

    public enum Variant { THUMB, DISPLAY, ORIGINAL }

    public String keyOf(Variant variant) {
        return switch (variant) {
            case THUMB -> thumbKey;
            case DISPLAY -> displayKey;
            case ORIGINAL -> sha256;
        };
    }

    public String mediaTypeOf(Variant variant) {
        return variant == Variant.ORIGINAL ? mediaType : "image/jpeg";
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
