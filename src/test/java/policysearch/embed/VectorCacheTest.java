package policysearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
