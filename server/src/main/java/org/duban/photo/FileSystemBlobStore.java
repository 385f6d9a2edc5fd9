package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blobs as files under one directory, {@code ab/cd/abcd…}. A put streams to a temporary file, forces it to disk,
 * then moves it into place atomically and forces the directory: an acknowledged upload survives a crash, a failed one
 * leaves nothing where readers look.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;
    private final Object[] locks = new Object[64];

    public FileSystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        this.incoming = Files.createDirectories(this.root.resolve("incoming"));
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public StoredBlob put(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            StoredBlob copied;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                copied = BlobStore.copyHashed(in, out, maxBytes);
                out.flush();
                channel.force(true);
            }
            String key = copied.key();
            Path target = pathOf(key);
            synchronized (lockOf(key)) {
                if (!touch(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    forceDirectory(target.getParent());
                }
            }
            return copied;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException("no blob " + key);
        }
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.exists(pathOf(key));
    }

    @Override
    public List<String> keysWrittenBefore(Instant before) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(f -> KEY.matcher(f.getFileName().toString()).matches())
                    .filter(f -> writtenBefore(f, before)).map(f -> f.getFileName().toString()).toList();
        }
    }

    @Override
    public boolean removeIfWrittenBefore(String key, Instant before) throws IOException {
        Path file = pathOf(key);
        synchronized (lockOf(key)) {
            return writtenBefore(file, before) && Files.deleteIfExists(file);
        }
    }

    @Override
    public int removeUnfinishedUploads(Instant before) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".part") && writtenBefore(f, before) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Marks a stored blob as written now, so that a sweep for orphans leaves it to the upload that is about to use
     * it again; false when there is no such blob (then the caller stores it).
     */
    private static boolean touch(Path target) throws IOException {
        try {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean writtenBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false; // gone meanwhile, or unreadable: not ours to remove
        }
    }

    /**
     * Within this process a put and a removal of the same key never interleave. (Several nodes sharing one directory
     * are not covered by this lock; they rely on the age threshold alone.)
     */
    private Object lockOf(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    /** The rename is durable only once the directory entry is on disk too. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some filesystems cannot open a directory for reading; the file itself is already forced
        }
    }
}
