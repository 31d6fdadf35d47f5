package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;

/**
 * Reads policy documents from their summary records: a page of the list (sorted on doc values, stored fields
 * loaded for that page only), one document, one document's tasks. Nothing is loaded for the whole corpus.
 */
final class DocumentRecords {
    static final Query DOCUMENTS = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC));
    static final Query TASKS = new TermQuery(new Term(Schema.KIND, Schema.KIND_TASK));
    /** Newest first by document date, then by id, so the order is total and stable. */
    private static final Sort NEWEST = new Sort(new SortField(Schema.SORT_DATE, SortField.Type.LONG, true),
            new SortField(Schema.SORT_DOC, SortField.Type.STRING));
    private static final Sort BY_TASK_NO = new Sort(new SortField(Schema.SORT_NO, SortField.Type.INT));

    private DocumentRecords() {
    }

    /** Page {@code page} (1-based) of the documents, {@code size} per page, newest first. */
    static DocumentList page(IndexSearcher s, int page, int size) throws IOException {
        int total = s.count(DOCUMENTS);
        int from = (page - 1) * size;
        List<DocumentSummary> out = new ArrayList<>();
        if (from < total) {
            ScoreDoc[] top = s.search(DOCUMENTS, Math.min(total, from + size), NEWEST).scoreDocs;
            for (int i = from; i < top.length; i++) {
                out.add(StoredRecords.summary(s.storedFields().document(top[i].doc)));
            }
        }
        return new DocumentList(total, page, size, out);
    }

    /** One document with its tasks in document order and its own text before and after them. */
    static Optional<DocumentDetail> detail(IndexSearcher s, String id) throws IOException {
        ScoreDoc[] own = s.search(of(id, DOCUMENTS), 1).scoreDocs;
        if (own.length == 0) {
            return Optional.empty();
        }
        Document record = s.storedFields().document(own[0].doc);
        Query tasks = of(id, TASKS);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : s.search(tasks, Math.max(1, s.count(tasks)), BY_TASK_NO).scoreDocs) {
            hits.add(StoredRecords.hit(s.storedFields().document(sd.doc), List.of(), 0f));
        }
        return Optional.of(new DocumentDetail(StoredRecords.summary(record), List.copyOf(hits),
                orEmpty(record.get(Schema.DOC_PREFACE)), orEmpty(record.get(Schema.DOC_CLOSING))));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Query of(String id, Query kind) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.DOC_ID, id)), Occur.FILTER)
                .add(kind, Occur.FILTER).build();
    }
}
