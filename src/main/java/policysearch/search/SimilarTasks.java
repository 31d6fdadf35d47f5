package policysearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;
import policysearch.index.TaskDocuments;

/**
 * Tasks of other documents that read like a given task: its most telling CJK bigrams (more-like-this, weighted
 * by rarity in the index) as one query, plus, when semantic search is on, the nearest passage vectors. One query
 * each, whatever the size of the index; the caller ranks the candidates.
 */
final class SimilarTasks {
    /** Bigrams of the task that make up the query (the rarest ones it repeats most). */
    static final int QUERY_TERMS = 30;

    private final Schema schema;

    SimilarTasks(Schema schema) {
        this.schema = schema;
    }

    /** Up to {@code limit} candidates from each side, lexical ones first, without duplicates. */
    List<Hit> similar(Snapshot s, Hit task, int limit) throws IOException {
        Query others = new BooleanQuery.Builder().add(DocumentRecords.TASKS, Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID, task.document().id())), Occur.MUST_NOT).build();
        String passage = TaskDocuments.passage(task.title(), task.text());
        Map<Integer, Boolean> docs = new LinkedHashMap<>();
        MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
        mlt.setAnalyzer(schema.bigrams());
        mlt.setFieldNames(new String[] {Schema.TEXT_BIGRAMS});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        Query like = mlt.like(Schema.TEXT_BIGRAMS, new StringReader(passage));
        Query lexical = new BooleanQuery.Builder().add(like, Occur.MUST).add(others, Occur.FILTER).build();
        for (ScoreDoc sd : s.search(lexical, limit, Plan.RANKED).scoreDocs) {
            docs.put(sd.doc, true);
        }
        Optional<float[]> vector = vector(s, passage);
        if (vector.isPresent()) {
            for (ScoreDoc sd : s.search(new KnnFloatVectorQuery(Schema.VECTOR, vector.get(), limit, others),
                    limit, Plan.RANKED).scoreDocs) {
                docs.putIfAbsent(sd.doc, true);
            }
        }
        List<Hit> out = new ArrayList<>(docs.size());
        for (int doc : docs.keySet()) {
            out.add(StoredRecords.hit(s.storedFields().document(doc), List.of(), 0f));
        }
        return out;
    }

    private Optional<float[]> vector(Snapshot s, String passage) {
        if (!s.hasVectors() || schema.embeddings().status() != Embeddings.Status.ON) {
            return Optional.empty();
        }
        return schema.embeddings().passages(List.of(passage)).map(v -> v.get(0));
    }
}
