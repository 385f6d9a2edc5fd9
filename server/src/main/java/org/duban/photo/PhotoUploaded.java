package org.duban.photo;

/** A photo was uploaded and kept (or found already kept: {@code alreadyKnown}). */
public record PhotoUploaded(long photoId, long organisationId, long uploadedBy, long sizeBytes, boolean alreadyKnown) {
}
