package org.duban.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.org.DubanUser;
import org.duban.photo.PhotoProperties;
import org.duban.photo.PhotoService;
import org.duban.photo.Upload;
import org.duban.report.Report;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.support.BothDatabases;
import org.duban.support.TestImages;
import org.duban.support.TestObjectStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Duban with its photos in an S3-compatible object store (duban.photos.s3.*): a station's photo is kept in the bucket
 * by its SHA-256, with its display copy and thumbnail, and its original comes back byte for byte; a backup holds the
 * database and the bucket's photos, and restored into an emptied bucket gives back the very objects (by SHA-256).
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=object-store"})
@BothDatabases
@AutoConfigureMockMvc
class PhotosInAnObjectStoreTest {

    static final PhotoProperties.S3 BUCKET = TestObjectStore.newBucket();

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("duban.photos.s3.bucket", BUCKET::bucket);
        registry.add("duban.photos.s3.endpoint", BUCKET::endpoint);
        registry.add("duban.photos.s3.access-key", BUCKET::accessKey);
        registry.add("duban.photos.s3.secret-key", BUCKET::secretKey);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    ReportService reports;
    @Autowired
    Backups backups;
    @Autowired
    PhotoService photos;

    @Test
    void aStationsPhotoIsKeptInTheBucketAndComesBackAsSent() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        AssignmentView task = assignments.ofUnit(qianqi.organisationId(), qianqi.unitId()).get(0);
        byte[] photo = TestImages.jpegWithExif(61, LocalDateTime.of(2020, 9, 2, 9, 30), 27.2, 120.3);
        Report sent = reports.save(qianqi, task.id(), new ReportForm(UUID.randomUUID().toString(), null,
                "现场检查照片", null, "submit"), List.of(new Upload(photo.length, () -> new ByteArrayInputStream(photo))));
        photos.settle(qianqi.organisationId()); // its copies, made off the request, go to the bucket too
        var stored = photos.find(qianqi.organisationId(), sent.photos().get(0).id()).orElseThrow();

        try (S3Client s3 = TestObjectStore.client()) {
            List<String> keys = s3.listObjectsV2(b -> b.bucket(BUCKET.bucket())).contents().stream()
                    .map(S3Object::key).toList();
            assertThat(keys).contains(stored.sha256(), stored.displayKey(), stored.thumbKey());
        }
        byte[] original = mvc.perform(get("/reports/" + sent.id() + "/photos/" + stored.id() + "/original")
                        .with(user(qianqi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(photo);
        mvc.perform(get("/reports/" + sent.id() + "/photos/" + stored.id() + "/thumb").with(user(qianqi)))
                .andExpect(status().isOk());

    }

    @Test
    void aBackupHoldsTheBucketsPhotosAndARestorePutsThemBack() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        AssignmentView task = assignments.ofUnit(qianqi.organisationId(), qianqi.unitId()).get(0);
        byte[] photo = TestImages.jpeg(640, 480, 62);
        Report sent = reports.save(qianqi, task.id(), new ReportForm(UUID.randomUUID().toString(), null,
                "宣传咨询现场", null, "submit"), List.of(new Upload(photo.length, () -> new ByteArrayInputStream(photo))));
        photos.settle(qianqi.organisationId()); // its display copy and thumbnail are in the bucket, and in the backup
        Map<String, String> objects = objects();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(3);
        assertThat(objects).containsKey(sent.photos().get(0).sha256());

        Path dir = Files.createTempDirectory("duban-backup").resolve("s3");
        Backups.Result made = backups.backUp(dir);

        assertThat(made.photos()).isEqualTo(objects.size());
        String manifest = Files.readString(dir.resolve(Backups.MANIFEST));
        objects.forEach((key, sha) -> assertThat(manifest).contains(sha + "  blobs/" + key.substring(0, 2) + "/"
                + key.substring(2, 4) + "/" + key));

        try (S3Client s3 = TestObjectStore.client()) {
            objects.keySet().forEach(key -> s3.deleteObject(b -> b.bucket(BUCKET.bucket()).key(key)));
        }
        assertThat(objects()).isEmpty();

        backups.restore(dir);

        assertThat(objects()).as("every object back, each with the bytes its name says").isEqualTo(objects);
        byte[] original = mvc.perform(get("/reports/" + sent.id() + "/photos/" + sent.photos().get(0).id() + "/original")
                        .with(user(qianqi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(photo);
    }

    /** The bucket's objects by name, with the SHA-256 of their bytes. */
    private static Map<String, String> objects() throws Exception {
        Map<String, String> objects = new TreeMap<>();
        try (S3Client s3 = TestObjectStore.client()) {
            for (S3Object o : s3.listObjectsV2(b -> b.bucket(BUCKET.bucket())).contents()) {
                objects.put(o.key(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(s3.getObjectAsBytes(b -> b.bucket(BUCKET.bucket()).key(o.key())).asByteArray())));
            }
        }
        return objects;
    }
}
