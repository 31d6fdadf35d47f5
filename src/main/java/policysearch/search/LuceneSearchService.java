package policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import policysearch.embed.Embeddings;
import policysearch.index.DamagedIndexException;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.model.Ids;

/**
 * The search service over one index directory: opened once, one shared SearcherManager. After the index
 * directory gets a new commit (see {@link IndexBuilder}), {@link #refresh()} swaps it in atomically;
 * searches already running finish on the snapshot they started with.
 */
public final class LuceneSearchService implements SearchService {
    private final Path dir;
    private final Directory directory;
    private final Schema schema;
    private final boolean ownsSchema;
    private final SearcherManager manager;
    private final TaskSearch tasks;
    private final SimilarTasks similar;
    private final SearchDeadline deadline;
    private volatile Supplier<Optional<EmbeddingState>> embedding = Optional::empty;

    private LuceneSearchService(Path dir, Schema schema, boolean ownsSchema, Synonyms synonyms,
                                Duration searchBudget) throws IOException {
        this.dir = dir;
        this.schema = schema;
        this.ownsSchema = ownsSchema;
        this.directory = FSDirectory.open(dir);
        this.deadline = new SearchDeadline(searchBudget);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index at " + dir + "; build it with: policy-search index --index " + dir);
            }
            // every snapshot, refreshes included, reads through the deadline's wrapper
            this.manager = new SearcherManager(new BudgetedReader(DirectoryReader.open(directory), deadline),
                    Snapshot.factory(schema, synonyms, dir));
        } catch (IOException e) {
            directory.close();
            throw DamagedIndexException.of(dir, e);
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
        this.tasks = new TaskSearch(schema, synonyms);
        this.similar = new SimilarTasks(schema);
    }

    /** Opens the index in {@code indexDir} with its own schema and the bundled synonym dictionary. */
    public static LuceneSearchService open(Path indexDir) throws IOException {
        return open(indexDir, SearchDeadline.DEFAULT);
    }

    /** As {@link #open(Path)}, each search collecting hits for at most {@code searchBudget}. */
    public static LuceneSearchService open(Path indexDir, Duration searchBudget) throws IOException {
        Schema schema = new Schema();
        try {
            return new LuceneSearchService(indexDir, schema, true, Synonyms.standard(), searchBudget);
        } catch (IOException | RuntimeException e) {
            schema.close();
            throw e;
        }
    }

    /** Opens the index sharing an existing schema (and its analyzers) with an {@link IndexBuilder}. */
    public static LuceneSearchService open(Path indexDir, Schema schema, Synonyms synonyms) throws IOException {
        return open(indexDir, schema, synonyms, SearchDeadline.DEFAULT);
    }

    /** As {@link #open(Path, Schema, Synonyms)}, each search collecting hits for at most {@code searchBudget}. */
    public static LuceneSearchService open(Path indexDir, Schema schema, Synonyms synonyms, Duration searchBudget)
            throws IOException {
        return new LuceneSearchService(indexDir, schema, false, synonyms, searchBudget);
    }

    /**
     * Picks up the latest commit of the index directory; true when a new snapshot is now in use. A commit that
     * cannot be opened (damaged, another schema) throws and the snapshot in use stays.
     */
    public boolean refresh() throws IOException {
        Object before = withSnapshot(Snapshot::getIndexReader);
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw DamagedIndexException.of(dir, e);
        }
        return withSnapshot(Snapshot::getIndexReader) != before;
    }

    /** Number of task records in the current snapshot. */
    public int taskCount() {
        return counts().tasks();
    }

    @Override
    public Counts counts() {
        return withSnapshot(Snapshot::counts);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        try {
            return deadline.run(() -> withSnapshot(s -> tasks.search(s, request)));
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            return TaskSearch.outOfTime(request);
        }
    }

    /** A search whose related tasks pass {@code relatedThreshold} instead of the calibrated one (evaluation). */
    SearchResult search(SearchRequest request, float relatedThreshold) {
        return withSnapshot(s -> tasks.search(s, request, relatedThreshold));
    }

    @Override
    public List<Hit> searchAll(SearchRequest request) {
        return withSnapshot(s -> tasks.searchAll(s, request));
    }

    @Override
    public Optional<Hit> task(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return withSnapshot(s -> {
            TermQuery q = new TermQuery(new Term(Schema.TASK_ID, id));
            ScoreDoc[] docs = s.search(q, 1).scoreDocs;
            return docs.length == 0 ? Optional.<Hit>empty()
                    : Optional.of(StoredRecords.hit(s.storedFields().document(docs[0].doc), List.of(), 0f));
        });
    }

    @Override
    public List<Hit> similar(String id, int limit) {
        Optional<Hit> task = task(id);
        if (task.isEmpty() || limit < 1) {
            return List.of();
        }
        return withSnapshot(s -> similar.similar(s, task.get(), limit));
    }

    @Override
    public long snapshot() {
        return withSnapshot(s -> s.getIndexReader() instanceof DirectoryReader dr ? dr.getVersion() : 0L);
    }

    /**
     * As the default, whether the index's words were embedded (a query's words then reach their neighbours), and how
     * many query embeddings have failed (an answer given while one failed lacks its related tasks).
     */
    @Override
    public Object answerState() {
        return List.of(snapshot(), semantic(), withSnapshot(Snapshot::neighboursReady),
                schema.embeddings().failures());
    }

    /** Where {@link #embedding()} is read from: the owner embedding the vectors this index lacks. */
    public void embeddingFrom(Supplier<Optional<EmbeddingState>> state) {
        this.embedding = state;
    }

    @Override
    public Optional<EmbeddingState> embedding() {
        return embedding.get();
    }

    @Override
    public String semantic() {
        Embeddings.Status status = schema.embeddings().status();
        if (status == Embeddings.Status.ON && !withSnapshot(Snapshot::hasVectors)) {
            return Embeddings.Status.OFF.id(); // the index was built without vectors
        }
        return status.id();
    }

    @Override
    public DocumentList documents(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be positive: " + page + ", " + size);
        }
        return withSnapshot(s -> DocumentRecords.page(s, page, size));
    }

    @Override
    public Optional<DocumentDetail> document(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return withSnapshot(s -> DocumentRecords.detail(s, id));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return withSnapshot(s -> s.suggester().suggest(prefix, limit));
    }

    @Override
    public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
        String needle = contains == null ? "" : contains.strip().toLowerCase(Locale.ROOT);
        return withSnapshot(s -> s.corpusFacet(FacetFilters.dim(dim)).stream()
                .filter(v -> v.value().toLowerCase(Locale.ROOT).contains(needle))
                .limit(Math.max(0, limit)).toList());
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
            directory.close();
        } finally {
            if (ownsSchema) {
                schema.close();
            }
        }
    }

    private interface SnapshotCall<T> {
        T apply(Snapshot s) throws IOException;
    }

    private <T> T withSnapshot(SnapshotCall<T> call) {
        try {
            Snapshot s = (Snapshot) manager.acquire();
            try {
                return call.apply(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading index " + dir + " failed", e);
        }
    }
}
