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

    @Test
    void withAFilterOnlyTheTasksItKeepsAreCountedAndCompared() throws IOException {
        CountingEmbedder model = new CountingEmbedder();
        try (Embeddings e = Embeddings.of(model, null); Schema schema = new Schema(e)) {
            new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("vectors"), "fixtures");
        }
        var first = Fixtures.documents().get(0);
        String year = Integer.toString(first.year());
        long ofThatYear = Fixtures.documents().stream().filter(d -> d.year() == first.year())
                .mapToLong(d -> d.tasks().size()).sum();
        long all = Fixtures.documents().stream().mapToLong(d -> d.tasks().size()).sum();
        assertTrue(ofThatYear > 0 && ofThatYear < all, "the filter keeps some tasks, not all");
        org.apache.lucene.search.Query filter;
        try (Schema schema = new Schema()) {
            var q = new org.apache.lucene.facet.DrillDownQuery(schema.facetsConfig());
            q.add(Schema.DIM_YEAR, year);
            filter = q;
        }
        assertEquals(ofThatYear, VectorRecall.kept(tmp.resolve("vectors"), filter));
        List<float[]> queries = List.of(model.query("医保支付"), model.query("家庭医生"));
        // the nearest among the kept tasks: a scan that ignored the filter would name tasks the graph never returns
        int k = (int) ofThatYear;
        assertEquals(1.0, VectorRecall.recall(tmp.resolve("vectors"), queries, k, k, filter,
                org.apache.lucene.search.knn.KnnSearchStrategy.Hnsw.DEFAULT), 1e-9);
    }
}
