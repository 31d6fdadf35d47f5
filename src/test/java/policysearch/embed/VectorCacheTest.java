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
        int dims = 512;
        int theirs = 6000;
        int mine = 600;
        Path file = dir.resolve("vectors-m.bin");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CacheWriter.class.getName(), dir.toString(), "m", Integer.toString(dims), "其他进程",
                Integer.toString(theirs)).redirectErrorStream(true).start();
        // while the other process appends (a build embedding tasks), this one opens the cache again and again (a
        // server starting) and writes its own: an open must not take records appended after it read the file for a
        // crash's remnant and cut them, nor may the two processes' records interleave
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((!Files.exists(file) || Files.size(file) < 1 << 20) && other.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int openedWhileWriting = 0;
        try (VectorCache cache = VectorCache.open(dir, "m", dims)) {
            for (int i = 0; i < mine; i++) {
                cache.put("本进程" + i, vector("本进程", i, dims));
                if (i % 20 == 0 && other.isAlive()) {
                    VectorCache.open(dir, "m", dims).close();
                    openedWhileWriting++;
                }
            }
        }
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, other.waitFor(), output);
        try (VectorCache all = VectorCache.open(dir, "m", dims)) {
            assertEquals(theirs + mine, all.size(), "every record of both processes, the cache opened "
                    + openedWhileWriting + " times while the other wrote");
            for (int i = 0; i < mine; i += 37) {
                assertArrayEquals(vector("本进程", i, dims), all.get("本进程" + i).orElseThrow());
            }
            for (int i = 0; i < theirs; i += 371) {
                assertArrayEquals(vector("其他进程", i, dims), all.get("其他进程" + i).orElseThrow());
            }
        }
        assertEquals(8 + (long) (theirs + mine) * (32 + 4L * dims), Files.size(file), "one header, whole records");
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
