package policysearch.embed;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors kept on disk, keyed by the SHA-256 of the text, so an unchanged task is never embedded twice:
 * a rebuild, a restart or a second index over the same texts reads them back. One append-only file per model:
 * a header (magic, dimensions) and records of key + floats. A truncated last record (a crash mid-write) is
 * dropped on open; a file of another shape is set aside and a new one started. Several processes (a {@code serve}
 * and an {@code index} over the same folder) may share the file: each header and record is written, and a cut
 * record dropped, under an exclusive lock on the file, so their records never interleave or lose their alignment.
 */
public final class VectorCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int MAGIC = 0x50535643; // "PSVC"
    private static final int KEY_BYTES = 32;

    /** One monitor per cache file in this JVM: a file lock is held by a process, not a thread or a channel. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final int dims;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private FileChannel out;

    private VectorCache(Path file, int dims) {
        this.file = file;
        this.dims = dims;
    }

    /** Opens (or starts) the cache of model {@code modelId} in {@code dir}; null dir keeps vectors in memory only. */
    public static VectorCache open(Path dir, String modelId, int dims) {
        if (dir == null) {
            return new VectorCache(null, dims);
        }
        VectorCache c = new VectorCache(dir.resolve("vectors-" + modelId.replaceAll("[^A-Za-z0-9.-]", "_") + ".bin"),
                dims);
        try {
            Files.createDirectories(dir);
            c.load();
        } catch (IOException e) {
            LOG.warn("vector cache " + c.file + " unreadable, vectors will be recomputed: " + e.getMessage());
            c.vectors.clear();
        }
        return c;
    }

    /** The key of a text: hex SHA-256 of its UTF-8 bytes. */
    public static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached vector of {@code text}, if any. */
    public Optional<float[]> get(String text) {
        return Optional.ofNullable(vectors.get(key(text)));
    }

    /** Number of vectors held. */
    public int size() {
        return vectors.size();
    }

    /** Remembers the vector of {@code text} and appends it to the file (written through, not fsync'd). */
    public synchronized void put(String text, float[] vector) {
        if (vector.length != dims) {
            throw new IllegalArgumentException("vector of " + vector.length + " dimensions, cache holds " + dims);
        }
        String key = key(text);
        if (vectors.putIfAbsent(key, vector) != null || file == null) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(KEY_BYTES + 4 * dims).order(ByteOrder.LITTLE_ENDIAN);
        b.put(HexFormat.of().parseHex(key));
        for (float f : vector) {
            b.putFloat(f);
        }
        b.flip();
        try {
            if (out == null) {
                out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            synchronized (lockOf(file)) { // a JVM may hold one lock on a file at a time
                try (FileLock held = out.lock()) {
                    if (cutTorn(out) == 0) { // the first writer of a new file, in whichever process
                        out.write(ByteBuffer.allocate(8).putInt(MAGIC).putInt(dims).flip());
                    }
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
            }
        } catch (IOException e) {
            closeQuietly(); // the next write opens the file again and cuts what this one left
            throw new UncheckedIOException("writing vector cache " + file + " failed", e);
        }
    }

    private void closeQuietly() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // already failing: the write's error is the one reported
        }
        out = null;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long records = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != dims) {
                Path aside = file.resolveSibling(file.getFileName() + ".bad");
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("vector cache " + file + " has another format; set aside as " + aside);
                return;
            }
            byte[] record = new byte[KEY_BYTES + 4 * dims];
            while (true) {
                try {
                    in.readFully(record);
                } catch (EOFException e) {
                    break; // end of file, or a record cut short by a crash
                }
                ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
                byte[] k = new byte[KEY_BYTES];
                b.get(k);
                float[] v = new float[dims];
                b.asFloatBuffer().get(v);
                vectors.put(HexFormat.of().formatHex(k), v);
                records++;
            }
        } catch (EOFException e) {
            return; // shorter than a header
        }
        if (Files.size(file) != 8 + records * recordBytes()) {
            // under the writers' lock a record is never half written, so what is cut short now was cut by a crash;
            // another process may have appended whole records since the read: only a cut tail is dropped
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                synchronized (lockOf(file)) {
                    try (FileLock held = ch.lock()) {
                        cutTorn(ch);
                    }
                }
            }
        }
    }

    /**
     * Under the file's lock: cuts what a write stopped part-way left (a crash, a full disk, a process killed
     * mid-record), so the records after it stay aligned; the size left (0: no header yet).
     */
    private long cutTorn(FileChannel ch) throws IOException {
        long size = ch.size();
        long torn = size < 8 ? size : (size - 8) % recordBytes();
        if (torn != 0) {
            ch.truncate(size - torn);
        }
        return size - torn;
    }

    private long recordBytes() {
        return KEY_BYTES + 4L * dims;
    }

    /** The object this JVM's writers of {@code file} (by any path to it) synchronise on before taking its lock. */
    private static Object lockOf(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            real = file.toAbsolutePath().normalize();
        }
        return LOCKS.computeIfAbsent(real, f -> new Object());
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.warn("closing vector cache " + file + ": " + e.getMessage());
            }
            out = null;
        }
    }
}
