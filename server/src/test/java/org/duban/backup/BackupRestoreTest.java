package org.duban.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.duban.org.DubanUser;
import org.duban.photo.PhotoProperties;
import org.duban.photo.PhotoService;
import org.duban.support.BothDatabases;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * A backup taken, everything wiped, the backup restored: the reports and their photos come back exactly, compared by
 * SHA-256 of the rows and of the photo files. On H2 by SCRIPT/RUNSCRIPT, on PostgreSQL by pg_dump/pg_restore.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.photos.storage=target/backup-test/blobs-${random.uuid}",
        "duban.backups.folder=target/backup-test/page-${random.uuid}"})
@BothDatabases
@AutoConfigureMockMvc
class BackupRestoreTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Backups backups;
    @Autowired
    PhotoProperties photos;
    @Autowired
    PhotoService photoService;

    @Test
    void aRestoredBackupGivesBackTheSameReportsAndPhotoBytesAfterAWipe() throws Exception {
        report("组织辖区企业参加首席质量官培训", 1, 2);
        report("开展质量开放日活动", 3);
        // each photo's original, display copy and thumbnail (made off the request)
        photoService.settle(((DubanUser) users.loadUserByUsername("qianqi")).organisationId());
        String rows = rows();
        Map<String, String> files = photoFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);

        Path dir = Path.of("target/backup-test", UUID.randomUUID().toString());
        Backups.Result made = backups.backUp(dir);
        assertThat(made.photos()).isEqualTo(files.size());
        String manifest = Files.readString(dir.resolve(Backups.MANIFEST));
        assertThat(manifest).contains("  database.").contains("  backup.properties");
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(manifest).contains(f.getValue() + "  blobs/" + f.getKey());
        }

        // the wipe: reports changed, a photo link gone, the photo store emptied
        jdbc.sql("update report set body = 'wiped'").update();
        jdbc.sql("delete from report_photo").update();
        FileSystemUtils.deleteRecursively(store());
        assertThat(rows()).isNotEqualTo(rows);
        assertThat(photoFiles()).isEmpty();

        backups.restore(dir);

        assertThat(rows()).isEqualTo(rows);
        assertThat(photoFiles()).isEqualTo(files);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RESTORED'").query(Integer.class).single())
                .as("the restored log says it was restored").isOne();
    }

    @Test
    void anAlteredBackupIsRefusedNamingTheFileAndNothingChanges() throws Exception {
        report("开展计量惠民活动", 5);
        Path dir = Path.of("target/backup-test", UUID.randomUUID().toString());
        backups.backUp(dir);
        assertThatThrownBy(() -> backups.backUp(dir)).isInstanceOf(BackupRefused.class).hasMessageContaining("不是空的");

        String photo;
        try (Stream<Path> walk = Files.walk(dir.resolve(Backups.BLOBS))) {
            photo = dir.relativize(walk.filter(Files::isRegularFile).sorted().findFirst().orElseThrow()).toString();
        }
        Files.write(dir.resolve(photo), new byte[] {1}, StandardOpenOption.APPEND);
        jdbc.sql("update report set body = 'changed after the backup' where body = '开展计量惠民活动'").update();
        String rows = rows();

        assertThatThrownBy(() -> backups.restore(dir)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining(photo.replace('\\', '/')).hasMessageContaining("内容不符");
        assertThat(rows()).as("nothing restored").isEqualTo(rows);

        Files.delete(dir.resolve(Backups.MANIFEST));
        assertThatThrownBy(() -> backups.restore(dir)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("不是督办的备份");
    }

    @Test
    void anAdministratorBacksUpFromThePageWhileDubanServes() throws Exception {
        report("开展质量提升培训", 7);
        DubanUser admin = (DubanUser) users.loadUserByUsername("admin");
        mvc.perform(post("/admin/backup").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("备份完成")));
        List<String> listed = backups.listed();
        assertThat(listed).hasSize(1);
        Path made = backups.folder().resolve(listed.get(0));
        assertThat(Files.readString(made.resolve(Backups.MANIFEST))).contains("  blobs/");
        mvc.perform(get("/admin/backup").with(user(admin))).andExpect(content().string(containsString(listed.get(0))));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'BACKUP_MADE' and actor = 'admin' and actor_id = ?")
                .param(admin.id()).query(Integer.class).single()).isOne();
        mvc.perform(post("/admin/backup").with(user((DubanUser) users.loadUserByUsername("zhiliang"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void report(String body, int... seeds) throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        long assignment = jdbc.sql("select min(id) from assignment where unit_id = ?").param(qianqi.unitId())
                .query(Long.class).single();
        var request = multipart("/tasks/" + assignment + "/reports");
        for (int seed : seeds) {
            request.file(new MockMultipartFile("photos", seed + ".jpg", "image/jpeg", TestImages.jpeg(640, 480, seed)));
        }
        mvc.perform(request.param("formKey", UUID.randomUUID().toString()).param("action", "submit").param("body", body)
                .with(user(qianqi)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** The reports, their photos and the links between them, row by row. */
    private String rows() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("report", "photo", "report_photo")) {
            jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows()
                    .forEach(row -> all.append(table).append(new TreeMap<>(row)).append('\n'));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Path store() {
        return Path.of(photos.storage());
    }

    /** Every photo file by its path in the store, with the SHA-256 of its bytes. */
    private Map<String, String> photoFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(store())) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(store())) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> !store().relativize(p).startsWith("incoming")).toList()) {
                files.put(store().relativize(f).toString().replace('\\', '/'), Backups.sha256(f));
            }
        }
        return files;
    }
}
