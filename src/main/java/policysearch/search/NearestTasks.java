package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import policysearch.index.Schema;
import policysearch.index.SentenceVectors;

/**
 * The tasks nearest a query's vector, each scored by the best of its passage, title and sentence similarity: every
 * task scanned in a small index, the passage and title graphs' nearest in a large one.
 */
final class NearestTasks {
    /**
     * Nearest tasks fetched: the exact hits among them are left out, so more than {@link SemanticSearch#LIMIT} are
     * asked for.
     */
    static final int CANDIDATES = 50;
    /**
     * Up to this many tasks with vectors, every task is scored rather than the graphs searched (a few milliseconds:
     * three dot products and the sentences' per task).
     */
    static final int SCAN_BELOW = 2_000;
    /** The fields holding one vector per task, searched by graph: passage, title. */
    static final List<String> FIELDS = List.of(Schema.VECTOR, Schema.TITLE_VECTOR);

    private NearestTasks() {
    }

    /**
     * The nearest tasks by the best of passage, title and sentence similarity, best first. Where at most
     * {@link #SCAN_BELOW} tasks carry vectors every task the filter keeps is scored (exact, and a task whose one
     * sentence answers the query is found however far its passage is); above, the tasks the passage and title graphs
     * find are. The similarities of the tasks found are computed again from their stored vectors: the graph search
     * and the exact one (a segment with few tasks passing the filter) may score one vector a rounding error apart,
     * so the order would depend on how the index happened to be split into segments.
     */
    static ScoreDoc[] of(Snapshot s, float[] vector, Query filter) throws IOException {
        Map<Integer, List<String>> found = new LinkedHashMap<>();
        List<String> fields = FIELDS.stream().filter(s::hasVectors).toList();
        long withVectors = withVectors(s);
        if (withVectors <= SCAN_BELOW) {
            Query vectors = new FieldExistsQuery(Schema.VECTOR);
            Query all = filter == null ? vectors : new BooleanQuery.Builder()
                    .add(vectors, BooleanClause.Occur.FILTER).add(filter, BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : s.search(all, (int) Math.max(1, withVectors)).scoreDocs) {
                found.put(sd.doc, fields);
            }
        } else {
            for (String field : fields) {
                TopDocs top = s.search(new KnnFloatVectorQuery(field, vector, CANDIDATES, filter), CANDIDATES);
                for (ScoreDoc sd : top.scoreDocs) {
                    found.computeIfAbsent(sd.doc, d -> new ArrayList<>()).add(field);
                }
            }
        }
        List<ScoreDoc> all = scored(s, vector, found);
        return all.stream().sorted(TieBreak.byScore(s, all)).limit(CANDIDATES).toArray(ScoreDoc[]::new);
    }

    /** How many tasks carry a passage vector (the index's term statistics know nothing of vector fields). */
    static long withVectors(Snapshot s) throws IOException {
        long n = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            n += values == null ? 0 : values.size();
        }
        return n;
    }

    /**
     * Lucene's cosine score ((1 + cos) / 2) of each task found: its best vector among the fields it was found by and
     * its sentences' vectors (the best sentence), read leaf by leaf in doc order so each leaf's vectors are opened
     * once.
     */
    static List<ScoreDoc> scored(Snapshot s, float[] vector, Map<Integer, List<String>> found)
            throws IOException {
        int[] docs = found.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<ScoreDoc> out = new ArrayList<>(docs.length);
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            FloatVectorValues[] values = new FloatVectorValues[FIELDS.size()];
            KnnVectorValues.DocIndexIterator[] its = new KnnVectorValues.DocIndexIterator[values.length];
            for (int f = 0; f < values.length; f++) {
                values[f] = leaf.reader().getFloatVectorValues(FIELDS.get(f));
                its[f] = values[f] == null ? null : values[f].iterator();
            }
            BinaryDocValues sentences = DocValues.getBinary(leaf.reader(), Schema.SENTENCE_VECTORS);
            for (int end = leaf.docBase + leaf.reader().maxDoc(); i < docs.length && docs[i] < end; i++) {
                int target = docs[i] - leaf.docBase;
                float best = 0;
                for (String field : found.get(docs[i])) {
                    int f = FIELDS.indexOf(field);
                    KnnVectorValues.DocIndexIterator it = its[f];
                    if (it != null && (it.docID() < target ? it.advance(target) : it.docID()) == target) {
                        best = Math.max(best, VectorSimilarityFunction.COSINE.compare(vector,
                                values[f].vectorValue(it.index())));
                    }
                }
                if (sentences.advanceExact(target)) {
                    float cosine = SentenceVectors.best(sentences.binaryValue(), vector);
                    if (!Float.isNaN(cosine)) {
                        best = Math.max(best, (1 + cosine) / 2);
                    }
                }
                out.add(new ScoreDoc(docs[i], best));
            }
        }
        return out;
    }
}
