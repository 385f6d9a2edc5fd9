package org.duban.photo;

import java.time.LocalDateTime;

/**
 * A stored photo and what its EXIF said. The original keeps its metadata; the copies served have none. A photo is
 * kept as soon as its original is stored and checked; its copies, EXIF fields and difference hash come a moment later
 * ({@link State#PENDING} until then), and never for a file that turns out not to decode ({@link State#FAILED}, with
 * the message key of the reason).
 */
public record Photo(long id, long organisationId, String sha256, String mediaType, int width, int height,
        long sizeBytes, LocalDateTime takenAt, Double latitude, Double longitude, Long dhash, String displayKey,
        String thumbKey, State state, String failure) {

    public enum Variant { THUMB, DISPLAY, ORIGINAL }

    public enum State { PENDING, READY, FAILED }

    /** Where the variant's bytes are kept; null for a copy not made (yet). */
    public String keyOf(Variant variant) {
        return switch (variant) {
            case THUMB -> thumbKey;
            case DISPLAY -> displayKey;
            case ORIGINAL -> sha256;
        };
    }

    /** True when the variant can be served as itself; otherwise a placeholder stands in for it. */
    public boolean has(Variant variant) {
        return keyOf(variant) != null;
    }

    public String mediaTypeOf(Variant variant) {
        if (variant == Variant.ORIGINAL) {
            return mediaType;
        }
        return has(variant) ? "image/jpeg" : PhotoPlaceholder.MEDIA_TYPE;
    }

    public boolean ready() {
        return state == State.READY;
    }

    public boolean pending() {
        return state == State.PENDING;
    }

    public boolean failed() {
        return state == State.FAILED;
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
