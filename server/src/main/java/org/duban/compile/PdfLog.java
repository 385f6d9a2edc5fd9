package org.duban.compile;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through the application's logging, warnings and worse only: by default it prints every
 * step of every PDF ("Using fast-mode renderer. Prepare to fly.") to the console.
 */
final class PdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the application's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
