package org.duban.photo;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A photo's files are stored before its row commits, so a process that dies in between leaves files no row refers
 * to, and an upload cut off leaves its temporary {@code *.part} file. They cost disk space only; this removes them at
 * start and every {@code duban.photos.reconcile-every}. Only what is older than {@code duban.photos.orphan-age} is
 * removed: anything younger may belong to an upload in flight whose row is not committed yet. A blob any photo
 * refers to is never removed.
 */
@Component
@EnableScheduling
class OrphanBlobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrphanBlobs.class);
    private static final int BATCH = 500;

    private final BlobStore blobs;
    private final JdbcClient jdbc;
    private final PhotoProperties properties;
    /** File times are the system's: the application's clock may stand on another day (tests). */
    private final Clock files = Clock.systemUTC();

    OrphanBlobs(BlobStore blobs, JdbcClient jdbc, PhotoProperties properties) {
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    record Swept(int orphans, int unfinishedUploads) {
    }

    /** Removes what a crash left behind; returns how much. */
    Swept sweep() throws IOException {
        Instant before = files.instant().minus(properties.orphanAge());
        int parts = blobs.removeUnfinishedUploads(before);
        int orphans = 0;
        List<String> old = blobs.keysWrittenBefore(before);
        for (int from = 0; from < old.size(); from += BATCH) {
            List<String> batch = old.subList(from, Math.min(old.size(), from + BATCH));
            Set<String> used = referenced(batch);
            for (String key : batch) {
                if (!used.contains(key) && blobs.removeIfWrittenBefore(key, before)) {
                    orphans++;
                }
            }
        }
        if (orphans + parts > 0) {
            log.info("Removed {} photo files no photo refers to and {} unfinished uploads, all older than {}", orphans,
                    parts, properties.orphanAge());
        }
        return new Swept(orphans, parts);
    }

    private Set<String> referenced(List<String> keys) {
        Set<String> used = new HashSet<>();
        jdbc.sql("""
                        select sha256, display_key, thumb_key from photo
                        where sha256 in (:keys) or display_key in (:keys) or thumb_key in (:keys)""")
                .param("keys", keys)
                // a photo still being processed has no copies yet: only its original's key
                .query((rs, n) -> used.addAll(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        return used;
    }

    @Override
    public void run(ApplicationArguments args) {
        sweepQuietly();
    }

    @Scheduled(fixedDelayString = "${duban.photos.reconcile-every:PT1H}",
            initialDelayString = "${duban.photos.reconcile-every:PT1H}")
    void sweepQuietly() {
        try {
            sweep();
        } catch (IOException | RuntimeException e) {
            // a sweep that fails is tried again next time; it must never keep the application from serving
            log.warn("The sweep for orphan photo files failed: {}", e.toString());
        }
    }
}
