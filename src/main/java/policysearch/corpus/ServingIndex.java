package policysearch.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import policysearch.embed.Embeddings;
import policysearch.index.BuildSummary;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.Synonyms;

/**
 * The index a server holds open over a seeds directory: built first when missing or stale, rebuilt from the
 * seeds and swapped in while serving (searches in flight finish on their snapshot). One schema, so the
 * analyzers are loaded once for searching and every rebuild.
 */
public final class ServingIndex implements Closeable {
    private final SeedCorpus corpus;
    private final Schema schema;
    private final LuceneSearchService service;
    private volatile BuildSummary lastBuild;

    private ServingIndex(SeedCorpus corpus, Schema schema, LuceneSearchService service, BuildSummary built) {
        this.corpus = corpus;
        this.schema = schema;
        this.service = service;
        this.lastBuild = built;
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

    private static ServingIndex open(SeedCorpus corpus, boolean ensureFresh, Embeddings embeddings)
            throws IOException {
        Schema schema = new Schema(embeddings);
        try {
            BuildSummary built = ensureFresh ? corpus.ensureFresh(schema).orElse(null) : null;
            LuceneSearchService service = LuceneSearchService.open(corpus.index(), schema, Synonyms.standard());
            return new ServingIndex(corpus, schema, service, built);
        } catch (IOException | RuntimeException e) {
            schema.close();
            throw e;
        }
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

    /** Rebuilds the index from the seeds, then swaps it in; one rebuild at a time. */
    public synchronized BuildSummary rebuild() throws IOException {
        BuildSummary summary = corpus.build(schema);
        service.refresh();
        lastBuild = summary;
        return summary;
    }

    /** Picks up a commit another process wrote to the index directory; true when a new snapshot is now in use. */
    public boolean refresh() throws IOException {
        return service.refresh();
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } finally {
            schema.close();
        }
    }
}
