package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        InputStream breaking = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset by the phone's network");
                }
                return 'x';
            }
        };

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

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
