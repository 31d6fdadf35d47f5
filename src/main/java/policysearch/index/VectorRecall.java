package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * How many of the true nearest neighbours the HNSW graph finds: for each query vector, the {@code k} best of the
 * {@code candidates} a {@link KnnFloatVectorQuery} returns against the top {@code k} of a scan of every passage
 * vector (cosine).
 */
public final class VectorRecall {
    private VectorRecall() {
    }

    /** Mean recall@k over {@code queries}, on the index in {@code dir}; NaN when it holds no passage vectors. */
    public static double recall(Path dir, List<float[]> queries, int k, int candidates) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            double sum = 0;
            int n = 0;
            for (float[] q : queries) {
                Set<Integer> exact = scan(reader, q, k);
                if (exact.isEmpty()) {
                    return Double.NaN;
                }
                int found = 0;
                ScoreDoc[] graph = searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, q, candidates), candidates)
                        .scoreDocs;
                for (int i = 0; i < Math.min(k, graph.length); i++) {
                    found += exact.contains(graph[i].doc) ? 1 : 0;
                }
                sum += (double) found / exact.size();
                n++;
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** The {@code k} documents whose passage vector is most similar to {@code q}, by reading every vector. */
    private static Set<Integer> scan(DirectoryReader reader, float[] q, int k) throws IOException {
        record Scored(int doc, float score) {
        }
        PriorityQueue<Scored> top = new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score()));
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            if (values == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                float s = VectorSimilarityFunction.COSINE.compare(q, values.vectorValue(it.index()));
                if (top.size() < k) {
                    top.add(new Scored(leaf.docBase + doc, s));
                } else if (s > top.peek().score()) {
                    top.poll();
                    top.add(new Scored(leaf.docBase + doc, s));
                }
            }
        }
        Set<Integer> out = new HashSet<>();
        top.forEach(x -> out.add(x.doc()));
        return out;
    }
}
