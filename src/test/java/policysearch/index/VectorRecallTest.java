package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.embed.Embeddings;
import policysearch.fixtures.CountingEmbedder;
import policysearch.fixtures.Fixtures;

/** The benchmark's measure of the HNSW graphs: on a handful of tasks the graph finds exactly what a scan finds. */
class VectorRecallTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallGraphFindsEveryNearestTaskAndNoVectorsMeansNoFigure() throws IOException {
        CountingEmbedder model = new CountingEmbedder();
        try (Embeddings e = Embeddings.of(model, null); Schema schema = new Schema(e)) {
            new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("vectors"), "fixtures");
        }
        List<float[]> queries = List.of(model.query("医保支付"), model.query("家庭医生"), model.query("短缺药品"));
        assertEquals(1.0, VectorRecall.recall(tmp.resolve("vectors"), queries, 3, 5), 1e-9);
        assertEquals(1.0, VectorRecall.recall(tmp.resolve("vectors"), queries, 7, 7), 1e-9, "every task");
        try (Schema schema = new Schema()) {
            new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("lexical"), "fixtures");
        }
        assertTrue(Double.isNaN(VectorRecall.recall(tmp.resolve("lexical"), queries, 3, 5)));
    }
}
