package policysearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;
import policysearch.index.TaskDocuments;
import policysearch.model.Ids;
import policysearch.search.opensearch.Cluster;
import policysearch.search.opensearch.Fields;

/**
 * The search service on an OpenSearch cluster: every page and API route answered from the index the alias
 * {@code policy-search} names (see {@link policysearch.search.opensearch.Loader}), with the embedded engine's
 * query pipeline. A new index behind the alias is picked up within {@link #RECHECK_MS}. A cluster that is down or
 * too slow raises {@link SearchUnavailableException}.
 */
public final class OpenSearchService implements SearchService {
    /** How often the alias is looked up again (a new build swapped in). */
    static final long RECHECK_MS = 5_000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchService.class);

    private final Cluster cluster;
    private final Schema schema = new Schema();
    private final Synonyms synonyms = Synonyms.standard();
    private final OpenSearchTasks tasks = new OpenSearchTasks(schema, synonyms);
    private volatile OpenSearchCorpus corpus;
    private volatile long checked;

    private OpenSearchService(Cluster cluster, OpenSearchCorpus corpus) {
        this.cluster = cluster;
        this.corpus = corpus;
        this.checked = System.currentTimeMillis();
    }

    /**
     * Opens the index the alias names on the cluster at {@code url}; fails with what to do when there is none or it
     * was built by another schema version, or when the cluster does not answer.
     */
    public static OpenSearchService open(String url) throws IOException {
        return open(url, Cluster.DEFAULT_TIMEOUT);
    }

    /** As {@link #open(String)}, a request that waits longer than {@code timeout} counting as unavailable. */
    public static OpenSearchService open(String url, java.time.Duration timeout) throws IOException {
        Cluster cluster = Cluster.connect(url, timeout);
        try {
            return new OpenSearchService(cluster, openCorpus(cluster, Synonyms.standard()));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            if (e instanceof Cluster.Unavailable) {
                throw new IOException(e.getMessage(), e);
            }
            throw e;
        }
    }

    private static OpenSearchCorpus openCorpus(Cluster cluster, Synonyms synonyms) throws IOException {
        String index = OpenSearchCorpus.current(cluster);
        if (index == null) {
            throw new IOException("no index on " + cluster.url() + "; build it with: policy-search index --engine "
                    + "opensearch --url " + cluster.url());
        }
        String version = OpenSearchCorpus.meta(cluster, index).get(Schema.META_SCHEMA);
        if (!Integer.toString(Schema.SCHEMA_VERSION).equals(version)) {
            throw new IOException("the index " + index + " on " + cluster.url() + " has schema version " + version
                    + ", this program reads " + Schema.SCHEMA_VERSION + "; rebuild it with: policy-search index "
                    + "--engine opensearch --url " + cluster.url());
        }
        return new OpenSearchCorpus(cluster, index, synonyms);
    }

    /** The view to answer from: the alias is looked up again every {@link #RECHECK_MS}, or now when {@code force}. */
    private OpenSearchCorpus corpus(boolean force) {
        long now = System.currentTimeMillis();
        if (force || now - checked > RECHECK_MS) {
            checked = now;
            String index = OpenSearchCorpus.current(cluster);
            if (index != null && !index.equals(corpus.index())) {
                try {
                    corpus = openCorpus(cluster, synonyms);
                } catch (IOException e) {
                    // an index of another schema version behind the alias: keep answering from the one opened
                    LOG.warn("not switching to {}: {}", index, e.getMessage());
                }
            }
        }
        return corpus;
    }

    private interface Call<T> {
        T run(OpenSearchCorpus c) throws IOException;
    }

    /** Runs a call on the current view; a cluster that cannot answer becomes {@link SearchUnavailableException}. */
    private <T> T call(Call<T> call) {
        return call(call, false);
    }

    private <T> T call(Call<T> call, boolean recheck) {
        try {
            return call.run(corpus(recheck));
        } catch (Cluster.Unavailable e) {
            throw new SearchUnavailableException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return call(c -> tasks.search(c, request));
    }

    @Override
    public List<Hit> searchAll(SearchRequest request) {
        return call(c -> tasks.searchAll(c, request));
    }

    @Override
    public Optional<Hit> task(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return call(c -> first(c, new TermQuery(new Term(Schema.TASK_ID, id)))
                .map(d -> StoredRecords.hit(d, List.of(), 0f)));
    }

    private static Optional<Document> first(OpenSearchCorpus c, Query q) {
        ObjectNode body = F.objectNode().put("size", 1);
        body.set("query", OpenSearchCorpus.dsl(q));
        List<Document> docs = OpenSearchCorpus.stored(c.search(body));
        return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
    }

    /** Tasks of other documents worded alike: {@code more_like_this} on the text's bigrams (no vectors here). */
    @Override
    public List<Hit> similar(String id, int limit) {
        Optional<Hit> task = task(id);
        if (task.isEmpty() || limit < 1) {
            return List.of();
        }
        Hit t = task.get();
        return call(c -> {
            ObjectNode body = F.objectNode().put("size", limit);
            ObjectNode bool = body.putObject("query").putObject("bool");
            ObjectNode mlt = bool.putArray("must").addObject().putObject("more_like_this");
            mlt.putArray("fields").add(Schema.TEXT_BIGRAMS);
            mlt.put("like", TaskDocuments.passage(t.title(), t.text())).put("min_term_freq", 1)
                    .put("min_doc_freq", 1).put("max_query_terms", SimilarTasks.QUERY_TERMS)
                    .put("minimum_should_match", 1);
            bool.putArray("filter").add(OpenSearchCorpus.dsl(DocumentRecords.TASKS));
            bool.putArray("must_not").addObject().putObject("term").put(Schema.DOC_ID, t.document().id());
            List<Hit> out = new ArrayList<>();
            OpenSearchCorpus.stored(c.search(body)).forEach(d -> out.add(StoredRecords.hit(d, List.of(), 0f)));
            return out;
        });
    }

    @Override
    public long snapshot() {
        return call(c -> (long) c.index().hashCode());
    }

    /** Asks the cluster which index the alias names (one small request), so {@code /health} tells it is down. */
    @Override
    public Counts counts() {
        return call(OpenSearchCorpus::counts, true);
    }

    /** Off: this engine runs the lexical search only (vectors are loaded when the k-NN plugin is there). */
    @Override
    public String semantic() {
        return Embeddings.Status.OFF.id();
    }

    @Override
    public DocumentList documents(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be positive: " + page + ", " + size);
        }
        return call(c -> {
            int total = c.counts().documents();
            ObjectNode body = F.objectNode().put("from", (page - 1) * size).put("size", size);
            body.set("query", OpenSearchCorpus.dsl(DocumentRecords.DOCUMENTS));
            body.set("sort", F.arrayNode().add(F.objectNode().put(Schema.SORT_DATE, "desc"))
                    .add(F.objectNode().put(Schema.SORT_DOC, "asc")));
            List<DocumentSummary> out = (page - 1L) * size >= total ? List.of()
                    : OpenSearchCorpus.stored(c.search(body)).stream().map(StoredRecords::summary).toList();
            return new DocumentList(total, page, size, out);
        });
    }

    @Override
    public Optional<DocumentDetail> document(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return call(c -> {
            Optional<Document> record = first(c, of(id, DocumentRecords.DOCUMENTS));
            if (record.isEmpty()) {
                return Optional.<DocumentDetail>empty();
            }
            List<Hit> hits = new ArrayList<>();
            for (JsonNode h : c.all(of(id, DocumentRecords.TASKS), new org.apache.lucene.search.Sort(
                    new org.apache.lucene.search.SortField(Schema.SORT_NO, org.apache.lucene.search.SortField.Type.INT),
                    new org.apache.lucene.search.SortField(Schema.SORT_DOC,
                            org.apache.lucene.search.SortField.Type.STRING)))) {
                hits.add(StoredRecords.hit(Fields.stored(h.path("_source")), List.of(), 0f));
            }
            Document d = record.get();
            return Optional.of(new DocumentDetail(StoredRecords.summary(d), List.copyOf(hits),
                    orEmpty(d.get(Schema.DOC_PREFACE)), orEmpty(d.get(Schema.DOC_CLOSING))));
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Query of(String id, Query kind) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.DOC_ID, id)), Occur.FILTER)
                .add(kind, Occur.FILTER).build();
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return call(c -> c.suggester().suggest(prefix, limit));
    }

    @Override
    public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
        String needle = contains == null ? "" : contains.strip().toLowerCase(Locale.ROOT);
        return call(c -> c.corpusFacet(FacetFilters.dim(dim)).stream()
                .filter(v -> v.value().toLowerCase(Locale.ROOT).contains(needle))
                .limit(Math.max(0, limit)).toList());
    }

    /** The index answering now (its versioned name). */
    public String index() {
        return call(OpenSearchCorpus::index);
    }

    @Override
    public void close() throws IOException {
        try {
            cluster.close();
        } finally {
            schema.close();
        }
    }
}
