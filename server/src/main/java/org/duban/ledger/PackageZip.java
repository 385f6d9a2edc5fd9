package org.duban.ledger;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.duban.org.DubanUser;

/**
 * The 上报包 as a ZIP written straight to its stream, file by file: nothing of it is held in memory but the file
 * being written. Every file's SHA-256 is taken as it passes; {@link #finish()} adds {@code manifest.sha256} listing
 * them in the format of {@code sha256sum -c}.
 */
final class PackageZip implements ReportPackage {

    static final String MANIFEST = "manifest.sha256";
    private static final java.util.regex.Pattern COMPRESSED =
            java.util.regex.Pattern.compile("(?i)\\.(jpe?g|png|webp|heic|docx|xlsx|pdf|zip)$");

    private final ZipOutputStream zip;
    private final DubanUser user;
    private final long campaignId;
    private final OffsetDateTime cutoff;
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private Entry current;

    PackageZip(OutputStream out, DubanUser user, long campaignId, OffsetDateTime cutoff) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.user = user;
        this.campaignId = campaignId;
        this.cutoff = cutoff;
    }

    @Override
    public DubanUser user() {
        return user;
    }

    @Override
    public long campaignId() {
        return campaignId;
    }

    @Override
    public OffsetDateTime cutoff() {
        return cutoff;
    }

    @Override
    public OutputStream newFile(String path) throws IOException {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || path.equals(MANIFEST)) {
            throw new IllegalArgumentException("not a path inside the package: " + path);
        }
        if (hashes.containsKey(path) || (current != null && current.path.equals(path))) {
            throw new IllegalArgumentException("a second file at " + path);
        }
        closeCurrent();
        // photos and Office files are compressed already: deflating them again costs seconds and saves nothing
        zip.setLevel(COMPRESSED.matcher(path).find() ? java.util.zip.Deflater.NO_COMPRESSION
                : java.util.zip.Deflater.DEFAULT_COMPRESSION);
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(cutoff.toInstant().toEpochMilli());
        zip.putNextEntry(entry);
        current = new Entry(path, zip);
        return current;
    }

    boolean contains(String path) {
        return hashes.containsKey(path) || (current != null && current.path.equals(path));
    }

    /** Closes the last file, writes the manifest and ends the ZIP (the stream under it stays open). */
    void finish() throws IOException {
        closeCurrent();
        StringBuilder manifest = new StringBuilder();
        hashes.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        ZipEntry entry = new ZipEntry(MANIFEST);
        entry.setTime(cutoff.toInstant().toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            zip.closeEntry();
            hashes.put(current.path, HexFormat.of().formatHex(current.digest.digest()));
            current = null;
        }
    }

    /** A file of the package: its bytes go to the ZIP and through its digest; closing it is left to the package. */
    private static final class Entry extends FilterOutputStream {
        final String path;
        final MessageDigest digest = LedgerWorkbook.sha256();

        Entry(String path, OutputStream zip) {
            super(zip);
            this.path = path;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
        }

        @Override
        public void close() {
            // the package closes its files; a writer that closes what it was given must not end the ZIP
        }
    }
}
