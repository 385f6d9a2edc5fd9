package org.duban.ledger;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.PhotoService;
import org.duban.summary.SummaryService;
import org.duban.summary.SummaryStanding;
import org.duban.summary.UnitSummary;
import org.duban.web.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the 台账 workbook and the 上报包 of a campaign, for its organisation's coordinators only, as of now or as
 * of the end of a past day. Each is written straight to the caller's stream, then kept on record with its hashes
 * and written to the audit log.
 */
@Service
public class LedgerExports {

    static final String WORKBOOK_FILE = "台账.xlsx";

    private final CampaignService campaigns;
    private final LedgerWorkbook workbook;
    private final LedgerData data;
    private final PhotoService photos;
    private final SummaryService summaries;
    private final ObjectProvider<ReportPackagePart> parts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    LedgerExports(CampaignService campaigns, LedgerWorkbook workbook, LedgerData data, PhotoService photos,
            SummaryService summaries, ObjectProvider<ReportPackagePart> parts, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.workbook = workbook;
        this.data = data;
        this.photos = photos;
        this.summaries = summaries;
        this.parts = parts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What is to be exported, checked before a byte is written: a refusal still gets a proper answer. */
    public record Request(DubanUser user, Campaign campaign, Cutoff cutoff) {

        public OffsetDateTime asOf() {
            return cutoff.offset();
        }

        /** A file name for the download: the campaign's title and the cut-off's day. */
        public String fileName(String suffix) {
            String title = LedgerData.fileSafe(campaign.notice().title());
            return title + "_" + cutoff.day().toString().replace("-", "") + suffix;
        }
    }

    /**
     * @param asOf the last day to count (its end), or null for now
     * @throws LedgerRefused 403 for anyone but a coordinator or an administrator; 400 for a day in the future
     */
    public Request request(DubanUser user, long campaignId, LocalDate asOf) {
        if (!user.canCoordinate()) {
            throw new LedgerRefused(403, "ledger.error.notCoordinator");
        }
        Campaign campaign = campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && (asOf.isAfter(today) || asOf.getYear() < 2000)) {
            throw new LedgerRefused(400, "ledger.error.asOf");
        }
        Cutoff cutoff = asOf == null || asOf.equals(today) ? new Cutoff(clock.instant(), clock.getZone())
                : Cutoff.endOf(asOf, clock.getZone());
        return new Request(user, campaign, cutoff);
    }

    /** Writes the workbook to {@code out} (left open), then records it. */
    public ExportRecord writeWorkbook(Request request, OutputStream out) throws IOException {
        Measured measured = new Measured(out);
        String dataHash = read(request, () -> workbook.write(request.user().organisationId(), request.campaign(),
                request.cutoff(), maker(request), measured));
        measured.flush();
        return record(request, ExportRecord.Kind.WORKBOOK, dataHash, measured);
    }

    /**
     * Writes the 上报包 to {@code out} (left open): the workbook, the accepted reports' photos as display copies
     * (EXIF removed) named {@code 活动序号_单位_YYYYMMDD_n.jpg}, their captions, the handed-in unit summaries, what
     * the {@link ReportPackagePart}s add, and {@code manifest.sha256}. Then records it.
     *
     * @param originals also the photos as uploaded, EXIF and all, in {@code 原图/}
     */
    public ExportRecord writePackage(Request request, boolean originals, OutputStream out) throws IOException {
        Measured measured = new Measured(out);
        PackageZip zip = new PackageZip(measured, request.user(), request.campaign().id(), request.asOf());
        String dataHash = read(request, () -> {
            String hash = workbook.write(request.user().organisationId(), request.campaign(), request.cutoff(),
                    maker(request), zip.newFile(WORKBOOK_FILE));
            writePhotos(request, originals, zip);
            writeSummaries(request, zip);
            for (ReportPackagePart part : parts.orderedStream().toList()) {
                part.addTo(zip);
            }
            zip.finish();
            return hash;
        });
        measured.flush();
        return record(request, ExportRecord.Kind.PACKAGE, dataHash, measured);
    }

    /** The campaign's exports, newest first. */
    public List<ExportRecord> history(DubanUser user, long campaignId) {
        if (!user.canCoordinate()) {
            throw new LedgerRefused(403, "ledger.error.notCoordinator");
        }
        return jdbc.sql("""
                        select x.*, u.display_name from ledger_export x join app_user u on u.id = x.made_by
                        where x.organisation_id = ? and x.campaign_id = ? order by x.made_at desc, x.id desc""")
                .params(user.organisationId(), campaignId)
                .query((rs, n) -> new ExportRecord(rs.getLong("id"), rs.getString("kind"), rs.getString("display_name"),
                        rs.getObject("made_at", OffsetDateTime.class), rs.getObject("as_of", OffsetDateTime.class),
                        rs.getString("data_sha256"), rs.getString("file_sha256"), rs.getLong("size_bytes")))
                .list();
    }

    private void writePhotos(Request request, boolean originals, PackageZip zip) {
        long org = request.user().organisationId();
        StringBuilder captions = new StringBuilder("\uFEFF文件,单位,日期,地点,事项\r\n");
        data.eachPhoto(org, request.campaign().id(), request.cutoff(), line -> {
            if (!line.accepted()) {
                return;
            }
            Photo photo = photos.find(org, line.photoId()).orElseThrow();
            if (!photo.has(Photo.Variant.DISPLAY)) {
                return; // a file that could not be decoded: there is no picture to send up (the 台账 lists it)
            }
            copy(photo, Photo.Variant.DISPLAY, zip, "照片/" + line.fileName());
            if (originals) {
                String stem = line.fileName().substring(0, line.fileName().length() - ".jpg".length());
                copy(photo, Photo.Variant.ORIGINAL, zip, "原图/" + stem + "." + extension(photo.mediaType()));
            }
            captions.append(csv(line.fileName())).append(',').append(csv(line.unitName())).append(',')
                    .append(line.day()).append(',').append(csv(line.place())).append(',')
                    .append(csv("第" + line.activityNo() + "项 " + line.content())).append("\r\n");
        });
        try {
            zip.newFile("图片说明.csv").write(captions.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSummaries(Request request, PackageZip zip) throws IOException {
        DubanUser user = request.user();
        for (SummaryStanding standing : summaries.standings(user.organisationId(), request.campaign().id())) {
            if (!standing.handedIn() || standing.handedInAt().isAfter(request.asOf())) {
                continue;
            }
            UnitSummary summary = summaries.find(user, request.campaign().id(), standing.unitId()).orElse(null);
            if (summary == null) {
                continue;
            }
            String stem = "单位总结/" + LedgerData.fileSafe(summary.unitName());
            String text = summary.unitName() + " 活动总结\r\n报送时间：" + request.cutoff().local(summary.handedInAt())
                    .withNano(0).toString().replace('T', ' ') + "\r\n\r\n" + summary.body().replace("\r\n", "\n")
                    .replace("\n", "\r\n") + "\r\n";
            zip.newFile(stem + ".txt").write(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
            int n = 1;
            for (Photo photo : summary.photos()) {
                if (photo.has(Photo.Variant.DISPLAY)) {
                    copy(photo, Photo.Variant.DISPLAY, zip, stem + "_" + n++ + ".jpg");
                }
            }
        }
    }

    private void copy(Photo photo, Photo.Variant variant, PackageZip zip, String path) {
        if (zip.contains(path)) {
            return; // the same photo in two accepted reports of one unit and day is one file
        }
        try (InputStream in = photos.open(photo, variant)) {
            in.transferTo(zip.newFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "jpg";
        };
    }

    /** A CSV field, quoted when it must be; a leading =, +, - or @ is defused so a spreadsheet takes it as text. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches(".*[\",\r\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private LedgerWorkbook.Maker maker(Request request) {
        return new LedgerWorkbook.Maker(request.user().displayName(), LocalDateTime.now(clock));
    }

    private interface Writing {
        String write() throws IOException;
    }

    /**
     * Reads in one read-only transaction: a consistent view, and PostgreSQL streams rows only inside one. The
     * campaign's photos still being processed are processed first: the 台账 shows their time, place and reuse, the 上报包 their copies.
     */
    private String read(Request request, Writing writing) throws IOException {
        photos.settle(request.user().organisationId(), request.campaign().id());
        try {
            return reading.execute(status -> {
                try {
                    return writing.write();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ExportRecord record(Request request, ExportRecord.Kind kind, String dataHash, Measured file) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String fileHash = HexFormat.of().formatHex(file.digest.digest());
        return writing.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into ledger_export (organisation_id, campaign_id, kind, made_by, made_at, as_of,
                                data_sha256, file_sha256, size_bytes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(request.user().organisationId(), request.campaign().id(), kind.name(), request.user().id(),
                            now, request.asOf(), dataHash, fileHash, file.size)
                    .update(key, "id");
            long id = key.getKey().longValue();
            events.publishEvent(new LedgerExported(id, request.user().organisationId(), request.campaign().id(),
                    request.user().id(), kind.name(), request.asOf(), dataHash, file.size));
            return new ExportRecord(id, kind.name(), request.user().displayName(), now, request.asOf(), dataHash,
                    fileHash, file.size);
        });
    }

    /** Counts and hashes what passes to the client; closing it leaves the client's stream to its owner. */
    private static final class Measured extends FilterOutputStream {
        final MessageDigest digest = LedgerWorkbook.sha256();
        long size;

        Measured(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
