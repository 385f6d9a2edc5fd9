package org.duban.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import org.duban.org.DubanUser;

/** The 上报包 being written, as a {@link ReportPackagePart} sees it. */
public interface ReportPackage {

    /** The coordinator who asked for it: a part reads with this user's rights. */
    DubanUser user();

    long campaignId();

    /** Only what was reported and reviewed by then belongs in the package. */
    OffsetDateTime cutoff();

    /**
     * Starts a file of the package at {@code path} (folders with '/'); the stream is written to until the next file
     * is started, and must not be closed. A path already used is refused.
     */
    OutputStream newFile(String path) throws IOException;
}
