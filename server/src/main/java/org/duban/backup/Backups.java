package org.duban.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.duban.photo.BlobStore;
import org.duban.photo.PhotoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One backup is one folder: the database dump ({@link DatabaseDump}), every photo file the database names under
 * {@code blobs/} (named by their SHA-256, in the local store's {@code ab/cd/} folders, whether they came from that
 * folder or from an object store's bucket), {@code backup.properties} (what it is, when, from which database)
 * and {@code MANIFEST.sha256}, the SHA-256 of every file in the format {@code sha256sum -c} reads. The database is
 * dumped first, in one snapshot; the photo files are copied after it, so every photo the dump names is there (a photo
 * file is never changed, and one the dump names is never removed), and a file uploaded meanwhile is only an orphan the
 * next start removes. A restore checks the manifest before it touches anything.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
class Backups {

    static final String MANIFEST = "MANIFEST.sha256";
    static final String ABOUT = "backup.properties";
    static final String BLOBS = "blobs";

    private final DataSource data;
    private final JdbcClient jdbc;
    private final Path store;
    /** The bucket photos are kept in, or null when they are in {@code store}. */
    private final String objectStore;
    private final BlobStore blobs;
    private final Environment environment;
    private final BackupProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Backups(DataSource data, JdbcClient jdbc, PhotoProperties photos, BlobStore blobs, Environment environment,
            BackupProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.blobs = blobs;
        this.events = events;
        this.data = data;
        this.jdbc = jdbc;
        this.store = Path.of(photos.storage()).toAbsolutePath().normalize();
        this.objectStore = photos.s3().enabled() ? photos.s3().bucket() : null;
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    /** Backs up into {@code folder}, which must be new or empty, from the command line. */
    Result backUp(Path folder) throws IOException, SQLException {
        return backUp(folder, null, null);
    }

    /**
     * Backs up into {@code folder}, which must be new or empty; returns what was written. {@code actorId} and {@code
     * actor} say who asked, for the log ({@code null}: the command line).
     */
    Result backUp(Path folder, Long actorId, String actor) throws IOException, SQLException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    throw new BackupRefused("备份目录 " + dir + " 不是空的：请指定一个新目录，以免新旧备份混在一起。 The backup folder "
                            + "must be new or empty");
                }
            }
        }
        Files.createDirectories(dir.resolve(BLOBS));
        DatabaseDump database = database();
        Path dump = dir.resolve(database.fileName());
        database.dump(dump);

        // every blob the database names, copied through the store (a folder or a bucket) under the folder's layout; a
        // photo still being processed has no copies yet, and is processed again from its original after a restore
        Set<String> named = new TreeSet<>();
        for (String column : List.of("sha256", "display_key", "thumb_key")) {
            named.addAll(jdbc.sql("select " + column + " from photo where " + column + " is not null")
                    .query(String.class).list());
        }
        List<String> missing = new ArrayList<>();
        int copied = 0;
        for (String key : named) {
            Path target = dir.resolve(BLOBS).resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
            Files.createDirectories(target.getParent());
            try (InputStream in = blobs.open(key)) {
                Files.copy(in, target);
                copied++;
            } catch (NoSuchFileException e) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new BackupRefused("照片库里缺少数据库记载的 " + missing.size() + " 个文件（例如 " + missing.get(0)
                    + "）：备份不完整，请先检查照片库 " + where() + "。 Photo files the database names are missing");
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("database", database.kind());
        about.put("created", OffsetDateTime.now(clock).toString());
        about.put("photos", String.valueOf(copied));
        about.put("schema-version", jdbc.sql("""
                        select "version" from "flyway_schema_history" where "installed_rank" =
                        (select max("installed_rank") from "flyway_schema_history" where "success" = true)""")
                .query(String.class).optional().orElse(""));
        StringBuilder text = new StringBuilder("# Duban backup (督办备份): restore with java -jar duban.jar --duban.restore=<this folder>\n");
        about.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve(ABOUT), text, StandardCharsets.UTF_8);

        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(dir.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
        }
        StringBuilder manifest = new StringBuilder();
        sums.forEach((path, sum) -> manifest.append(sum).append("  ").append(path).append('\n'));
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        events.publishEvent(new BackupMade(dir.toString(), database.kind(), copied, false, actorId, actor));
        return new Result(dir, database.kind(), copied, sums.size());
    }

    /**
     * Restores the folder's database and photos. The manifest is checked first, every file against its SHA-256 and no
     * file missing: a damaged or altered backup is refused with the file named, and nothing is changed.
     */
    Result restore(Path folder) throws IOException, SQLException {
        Path dir = folder.toAbsolutePath().normalize();
        Map<String, String> sums = checkedManifest(dir);
        Map<String, String> about = about(dir);
        DatabaseDump database = database();
        if (!database.kind().equals(about.get("database"))) {
            throw new BackupRefused("这是 " + about.get("database") + " 数据库的备份，不能恢复到 " + database.kind()
                    + " 数据库。 A backup of one kind of database cannot be restored into another");
        }
        if (!sums.containsKey(database.fileName())) {
            throw new BackupRefused("备份里没有数据库文件 " + database.fileName() + "。 The backup holds no database dump");
        }
        database.restore(dir.resolve(database.fileName()));
        // the store's folder for uploads in progress, which a wiped or new store lacks
        Files.createDirectories(store.resolve("incoming"));
        int photos = 0;
        for (String path : sums.keySet()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.startsWith(BLOBS + "/") && name.matches("[0-9a-f]{64}")) {
                // named by their SHA-256, which the manifest has just checked: the store keeps each under its name
                try (InputStream in = Files.newInputStream(dir.resolve(path))) {
                    blobs.put(in, Files.size(dir.resolve(path)));
                }
                photos++;
            }
        }
        if (data instanceof com.zaxxer.hikari.HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            // connections may hold statements prepared against the tables that were just replaced
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        events.publishEvent(new BackupMade(dir.toString(), database.kind(), photos, true, null, null));
        return new Result(dir, database.kind(), photos, sums.size());
    }

    private Map<String, String> checkedManifest(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new BackupRefused(dir + " 里没有 " + MANIFEST + "，不是督办的备份。 Not a Duban backup: no manifest");
        }
        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  [^/].*") || line.contains("..")) {
                throw new BackupRefused(MANIFEST + " 有一行看不懂：" + line + "。 A line of the manifest is not understood");
            }
            sums.put(line.substring(66), line.substring(0, 64));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> entry : sums.entrySet()) {
            Path file = dir.resolve(entry.getKey()).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                wrong.add(entry.getKey() + "（缺失 missing）");
            } else if (!sha256(file).equals(entry.getValue())) {
                wrong.add(entry.getKey() + "（内容不符 altered）");
            }
        }
        if (!wrong.isEmpty()) {
            throw new BackupRefused("备份已损坏或被改动，没有恢复任何内容。The backup is damaged or altered; nothing was restored: "
                    + String.join("，", wrong.subList(0, Math.min(10, wrong.size())))
                    + (wrong.size() > 10 ? " …（共 " + wrong.size() + " 个）" : ""));
        }
        return sums;
    }

    private static Map<String, String> about(Path dir) throws IOException {
        Map<String, String> about = new LinkedHashMap<>();
        Path file = dir.resolve(ABOUT);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    about.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return about;
    }

    private DatabaseDump database() {
        return DatabaseDump.of(data, environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"),
                properties.pgBin());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), org.duban.web.Digests.sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    /** The page's backup folder, where {@link #backUpToFolder} writes. */
    Path folder() {
        return Path.of(properties.folder()).toAbsolutePath().normalize();
    }

    /** A backup into a new subfolder of the configured folder, named by the time: what the page's button does. */
    Result backUpToFolder(long actorId, String actor) throws IOException, SQLException {
        String name = "duban-" + java.time.LocalDateTime.now(clock)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return backUp(folder().resolve(name), actorId, actor);
    }

    /** The backups in the configured folder, newest first. */
    List<String> listed() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> inside = Files.list(folder())) {
            return inside.filter(p -> Files.isRegularFile(p.resolve(MANIFEST))).map(p -> p.getFileName().toString())
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    /** Where the photos are kept, for a message. */
    private String where() {
        return objectStore != null ? "（对象存储桶 " + objectStore + "）" : store.toString();
    }

    /** What a backup or restore did. */
    record Result(Path folder, String database, int photos, int files) {
    }
}
