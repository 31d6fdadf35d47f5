package policysearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.CountingEmbedder;

/** Passage vectors survive a restart; a crash mid-write or a foreign file never stops the model. */
class VectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedTextIsNeverEmbeddedTwice() {
        CountingEmbedder model = new CountingEmbedder();
        try (Embeddings first = Embeddings.of(model, dir)) {
            first.passages(List.of("健全医保基金监管机制", "推进分级诊疗"));
        }
        assertEquals(2, model.passages.get());
        try (Embeddings restarted = Embeddings.of(model, dir)) {
            List<float[]> v = restarted.passages(List.of("推进分级诊疗", "健全医保基金监管机制", "新的任务")).orElseThrow();
            assertEquals(3, v.size());
            assertArrayEquals(model.passage("推进分级诊疗"), v.get(0));
        }
        assertEquals(2 + 1 + 1, model.passages.get(), "only the new text (and the check above) embedded");
    }

    @Test
    void aRecordCutShortByACrashIsDropped() throws IOException {
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            c.put("甲", new float[] {1, 0, 0, 0});
            c.put("乙", new float[] {0, 1, 0, 0});
        }
        Path file = dir.resolve("vectors-m.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            assertEquals(1, c.size());
            assertTrue(c.get("甲").isPresent());
            c.put("丙", new float[] {0, 0, 1, 0});
        }
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            assertEquals(2, c.size(), "appending after the cut keeps the file readable");
        }
    }

    /** The vector {@link CacheWriter} writes for text {@code prefix + i}: every value tells which it is. */
    static float[] vector(String prefix, int i, int dims) {
        float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
            v[d] = prefix.hashCode() % 1000 + i + d / 1000f;
        }
        return v;
    }

    @Test
    void twoProcessesWritingOneCacheLoseNothing() throws Exception {
        int dims = 16;
        int mine = 600;
        Path file = dir.resolve("vectors-m.bin");
        Path stop = dir.resolve("stop");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CacheWriter.class.getName(), dir.toString(), "m", Integer.toString(dims), "other-", stop.toString())
                .redirectErrorStream(true).start();
        try {
            // while the other process appends (a build embedding tasks), this one opens the cache again and again (a
            // server starting) and writes its own records: an open must not take what was appended after it read the
            // file for a crash's remnant and cut it, and the two processes' records must not interleave
            long deadline = System.nanoTime() + 60_000_000_000L;
            while ((!Files.exists(file) || Files.size(file) < 10_000) && other.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(other.isAlive(), "the other process writes until told to stop");
            try (VectorCache cache = VectorCache.open(dir, "m", dims)) {
                for (int i = 0; i < mine; i++) {
                    cache.put("this-" + i, vector("this-", i, dims));
                    if (i % 20 == 0) {
                        VectorCache.open(dir, "m", dims).close();
                    }
                }
            }
            Files.createFile(stop);
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, other.waitFor(), output);
            int theirs = Integer.parseInt(output);
            try (VectorCache all = VectorCache.open(dir, "m", dims)) {
                assertEquals(theirs + mine, all.size(), "every record of both processes (theirs: " + theirs + ")");
                for (int i = 0; i < mine; i++) {
                    assertArrayEquals(vector("this-", i, dims), all.get("this-" + i).orElseThrow());
                }
                for (int i = 0; i < theirs; i++) {
                    assertArrayEquals(vector("other-", i, dims), all.get("other-" + i).orElseThrow());
                }
            }
            assertEquals(8 + (long) (theirs + mine) * (32 + 4L * dims), Files.size(file), "one header, whole records");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aWriteCutShortIsNotAppendedTo() throws IOException {
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            c.put("甲", new float[] {1, 0, 0, 0});
            Path file = dir.resolve("vectors-m.bin");
            // another writer of the file stopped half-way through a record (a full disk, a kill) after this opened it
            try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}));
            }
            c.put("乙", new float[] {0, 1, 0, 0});
        }
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            assertEquals(2, c.size(), "the record written after the cut one is read back");
            assertArrayEquals(new float[] {0, 1, 0, 0}, c.get("乙").orElseThrow());
        }
    }

    @Test
    void aFileOfAnotherShapeIsSetAside() throws IOException {
        Files.writeString(dir.resolve("vectors-m.bin"), "not a vector cache at all");
        try (VectorCache c = VectorCache.open(dir, "m", 4)) {
            assertEquals(0, c.size());
        }
        assertTrue(Files.exists(dir.resolve("vectors-m.bin.bad")));
    }

    @Test
    void aModelThatCannotLoadLeavesSearchLexical() {
        try (Embeddings broken = Embeddings.of(new CountingEmbedder() {
            @Override
            public float[] query(String text) {
                throw new UnsatisfiedLinkError("no onnxruntime for this platform");
            }
        }, dir)) {
            assertEquals(Embeddings.Status.OFF, broken.status());
            assertTrue(broken.query("医保").isEmpty());
            assertTrue(broken.passages(List.of("医保")).isEmpty());
        }
    }
}
