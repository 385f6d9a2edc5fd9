package org.duban.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing a photo is owed once its upload was answered: the upright display copy and thumbnail (without EXIF),
 * the EXIF time and position, the difference hash. The work is a row of {@code photo_work}, written with the photo.
 * Whoever does it first claims the row with one conditional update that sets a claim token and a lease, as the outbox
 * does, so two nodes sharing one database never process a photo at the same time and need no lock; a node that dies
 * mid-work leaves the lease to run out. Finishing deletes the row only under the same claim, so a node that outlived
 * its lease cannot mark a photo another node has taken over.
 */
@Component
class PhotoWork {

    private static final Logger log = LoggerFactory.getLogger(PhotoWork.class);
    /** How many due rows a worker looks at for one it can claim. */
    private static final int LOOK_AHEAD = 16;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final ImageInspector inspector;
    private final PhotoProperties.Queue settings;
    /** Each claim and each finish commits at once, whatever transaction the caller is in. */
    private final TransactionTemplate own;
    /** Leases are compared by every node: the system's time, not the application's clock (which tests move). */
    private final Clock wall = Clock.systemUTC();

    PhotoWork(JdbcClient jdbc, BlobStore blobs, PhotoProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.inspector = new ImageInspector(properties.maxPixels());
        this.settings = properties.queue();
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues the photo's processing, in the caller's transaction: it commits with the photo or not at all. */
    void enqueue(long photoId) {
        OffsetDateTime now = OffsetDateTime.now(wall);
        jdbc.sql("insert into photo_work (photo_id, not_before, created_at) values (?, ?, ?)").params(photoId, now, now)
                .update();
    }

    /** Takes the next photo due and processes it; false when there was none this node could take. */
    boolean processNext() {
        OffsetDateTime now = OffsetDateTime.now(wall);
        List<Long> due = jdbc.sql("""
                        select photo_id from photo_work where not_before <= ? and (lease_until is null or lease_until < ?)
                        order by not_before, photo_id fetch first %d rows only""".formatted(LOOK_AHEAD))
                .params(now, now).query(Long.class).list();
        for (long photoId : due) {
            Optional<String> claim = claim(photoId, false);
            if (claim.isPresent()) {
                process(photoId, claim.get());
                return true;
            }
        }
        return false;
    }

    /**
     * Processes these photos here and now, for what cannot do without their copies, time or hash (the 台账, the
     * compiled report); one attempt each, retries waited for or not. A photo another worker holds is waited for, at
     * most one lease: its worker finishes in a moment, or has died and its lease runs out.
     */
    void settle(Collection<Long> photoIds) {
        List<Long> elsewhere = new ArrayList<>();
        for (long photoId : photoIds) {
            claim(photoId, true).ifPresentOrElse(claim -> process(photoId, claim), () -> elsewhere.add(photoId));
        }
        long deadline = System.nanoTime() + settings.lease().toNanos() + Duration.ofSeconds(1).toNanos();
        while (!elsewhere.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            elsewhere.removeIf(photoId -> !queued(photoId) || claim(photoId, true).map(claim -> {
                process(photoId, claim);
                return true;
            }).orElse(false));
        }
    }

    /**
     * Claims the photo's work unless another holds an unexpired lease on it (or, unless {@code evenIfWaiting}, it
     * waits for a retry); the claim token, or empty. Counts as an attempt: a photo that kills its worker every time
     * still ends failed.
     */
    Optional<String> claim(long photoId, boolean evenIfWaiting) {
        OffsetDateTime now = OffsetDateTime.now(wall);
        String token = UUID.randomUUID().toString();
        Integer claimed = own.execute(s -> jdbc.sql("""
                        update photo_work set claim = ?, lease_until = ?, attempts = attempts + 1
                        where photo_id = ? and (lease_until is null or lease_until < ?) and (? or not_before <= ?)""")
                .params(token, now.plus(settings.lease()), photoId, now, evenIfWaiting, now).update());
        return claimed != null && claimed == 1 ? Optional.of(token) : Optional.empty();
    }

    private boolean queued(long photoId) {
        return jdbc.sql("select count(*) from photo_work where photo_id = ?").param(photoId).query(Integer.class)
                .single() > 0;
    }

    /** Makes the photo's copies, time, place and hash from its original, and marks it ready; or failed, saying why. */
    void process(long photoId, String claim) {
        if (attempts(photoId, claim) > settings.maxAttempts()) {
            // its earlier attempts never came back: each time the process died (out of memory, killed) in the middle
            log.warn("Photo {} was taken {} times and never finished; marked failed", photoId, settings.maxAttempts());
            failed(photoId, claim, "photo.failure.gaveUp");
            return;
        }
        try {
            String original = jdbc.sql("select sha256 from photo where id = ?").param(photoId).query(String.class)
                    .single();
            byte[] bytes;
            try (InputStream in = blobs.open(original)) {
                bytes = in.readAllBytes();
            }
            ImageInspector.Inspection seen = inspector.inspect(bytes);
            String display = blobs.put(new ByteArrayInputStream(seen.display()), seen.display().length).key();
            String thumb = blobs.put(new ByteArrayInputStream(seen.thumbnail()), seen.thumbnail().length).key();
            finish(photoId, claim, () -> jdbc.sql("""
                            update photo set state = 'READY', failure = null, taken_at = ?, gps_lat = ?, gps_lon = ?,
                                dhash = ?, display_key = ?, thumb_key = ? where id = ?""")
                    .params(seen.takenAt() == null ? null : Timestamp.valueOf(seen.takenAt()), seen.latitude(),
                            seen.longitude(), seen.dhash(), display, thumb, photoId)
                    .update());
        } catch (PhotoRefused e) {
            // the file itself: its header was fine, its picture is not; trying again would change nothing
            log.info("Photo {} cannot be processed: {}", photoId, e.messageKey());
            failed(photoId, claim, e.messageKey());
        } catch (IOException | RuntimeException e) {
            retryOrFail(photoId, claim, e);
        }
    }

    private int attempts(long photoId, String claim) {
        return jdbc.sql("select attempts from photo_work where photo_id = ? and claim = ?").params(photoId, claim)
                .query(Integer.class).optional().orElse(0);
    }

    private void retryOrFail(long photoId, String claim, Exception e) {
        int attempts = attempts(photoId, claim);
        if (attempts >= settings.maxAttempts()) {
            log.warn("Photo {} could not be processed in {} attempts; marked failed. Last: {}", photoId, attempts,
                    e.toString());
            failed(photoId, claim, "photo.failure.gaveUp");
            return;
        }
        log.warn("Processing photo {} failed (attempt {} of {}), tried again later: {}", photoId, attempts,
                settings.maxAttempts(), e.toString());
        String error = String.valueOf(e);
        OffsetDateTime later = OffsetDateTime.now(wall).plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10)));
        own.executeWithoutResult(s -> jdbc.sql("""
                        update photo_work set claim = null, lease_until = null, not_before = ?, last_error = ?
                        where photo_id = ? and claim = ?""")
                .params(later, error.length() > 500 ? error.substring(0, 500) : error, photoId, claim).update());
    }

    private void failed(long photoId, String claim, String messageKey) {
        finish(photoId, claim, () -> jdbc.sql("update photo set state = 'FAILED', failure = ? where id = ?")
                .params(messageKey, photoId).update());
    }

    /** Ends the work on the photo, with {@code outcome} written, if the claim is still this worker's. */
    private void finish(long photoId, String claim, Runnable outcome) {
        own.executeWithoutResult(s -> {
            if (jdbc.sql("delete from photo_work where photo_id = ? and claim = ?").params(photoId, claim).update() == 1) {
                outcome.run();
            }
        });
    }
}
