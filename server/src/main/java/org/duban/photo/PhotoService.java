package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes photos in, checked and measured, and gives their bytes back out. An upload is answered once its original is
 * stored and its type and size are checked; the rest (copies, EXIF, hash) is {@link PhotoWork}, done off the request.
 */
@Service
public class PhotoService {

    /** Photos this close in difference hash (of 64 bits) are taken to be the same picture. */
    public static final int SAME_PICTURE = 6;
    /** A print copy is never made smaller than this, whatever the size limit: a photo must still show something. */
    static final int MIN_PRINT_SIDE = 240;

    private static final RowMapper<Photo> ROW = (rs, n) -> {
        Timestamp taken = rs.getTimestamp("taken_at");
        return new Photo(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("sha256"),
                rs.getString("media_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes"),
                taken == null ? null : taken.toLocalDateTime(), (Double) rs.getObject("gps_lat", Double.class),
                (Double) rs.getObject("gps_lon", Double.class), (Long) rs.getObject("dhash", Long.class),
                rs.getString("display_key"), rs.getString("thumb_key"), Photo.State.valueOf(rs.getString("state")),
                rs.getString("failure"));
    };

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final PhotoProperties properties;
    private final ImageInspector inspector;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PhotoWork work;
    private final PhotoWorkers workers;

    PhotoService(JdbcClient jdbc, BlobStore blobs, PhotoProperties properties, Clock clock,
            ApplicationEventPublisher events, PhotoWork work, PhotoWorkers workers) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.properties = properties;
        this.inspector = new ImageInspector(properties.maxPixels());
        this.clock = clock;
        this.events = events;
        this.work = work;
        this.workers = workers;
    }

    public long maxBytes() {
        return properties.maxBytes().toBytes();
    }

    public long maxReportBytes() {
        return properties.maxReportBytes().toBytes();
    }

    /**
     * Checks and keeps one uploaded photo: its type from its bytes and its size from its header, the original stored
     * durably, the photo PENDING and its processing queued in the caller's transaction, so that once that commits
     * neither is lost. The same bytes uploaded again in the organisation give the photo already kept, so its earlier
     * use can be shown (and a photo whose processing had failed is tried once more).
     *
     * @throws PhotoRefused saying why, with nothing stored
     */
    @Transactional
    public Photo store(long organisationId, long uploadedBy, InputStream in) {
        byte[] bytes = readBounded(in, maxBytes());
        ImageInspector.Header header = inspector.check(bytes);
        try {
            BlobStore.StoredBlob original = blobs.put(new java.io.ByteArrayInputStream(bytes), bytes.length);
            Optional<Photo> known = jdbc.sql("select * from photo where organisation_id = ? and sha256 = ?")
                    .params(organisationId, original.key()).query(ROW).optional();
            if (known.isPresent()) {
                // the conditional update lets one of two uploads at once queue it again
                if (known.get().failed() && jdbc.sql("update photo set state = 'PENDING', failure = null where id = ? "
                        + "and state = 'FAILED'").param(known.get().id()).update() == 1) {
                    queue(known.get().id());
                }
                events.publishEvent(new PhotoUploaded(known.get().id(), organisationId, uploadedBy, bytes.length, true));
                return find(organisationId, known.get().id()).orElseThrow();
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into photo (organisation_id, sha256, media_type, width, height, size_bytes, state,
                                uploaded_by, created_at)
                            values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                    .params(organisationId, original.key(), header.kind().mediaType, header.width(), header.height(),
                            original.size(), uploadedBy, OffsetDateTime.now(clock))
                    .update(key, "id");
            long id = key.getKey().longValue();
            queue(id);
            events.publishEvent(new PhotoUploaded(id, organisationId, uploadedBy, bytes.length, false));
            return find(organisationId, id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a photo", e);
        }
    }

    /** Queues the photo's processing with the caller's transaction, and wakes a worker once that has committed. */
    private void queue(long photoId) {
        work.enqueue(photoId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
    }

    /**
     * Processes, here and now, the organisation's photos still waiting for their copies, time, place and hash: for
     * what cannot do without them (the 台账, the 上报包, the compiled report). Call it outside a transaction, before
     * reading them: it commits its own.
     */
    public void settle(long organisationId) {
        work.settle(jdbc.sql("select id from photo where organisation_id = ? and state = 'PENDING' order by id")
                .param(organisationId).query(Long.class).list());
    }

    /**
     * {@link #settle(long)} for one campaign's photos only (its reports' and its unit summaries'): on deadline day an
     * export must not wait for every other campaign's queue.
     */
    public void settle(long organisationId, long campaignId) {
        work.settle(jdbc.sql(PENDING_OF_CAMPAIGN.formatted("", "")).params(organisationId, campaignId, campaignId)
                .query(Long.class).list());
    }

    /** {@link #settle(long)} for what one unit sent in one campaign (the unit's printed record). */
    public void settle(long organisationId, long campaignId, long unitId) {
        work.settle(jdbc.sql(PENDING_OF_CAMPAIGN.formatted("and a.unit_id = ?", "and s.unit_id = ?"))
                .params(organisationId, campaignId, unitId, campaignId, unitId).query(Long.class).list());
    }

    private static final String PENDING_OF_CAMPAIGN = """
            select p.id from photo p where p.organisation_id = ? and p.state = 'PENDING' and (
                p.id in (select rp.photo_id from report_photo rp join report r on r.id = rp.report_id
                         join assignment a on a.id = r.assignment_id join activity ac on ac.id = a.activity_id
                         where ac.campaign_id = ? %s)
                or p.id in (select sp.photo_id from unit_summary_photo sp join unit_summary s on s.id = sp.summary_id
                            where s.campaign_id = ? %s))
            order by p.id""";

    @Transactional(readOnly = true)
    public Optional<Photo> find(long organisationId, long photoId) {
        return jdbc.sql("select * from photo where organisation_id = ? and id = ?").params(organisationId, photoId)
                .query(ROW).optional();
    }

    /** The variant's bytes; for a copy not made (yet), its placeholder ({@link Photo#mediaTypeOf}). */
    public InputStream open(Photo photo, Photo.Variant variant) throws IOException {
        if (!photo.has(variant)) {
            return new java.io.ByteArrayInputStream(PhotoPlaceholder.of(photo));
        }
        return blobs.open(photo.keyOf(variant));
    }

    /** A JPEG of a photo for a printed document: upright, without metadata, at most this large. */
    public record PrintCopy(byte[] jpeg, int width, int height) {
    }

    /**
     * The photo's display copy (upright, no EXIF) re-encoded no wider or taller than {@code maxSide} pixels and, by
     * shrinking further, no larger than {@code maxBytes} where that can be reached.
     */
    public PrintCopy printCopy(Photo photo, int maxSide, long maxBytes) throws IOException {
        if (!photo.has(Photo.Variant.DISPLAY)) {
            throw new IOException("photo " + photo.id() + " has no display copy: it is " + photo.state());
        }
        byte[] display;
        try (InputStream in = open(photo, Photo.Variant.DISPLAY)) {
            display = in.readAllBytes();
        }
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(display));
        if (image == null) {
            throw new IOException("the display copy of photo " + photo.id() + " cannot be read");
        }
        int longest = Math.max(image.getWidth(), image.getHeight());
        // a JPEG's bytes grow with its area: start at the side the display copy's own bytes per pixel suggest
        double fits = longest * Math.sqrt((double) maxBytes / display.length) * 0.9;
        int side = (int) Math.max(MIN_PRINT_SIDE, Math.min(Math.min(maxSide, longest), fits));
        while (true) {
            java.awt.image.BufferedImage scaled = ImageInspector.scaled(image, side);
            byte[] jpeg = ImageInspector.jpeg(scaled);
            if (jpeg.length <= maxBytes || side <= MIN_PRINT_SIDE) {
                return new PrintCopy(jpeg, scaled.getWidth(), scaled.getHeight());
            }
            side = (int) Math.max(MIN_PRINT_SIDE, side * Math.sqrt((double) maxBytes / jpeg.length) * 0.9);
        }
    }

    /**
     * Other photos of the organisation that show the same picture: the same bytes, or nearly the same hash. None can
     * be told before the photo's hash is made; photos still without one are not compared.
     */
    @Transactional(readOnly = true)
    public List<Long> samePictureAs(Photo photo) {
        List<Long> same = new ArrayList<>();
        if (photo.dhash() == null) {
            return same;
        }
        jdbc.sql("select id, dhash from photo where organisation_id = ? and id <> ? and dhash is not null")
                .params(photo.organisationId(), photo.id())
                .query((rs, n) -> {
                    if (Long.bitCount(rs.getLong("dhash") ^ photo.dhash()) <= SAME_PICTURE) {
                        same.add(rs.getLong("id"));
                    }
                    return null;
                }).list();
        return same;
    }

    private static byte[] readBounded(InputStream in, long max) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw PhotoRefused.tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration
    @EnableConfigurationProperties(PhotoProperties.class)
    static class Storage {

        @Bean
        BlobStore blobStore(PhotoProperties properties) throws IOException {
            if (properties.s3().enabled()) {
                return S3BlobStore.of(properties.s3(), Path.of(properties.storage(), "incoming"));
            }
            return new FileSystemBlobStore(Path.of(properties.storage()));
        }
    }
}
