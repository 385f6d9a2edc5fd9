package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.duban.support.TestObjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import org.duban.support.Streams;

/** The blob store's promises, kept by an S3-compatible object store (a real one, in process), as by the file store. */
class S3BlobStoreTest {

    @TempDir
    Path spool;

    PhotoProperties.S3 bucket;
    S3BlobStore store;

    @BeforeEach
    void aBucketOfItsOwn() throws IOException {
        bucket = TestObjectStore.newBucket();
        store = S3BlobStore.of(bucket, spool);
    }

    @Test
    void storesByContentHashAndReadsBack() throws IOException {
        BlobStore.StoredBlob blob = store.put(new ByteArrayInputStream("质量月".getBytes()), 100);

        assertThat(blob.key()).matches("[0-9a-f]{64}");
        assertThat(store.open(blob.key()).readAllBytes()).isEqualTo("质量月".getBytes());
        assertThat(store.exists(blob.key())).isTrue();
        assertThat(store.put(new ByteArrayInputStream("质量月".getBytes()), 100).key()).isEqualTo(blob.key());
        assertThat(objects()).containsExactly(blob.key());
        assertThat(Files.list(spool)).as("nothing left in the spool").isEmpty();
    }

    @Test
    void anUploadThatBreaksOffOrIsTooLargeLeavesNothingBehind() throws IOException {
        InputStream breaking = Streams.breakingAfter(100_000);
        assertThatThrownBy(() -> store.put(breaking, 10_000_000)).hasMessageContaining("connection reset");
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(BlobStore.TooLarge.class);
        assertThat(objects()).isEmpty();
        assertThat(Files.list(spool)).isEmpty();
    }

    @Test
    void aMissingBlobAndKeysThatAreNotHashesNameNothing() {
        assertThat(store.exists("0".repeat(64))).isFalse();
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSweepFindsAndRemovesOnlyBlobsWrittenBeforeItsThreshold() throws IOException {
        String key = store.put(new ByteArrayInputStream("旧的".getBytes()), 100).key();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Instant inAMinute = Instant.now().plus(Duration.ofMinutes(1));

        assertThat(store.keysWrittenBefore(anHourAgo)).isEmpty();
        assertThat(store.removeIfWrittenBefore(key, anHourAgo)).isFalse();
        assertThat(store.keysWrittenBefore(inAMinute)).containsExactly(key);
        assertThat(store.removeIfWrittenBefore(key, inAMinute)).isTrue();
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void unfinishedUploadsInTheSpoolAreRemovedOnceOld() throws IOException {
        Path stale = Files.writeString(spool.resolve("upload-1.part"), "cut off by a crash");
        Path inFlight = Files.writeString(spool.resolve("upload-2.part"), "still arriving");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(store.removeUnfinishedUploads(Instant.now().minus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(inFlight).exists();
    }

    private List<String> objects() {
        try (S3Client s3 = TestObjectStore.client()) {
            return s3.listObjectsV2(b -> b.bucket(bucket.bucket())).contents().stream().map(S3Object::key).toList();
        }
    }
}
