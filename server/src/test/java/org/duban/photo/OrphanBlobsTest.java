package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a crash leaves in the photo store (files whose row never committed, unfinished uploads) is swept away once
 * old; every file a photo refers to stays, however old, and so does anything young enough to be an upload in flight.
 */
@DubanTest
class OrphanBlobsTest {

    @Autowired
    OrphanBlobs sweep;
    @Autowired
    PhotoService photos;
    @Autowired
    BlobStore blobs;
    @Autowired
    PhotoProperties properties;
    @Autowired
    UserAccounts accounts;

    @Test
    void removesOldOrphansAndUnfinishedUploadsButNoPhotosFiles() throws IOException {
        UserAccount qianqi = accounts.byUsername("qianqi").orElseThrow();
        Photo stored = photos.store(qianqi.organisationId(), qianqi.id(),
                new ByteArrayInputStream(TestImages.jpeg(800, 600, 501)));
        photos.settle(qianqi.organisationId());
        Photo kept = photos.find(qianqi.organisationId(), stored.id()).orElseThrow();
        for (Photo.Variant v : Photo.Variant.values()) {
            FileSystemBlobStoreTest.age(blob(kept.keyOf(v)), Duration.ofDays(400));
        }
        String orphan = blobs.put(new ByteArrayInputStream(TestImages.jpeg(80, 60, 502)), 1_000_000).key();
        FileSystemBlobStoreTest.age(blob(orphan), Duration.ofHours(2));
        String inFlight = blobs.put(new ByteArrayInputStream(TestImages.jpeg(80, 60, 503)), 1_000_000).key();
        Path stalePart = Files.writeString(root().resolve("incoming/upload-crashed.part"), "half a photo");
        FileSystemBlobStoreTest.age(stalePart, Duration.ofHours(2));
        Path freshPart = Files.writeString(root().resolve("incoming/upload-arriving.part"), "a photo on its way");

        OrphanBlobs.Swept swept = sweep.sweep();

        assertThat(swept.orphans()).isGreaterThanOrEqualTo(1);
        assertThat(swept.unfinishedUploads()).isGreaterThanOrEqualTo(1);
        assertThat(blobs.exists(orphan)).isFalse();
        assertThat(stalePart).doesNotExist();
        assertThat(blobs.exists(inFlight)).as("young enough to belong to an upload in flight").isTrue();
        assertThat(freshPart).exists();
        for (Photo.Variant v : Photo.Variant.values()) {
            assertThat(photos.open(kept, v).readAllBytes()).as(v + " of a stored photo").isNotEmpty();
        }
        Files.delete(freshPart);
    }

    private Path root() {
        return Path.of(properties.storage()).toAbsolutePath().normalize();
    }

    private Path blob(String key) {
        return root().resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
