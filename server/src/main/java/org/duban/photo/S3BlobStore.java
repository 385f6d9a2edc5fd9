package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs in an S3-compatible object store (AWS S3, MinIO, Ceph, the domestic clouds' OSS), one object per blob named
 * {@code prefix + sha256}, path-style by default. A put streams to a temporary file here while the hash is taken, then
 * sends the object whole: the store makes it visible complete or not at all, and answers only once it is stored, so an
 * acknowledged upload is as durable as the store. A put of bytes already stored sends them again, which makes the
 * object's time new: a sweep for orphans then leaves it to the upload that uses it.
 *
 * <p>One difference from the file store: S3 cannot delete an object only if it was not written meanwhile, so a put of
 * the very bytes of an hour-old orphan in the milliseconds between the sweep's check and its delete would lose that
 * object; the file store locks against it. The window is the sweep's two calls for a blob nobody refers to.
 */
public final class S3BlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path incoming;

    S3BlobStore(S3Client s3, String bucket, String prefix, Path incoming) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.incoming = Files.createDirectories(incoming.toAbsolutePath().normalize());
    }

    /** The store {@code duban.photos.s3.*} describes; uploads in progress are spooled under {@code incoming}. */
    public static S3BlobStore of(PhotoProperties.S3 settings, Path incoming) throws IOException {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        builder.credentialsProvider(settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        return new S3BlobStore(builder.build(), settings.bucket(), settings.prefix(), incoming);
    }

    @Override
    public StoredBlob put(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            StoredBlob copied;
            try (OutputStream out = Files.newOutputStream(temp)) {
                copied = BlobStore.copyHashed(in, out, maxBytes);
            }
            String key = copied.key();
            long length = copied.size();
            try {
                s3.putObject(b -> b.bucket(bucket).key(prefix + key).contentLength(length), RequestBody.fromFile(temp));
            } catch (SdkException e) {
                throw new IOException("the object store refused blob " + key + ": " + e.getMessage(), e);
            }
            return copied;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        checked(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("no blob " + key);
        } catch (SdkException e) {
            throw new IOException("the object store did not give blob " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && head(key) != null;
    }

    @Override
    public List<String> keysWrittenBefore(Instant before) throws IOException {
        List<String> keys = new ArrayList<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                String key = o.key().substring(prefix.length());
                if (KEY.matcher(key).matches() && o.lastModified().isBefore(before)) {
                    keys.add(key);
                }
            }
        } catch (SdkException e) {
            throw new IOException("the object store did not list its blobs: " + e.getMessage(), e);
        }
        return keys;
    }

    @Override
    public boolean removeIfWrittenBefore(String key, Instant before) throws IOException {
        checked(key);
        HeadObjectResponse head = head(key);
        if (head == null || !head.lastModified().isBefore(before)) {
            return false;
        }
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
            return true;
        } catch (SdkException e) {
            throw new IOException("the object store did not remove blob " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int removeUnfinishedUploads(Instant before) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".part") && modifiedBefore(f, before)
                        && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private HeadObjectResponse head(String key) {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
    }
}
