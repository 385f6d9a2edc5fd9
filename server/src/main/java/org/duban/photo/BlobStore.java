package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

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

    /**
     * The keys of the blobs last written before {@code before}. A put of bytes already stored counts as a write, so
     * a blob an upload in flight is about to use again is never among them.
     */
    List<String> keysWrittenBefore(Instant before) throws IOException;

    /**
     * Removes the blob unless it was written since {@code before}; true when it was removed. Never loses a blob to a
     * concurrent put of the same bytes: either the put comes first and the blob stays, or the put stores it anew.
     */
    boolean removeIfWrittenBefore(String key, Instant before) throws IOException;

    /** Removes the temporary files of uploads begun before {@code before}: a crash in mid-upload left them. */
    int removeUnfinishedUploads(Instant before) throws IOException;

    record StoredBlob(String key, long size) {
    }

    /**
     * Copies at most {@code maxBytes} of {@code in} to {@code out}, taking the SHA-256 as the bytes pass: what every
     * store does with an upload before it keeps it under that name.
     *
     * @throws TooLarge when the stream holds more
     */
    static StoredBlob copyHashed(InputStream in, java.io.OutputStream out, long maxBytes) throws IOException {
        java.security.MessageDigest sha = org.duban.web.Digests.sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            sha.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return new StoredBlob(java.util.HexFormat.of().formatHex(sha.digest()), size);
    }

    /** The stream was longer than allowed. */
    final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}
