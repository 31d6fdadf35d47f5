package policysearch.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import policysearch.embed.Embeddings;
import policysearch.index.BuildSummary;
import policysearch.index.DamagedIndexException;
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
    private final String warning;

    private ServingIndex(SeedCorpus corpus, Schema schema, LuceneSearchService service, BuildSummary built,
                         String warning) {
        this.corpus = corpus;
        this.schema = schema;
        this.service = service;
        this.lastBuild = built;
        this.warning = warning;
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
            try {
                return new ServingIndex(corpus, schema, service(corpus, schema), built, null);
            } catch (DamagedIndexException e) {
                if (built != null) {
                    throw e;
                }
                BuildSummary rebuilt = corpus.build(schema);
                return new ServingIndex(corpus, schema, service(corpus, schema), rebuilt,
                        e.getMessage() + ": rebuilt from the seeds");
            }
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
