package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.duban.support.Streams;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void storesByContentHashAndReadsBack() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        BlobStore.StoredBlob blob = store.put(new ByteArrayInputStream("质量月".getBytes()), 100);

        assertThat(blob.key()).matches("[0-9a-f]{64}");
        assertThat(store.open(blob.key()).readAllBytes()).isEqualTo("质量月".getBytes());
        assertThat(store.put(new ByteArrayInputStream("质量月".getBytes()), 100).key()).isEqualTo(blob.key());
        assertThat(files()).hasSize(1);
    }

    @Test
    void anUploadThatBreaksOffLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        InputStream breaking = Streams.breakingAfter(100_000);

        assertThatThrownBy(() -> store.put(breaking, 10_000_000)).hasMessageContaining("connection reset");
        assertThat(files()).isEmpty();
    }

    @Test
    void anUploadOverTheLimitLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(BlobStore.TooLarge.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void keysThatAreNotHashesNameNothing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSweepFindsOnlyBlobsWrittenBeforeItsThreshold() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        String old = store.put(new ByteArrayInputStream("旧的".getBytes()), 100).key();
        String fresh = store.put(new ByteArrayInputStream("新的".getBytes()), 100).key();
        age(blob(old), Duration.ofHours(2));
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));

        assertThat(store.keysWrittenBefore(anHourAgo)).containsExactly(old);
        assertThat(store.removeIfWrittenBefore(fresh, anHourAgo)).isFalse();
        assertThat(store.removeIfWrittenBefore(old, anHourAgo)).isTrue();
        assertThat(store.exists(old)).isFalse();
        assertThat(store.exists(fresh)).isTrue();
    }

    /** An orphan whose bytes are uploaded again (a unit retrying after a crash) now belongs to that upload. */
    @Test
    void theSameBytesPutAgainAreNoLongerOldEnoughToSweep() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        String key = store.put(new ByteArrayInputStream("重新上传".getBytes()), 100).key();
        age(blob(key), Duration.ofHours(2));
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        assertThat(store.keysWrittenBefore(anHourAgo)).containsExactly(key);

        store.put(new ByteArrayInputStream("重新上传".getBytes()), 100);

        assertThat(store.removeIfWrittenBefore(key, anHourAgo)).isFalse();
        assertThat(store.open(key).readAllBytes()).isEqualTo("重新上传".getBytes());
    }

    @Test
    void unfinishedUploadsAreRemovedOnceOld() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        Path stale = Files.writeString(root.resolve("incoming/upload-1.part"), "cut off by a crash");
        Path inFlight = Files.writeString(root.resolve("incoming/upload-2.part"), "still arriving");
        age(stale, Duration.ofHours(2));

        assertThat(store.removeUnfinishedUploads(Instant.now().minus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(inFlight).exists();
    }

    private Path blob(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    static void age(Path file, Duration by) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(by)));
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
