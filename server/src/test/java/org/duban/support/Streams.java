package org.duban.support;

import java.io.IOException;
import java.io.InputStream;

/** Streams as a phone's network gives them. */
public final class Streams {

    private Streams() {
    }

    /** An upload cut off after {@code bytes} bytes, as a phone losing its network does. */
    public static InputStream breakingAfter(int bytes) {
        return new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > bytes) {
                    throw new IOException("connection reset by the phone's network");
                }
                return 'x';
            }
        };
    }
}
