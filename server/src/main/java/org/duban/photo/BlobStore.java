package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where photos and generated files live: the local filesystem by default, S3-compatible storage at scale. Blobs are
 * named by the SHA-256 of their content, never by a client's file name; a put is complete or leaves nothing.
 */
public interface BlobStore {

    /**
     * Stores the stream's bytes, at most {@code maxBytes} of them.
     *
     * @throws TooLarge when the stream holds more; nothing is kept
     */
    StoredBlob put(InputStream in, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    boolean exists(String key);

    record StoredBlob(String key, long size) {
    }

    /** The stream was longer than allowed. */
    final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}
