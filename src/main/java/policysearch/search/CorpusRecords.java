package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import policysearch.index.Schema;

/**
 * What a snapshot reads from its document records on first use: each document's facts (for department and role
 * filters, and for an empty result) and the vocabulary a query may name (years, regions, issuers, departments,
 * sectors, documents by title or 文号), always in the order of the documents' source files.
 */
final class CorpusRecords {
    private static final Set<String> VOCABULARY_FIELDS = Set.of(Schema.DOC_ID, Schema.DOC_TITLE, Schema.LIST_TITLE,
            Schema.NUMBER, Schema.YEAR, Schema.REGION, Schema.ISSUER);
    private static final Set<String> ORDER_FIELDS = Set.of(Schema.SOURCE, Schema.DOC_ID);

    private CorpusRecords() {
    }

    /** Every document's facts, in source order. */
    static List<DocumentFacts> facts(IndexSearcher searcher, int documents) throws IOException {
        List<DocumentFacts> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int doc : bySource(searcher, documents)) {
            out.add(StoredRecords.facts(stored.document(doc, StoredRecords.FACT_FIELDS)));
        }
        return List.copyOf(out);
    }

    /** The vocabulary: the facet values of each dimension ({@code names}) and every document's naming fields. */
    static Vocabulary vocabulary(IndexSearcher searcher, int documents, Function<String, Set<String>> names)
            throws IOException {
        List<Vocabulary.Doc> docs = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int doc : bySource(searcher, documents)) {
            // only the fields a query may name, not the sections
            var d = stored.document(doc, VOCABULARY_FIELDS);
            var year = d.getField(Schema.YEAR);
            docs.add(new Vocabulary.Doc(d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE), d.get(Schema.LIST_TITLE),
                    d.get(Schema.NUMBER), year == null ? 0 : year.numericValue().intValue(), d.get(Schema.REGION),
                    d.get(Schema.ISSUER)));
        }
        return new Vocabulary(names.apply(Schema.DIM_YEAR), names.apply(Schema.DIM_REGION),
                names.apply(Schema.DIM_ISSUER), List.copyOf(names.apply(Schema.DIM_DEPARTMENT)),
                names.apply(Schema.DIM_SECTOR), List.copyOf(docs));
    }

    /**
     * The document records in the order of their source files, then ids: the order a build reads them in, whatever
     * order its threads added them in, so what is read from them in turn never depends on the thread count.
     */
    private static int[] bySource(IndexSearcher searcher, int documents) throws IOException {
        record Keyed(int doc, String source, String id) {
        }
        if (documents == 0) {
            return new int[0];
        }
        var stored = searcher.storedFields();
        List<Keyed> keyed = new ArrayList<>(documents);
        for (var sd : searcher.search(DocumentRecords.DOCUMENTS, documents).scoreDocs) {
            var d = stored.document(sd.doc, ORDER_FIELDS);
            keyed.add(new Keyed(sd.doc, String.valueOf(d.get(Schema.SOURCE)), String.valueOf(d.get(Schema.DOC_ID))));
        }
        return keyed.stream().sorted(Comparator.comparing(Keyed::source).thenComparing(Keyed::id))
                .mapToInt(Keyed::doc).toArray();
    }
}
