package policysearch.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.embed.Embeddings;
import policysearch.index.BuildSummary;
import policysearch.index.DamagedIndexException;
import policysearch.index.Schema;
import policysearch.search.EmbeddingState;
import policysearch.search.LuceneSearchService;
import policysearch.search.Synonyms;

/**
 * The index a server holds open over a seeds directory: built first when missing or stale, rebuilt from the
 * seeds and swapped in while serving (searches in flight finish on their snapshot). One schema, so the
 * analyzers are loaded once for searching and every rebuild. An index built without vectors because too many texts
 * were not yet embedded (see {@link SeedCorpus#build}) is served lexical at once while a background thread embeds
 * them; then it is rebuilt (every vector a cache hit) and swapped in, and related lists appear.
 */
public final class ServingIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ServingIndex.class);
    private final SeedCorpus corpus;
    private final Schema schema;
    private final LuceneSearchService service;
    private volatile BuildSummary lastBuild;
    private final String warning;
    private final ExecutorService afterwards = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "embed-afterwards");
        t.setDaemon(true);
        return t;
    });
    /** The embedding under way or last done (set under the lock). */
    private volatile Future<?> embedding;
    private volatile EmbeddingProgress progress;
    private boolean closed;

    private ServingIndex(SeedCorpus corpus, Schema schema, LuceneSearchService service, BuildSummary built,
                         String warning) {
        this.corpus = corpus;
        this.schema = schema;
        this.service = service;
        this.lastBuild = built;
        this.warning = warning;
        service.embeddingFrom(this::embeddingState);
    }

    /** The embedding under way, as {@code /health} tells it. */
    private Optional<EmbeddingState> embeddingState() {
        Future<?> f = embedding;
        EmbeddingProgress p = progress;
        return f == null || f.isDone() || p == null ? Optional.empty()
                : Optional.of(new EmbeddingState(p.done(), p.total()));
    }

    /**
     * What {@code serve} calls: builds the index from the seeds when it is missing or stale (seeds, parser or
     * schema changed), then opens it. {@link #lastBuild()} tells whether (and what) it built.
     */
    public static ServingIndex openFresh(SeedCorpus corpus) throws IOException {
        return open(corpus, true, Embeddings.off());
    }

    /** As {@link #openFresh(SeedCorpus)}, with semantic vectors from {@code embeddings} (owned by the caller). */
    public static ServingIndex openFresh(SeedCorpus corpus, Embeddings embeddings) throws IOException {
        return open(corpus, true, embeddings);
    }

    /** Opens the index as it is, without looking at the seeds (when they are not at hand). */
    public static ServingIndex openAsIs(SeedCorpus corpus, Embeddings embeddings) throws IOException {
        return open(corpus, false, embeddings);
    }

    /**
     * Opens the index, building it first when {@code ensureFresh} and it is not fresh. A build that fails (a full
     * disk, a read-only folder) leaves the index that was there served as it is, with a {@link #warning()}; an
     * index found damaged on opening is rebuilt from the seeds.
     */
    private static ServingIndex open(SeedCorpus corpus, boolean ensureFresh, Embeddings embeddings)
            throws IOException {
        Schema schema = new Schema(embeddings);
        try {
            if (!ensureFresh) {
                return new ServingIndex(corpus, schema, service(corpus, schema), null, null);
            }
            BuildSummary built;
            try {
                built = corpus.ensureFresh(schema).orElse(null);
            } catch (IOException e) {
                return stale(corpus, schema, e);
            }
            ServingIndex served;
            try {
                served = new ServingIndex(corpus, schema, service(corpus, schema), built, null);
            } catch (DamagedIndexException e) {
                if (built != null) {
                    throw e;
                }
                BuildSummary rebuilt = corpus.build(schema);
                served = new ServingIndex(corpus, schema, service(corpus, schema), rebuilt,
                        e.getMessage() + ": rebuilt from the seeds");
            }
            served.embedAfterwards();
            return served;
        } catch (IOException | RuntimeException e) {
            schema.close();
            throw e;
        }
    }

    /** The index as it is after {@code buildFailed}, with a warning; {@code buildFailed} itself when it will not open. */
    private static ServingIndex stale(SeedCorpus corpus, Schema schema, IOException buildFailed) throws IOException {
        if (!corpus.hasIndex()) {
            throw buildFailed;
        }
        try {
            return new ServingIndex(corpus, schema, service(corpus, schema), null,
                    buildFailed.getMessage() + "; serving the index that was there, as it is");
        } catch (IOException notServable) {
            buildFailed.addSuppressed(notServable);
            throw buildFailed;
        }
    }

    private static LuceneSearchService service(SeedCorpus corpus, Schema schema) throws IOException {
        return LuceneSearchService.open(corpus.index(), schema, Synonyms.standard());
    }

    /** What went wrong on opening and how it was got round (an index rebuilt, or served stale), if anything. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The seeds and index directories served. */
    public SeedCorpus corpus() {
        return corpus;
    }

    /** The search service over the index (the same one for the life of this object). */
    public LuceneSearchService service() {
        return service;
    }

    /** The summary of the last build this object made ({@link #openFresh} or {@link #rebuild}), if any. */
    public Optional<BuildSummary> lastBuild() {
        return Optional.ofNullable(lastBuild);
    }

    /**
     * Rebuilds the index from the seeds, then swaps it in; one rebuild at a time. A build that fails commits
     * nothing and a commit that cannot be opened is not swapped in: either way the snapshot in use stays.
     */
    public synchronized BuildSummary rebuild() throws IOException {
        if (closed) {
            throw new IOException("the index is closed");
        }
        BuildSummary summary = corpus.build(schema);
        service.refresh();
        lastBuild = summary;
        if (summary.vectorsDeferred()) {
            embedAfterwards();
        }
        return summary;
    }

    /**
     * How far the embedding of the texts the served index lacked vectors for has gone; empty when none was needed
     * since this object opened the index.
     */
    public Optional<EmbeddingProgress> embedding() {
        return Optional.ofNullable(progress);
    }

    /** Waits up to {@code millis} for the embedding under way (and the rebuild after it) to end; false if it has not. */
    public boolean awaitEmbedding(long millis) throws InterruptedException {
        Future<?> f;
        synchronized (this) {
            f = embedding;
        }
        if (f == null) {
            return true;
        }
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /**
     * When the index lacks the vectors the schema would write and the seeds are at hand, starts embedding the
     * missing texts on a background thread, then rebuilding with them (again, should the seeds have grown
     * meanwhile), unless that is already under way. Searches go on, lexical, meanwhile.
     */
    private synchronized void embedAfterwards() throws IOException {
        if (closed || (embedding != null && !embedding.isDone()) || !corpus.needsVectors(schema)) {
            return;
        }
        EmbeddingProgress p = new EmbeddingProgress();
        progress = p;
        LOG.info("The index has no vectors yet: searchable now without related lists, while the texts missing from"
                + " the vector cache are embedded in the background");
        embedding = afterwards.submit(() -> {
            long start = System.nanoTime();
            try {
                while (corpus.needsVectors(schema) && !Thread.currentThread().isInterrupted()) {
                    corpus.embedMissing(schema, p);
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    LOG.info("Embedded {} texts in {} s; indexing again with vectors", p.done(),
                            (System.nanoTime() - start) / 1_000_000_000);
                    BuildSummary s = rebuild();
                    LOG.info("Indexed {} tasks with vectors in {} ms: related lists on", s.tasks(), s.tookMs());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Embedding afterwards stopped, serving the index without vectors: {}", e.getMessage());
            }
        });
    }

    /** Picks up a commit another process wrote to the index directory; true when a new snapshot is now in use. */
    public boolean refresh() throws IOException {
        return service.refresh();
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true; // a rebuild under way finishes first; none starts after
        }
        afterwards.shutdownNow();
        try {
            service.close();
        } finally {
            schema.close();
        }
    }
}
