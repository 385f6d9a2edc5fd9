package org.duban.report;

import java.io.IOException;
import java.io.InputStream;

/** One uploaded file as the service sees it: its size and a way to read it, no framework types. */
public record Upload(long size, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
