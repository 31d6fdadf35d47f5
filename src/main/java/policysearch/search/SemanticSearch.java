package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;

/**
 * The semantic half of a search: the query's vector against the tasks' passage vectors (HNSW, cosine), with the
 * request's filters as the kNN pre-filter and the exact result set left out, so {@code related} never repeats a
 * hit and always respects the filters. Only tasks at least {@link #THRESHOLD} similar are kept.
 */
final class SemanticSearch {
    /** Most related tasks returned. */
    static final int LIMIT = 10;
    /**
     * Least cosine similarity for a related task, calibrated on the judged queries (RelevanceEvaluationTest prints
     * the precision of the related list at several thresholds): below it bge-small-zh's neighbours are mostly
     * tasks that merely share the health-reform register.
     */
    static final float THRESHOLD = 0.50f;

    private final Embeddings embeddings;

    SemanticSearch(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** Whether related tasks can be found in this snapshot now. */
    boolean available(Snapshot s) {
        return s.hasVectors() && embeddings.status() == Embeddings.Status.ON;
    }

    /**
     * Up to {@link #LIMIT} tasks matching {@code filter} but not {@code exclude} (null: nothing excluded), closest
     * to {@code text} first, as hits with their similarity; empty when the model or the vectors are missing.
     */
    List<Related> related(Snapshot s, String text, Query filter, Query exclude, float threshold) throws IOException {
        if (text == null || text.isBlank() || !s.hasVectors()) {
            return List.of();
        }
        Optional<float[]> vector = embeddings.query(text);
        if (vector.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder keep = new BooleanQuery.Builder().add(filter, Occur.FILTER);
        if (exclude != null) {
            keep.add(exclude, Occur.MUST_NOT);
        }
        TopDocs top = s.search(new KnnFloatVectorQuery(Schema.VECTOR, vector.get(), LIMIT, keep.build()), LIMIT);
        List<Related> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            float similarity = 2 * sd.score - 1; // Lucene's cosine score is (1 + cos) / 2
            if (similarity >= threshold) {
                Hit hit = StoredRecords.hit(s.storedFields().document(sd.doc), List.of(), 0f);
                out.add(new Related(hit, similarity));
            }
        }
        return out;
    }
}
