package org.duban.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed notice, as the demo data ships it. */
public final class Seed {

    private Seed() {
    }

    public static String text() {
        try (InputStream in = Seed.class.getResourceAsStream("/demo/seed-quality-month-2020.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
