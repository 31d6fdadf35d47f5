package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import policysearch.index.BuildSummary;
import policysearch.index.Freshness;
import policysearch.index.IndexBuilder;
import policysearch.index.IndexMetadata;
import policysearch.index.IndexStorage;
import policysearch.index.RecordSink;
import policysearch.index.Schema;
import policysearch.index.TaskVectors;
import policysearch.ingest.SeedReader;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;

/** A seeds directory and the index built from it: whether the index is current, and building it from the seeds. */
public final class SeedCorpus {
    /** Above this many seed files a build shows a progress bar. */
    static final int PROGRESS_THRESHOLD = 50;
    /**
     * Texts a build embeds inline, at most: with more not yet in the vector cache, it indexes without vectors first
     * (searchable at once) and the texts are embedded afterwards ({@link #embedMissing}), then built again.
     */
    public static final int EMBED_BUDGET = 2_000;
    /** Texts embedded per call to the model while embedding afterwards (progress is counted per batch). */
    static final int EMBED_BATCH = 64;

    private final Path seeds;
    private final Path index;
    private final IndexStorage storage;
    private final int embedBudget;
    private final ParseCache parses = new ParseCache(SeedReader.standard());

    public SeedCorpus(Path seeds, Path index) {
        this(seeds, index, IndexStorage.FILES);
    }

    /** A corpus whose builds write through {@code storage} (a failing disk, in tests). */
    public SeedCorpus(Path seeds, Path index, IndexStorage storage) {
        this(seeds, index, storage, EMBED_BUDGET);
    }

    /** A corpus that embeds at most {@code embedBudget} texts inline in a build (see {@link #EMBED_BUDGET}). */
    public SeedCorpus(Path seeds, Path index, IndexStorage storage, int embedBudget) {
        if (embedBudget < 0) {
            throw new IllegalArgumentException("embedding budget must not be negative: " + embedBudget);
        }
        this.seeds = seeds;
        this.index = index;
        this.storage = storage;
        this.embedBudget = embedBudget;
    }

    /** The seeds directory. */
    public Path seeds() {
        return seeds;
    }

    /** The index directory. */
    public Path index() {
        return index;
    }

    /** True when the seeds directory exists (a server may run on an index whose seeds are elsewhere). */
    public boolean hasSeeds() {
        return Files.isDirectory(seeds);
    }

    /** True when the index directory holds a commit, readable or not. */
    public boolean hasIndex() throws IOException {
        return IndexMetadata.exists(index);
    }

    /** Whether the index is usable as is for the seeds: missing, damaged, of another schema, stale, or fresh. */
    public Freshness freshness() throws IOException {
        requireSeeds();
        return IndexMetadata.freshness(index, SeedFingerprint.of(seeds));
    }

    /**
     * Builds the index unless it is fresh; returns the build summary when it built. A fresh index without the
     * vectors {@code schema} would write is rebuilt when they can be embedded inline, else kept as it is until
     * they are embedded afterwards ({@link #needsVectors}).
     */
    public Optional<BuildSummary> ensureFresh(Schema schema) throws IOException {
        if (freshness() == Freshness.FRESH
                && (hasVectorsOf(schema) || overBudget(schema, SeedReader.seedFiles(seeds)))) {
            return Optional.empty();
        }
        return Optional.of(build(schema));
    }

    /**
     * True when the index lacks the vectors {@code schema} would write (built while the model was off, or built
     * without them to be searchable before they were embedded): {@link #embedMissing}, then build again.
     */
    public boolean needsVectors(Schema schema) throws IOException {
        return hasSeeds() && hasIndex() && !hasVectorsOf(schema);
    }

    /**
     * Whether the index holds the passage vectors {@code schema} would write: an index built while the model was
     * off is rebuilt once it is on; one built with vectors is kept when the model is off (queries go lexical).
     */
    private boolean hasVectorsOf(Schema schema) throws IOException {
        Optional<String> recorded = IndexMetadata.read(index).map(m -> m.get(Schema.META_VECTORS));
        if (recorded.isPresent() && recorded.equals(schema.embeddings().expectedModelId())) {
            return true; // the vectors of the model about to load: no need to wait for it
        }
        String want = schema.vectorModel();
        return want.equals(Schema.NO_VECTORS)
                || IndexMetadata.read(index).map(m -> want.equals(m.get(Schema.META_VECTORS))).orElse(false);
    }

    /**
     * Parses every seed file (in file name order) and writes a new commit of the index; a bad file is reported
     * in the summary, never fatal. Files are read one at a time as they are indexed; a file this corpus parsed
     * before and that has not changed since is not parsed again. When more than the embedding budget of texts are
     * not yet in the vector cache, the commit holds no vectors ({@link BuildSummary#vectorsDeferred()}): embed
     * them with {@link #embedMissing}, then build again.
     */
    public synchronized BuildSummary build(Schema schema) throws IOException {
        return build((builder, outcomes, fingerprint) -> builder.build(outcomes, index, fingerprint), schema, true);
    }

    /**
     * As {@link #build(Schema)}, into another engine's index through {@code sink} (the index directory unused);
     * vectors are embedded inline, whatever their number.
     */
    public synchronized BuildSummary build(Schema schema, RecordSink sink) throws IOException {
        return build((builder, outcomes, fingerprint) -> builder.build(outcomes, sink, fingerprint), schema, false);
    }

    private interface Target {
        BuildSummary write(IndexBuilder builder, Stream<ParseOutcome> outcomes, String fingerprint) throws IOException;
    }

    private BuildSummary build(Target target, Schema schema, boolean mayDefer) throws IOException {
        requireSeeds();
        String fingerprint = SeedFingerprint.of(seeds);
        List<Path> files = SeedReader.seedFiles(seeds);
        parses.startBuild(files);
        boolean defer = mayDefer && overBudget(schema, files);
        IndexBuilder builder = new IndexBuilder(schema,
                defer ? TaskVectors.NONE : TaskVectors.embedded(schema.embeddings()), storage);
        BuildSummary built;
        try (ProgressBar bar = files.size() > PROGRESS_THRESHOLD ? new ProgressBar("Indexing", files.size()) : null) {
            built = target.write(builder, files.stream().map(f -> {
                ParseOutcome o = parses.read(f);
                if (bar != null) {
                    bar.step();
                }
                return o;
            }), fingerprint);
        }
        return defer ? built.withVectorsDeferred() : built;
    }

    /**
     * Whether more than the budget of the seeds' texts are missing from the vector cache, so a build would wait on
     * the model (about 30 texts a second per core): the files are read (and kept, see {@link ParseCache}) until the
     * budget is passed, so a large first build stops counting early.
     */
    private boolean overBudget(Schema schema, List<Path> files) {
        if (schema.vectorModel().equals(Schema.NO_VECTORS)) {
            return false;
        }
        Set<String> missing = new HashSet<>();
        for (Path f : files) {
            ParseOutcome o = parses.read(f);
            if (o.ok()) {
                for (String text : TaskVectors.texts(o.document())) {
                    if (!schema.embeddings().cached(text) && missing.add(text) && missing.size() > embedBudget) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Embeds every text of the seeds whose vector is not yet cached, {@link #EMBED_BATCH} at a time on every core,
     * counting them into {@code progress}: a build afterwards finds all its vectors in the cache. Stops early,
     * leaving the rest for later, when the thread is interrupted; fails when the model does.
     */
    public void embedMissing(Schema schema, EmbeddingProgress progress) throws IOException {
        requireSeeds();
        Set<String> missing = new LinkedHashSet<>();
        for (Path f : SeedReader.seedFiles(seeds)) {
            ParseOutcome o = parses.read(f);
            if (o.ok()) {
                TaskVectors.texts(o.document()).stream().filter(t -> !schema.embeddings().cached(t))
                        .forEach(missing::add);
            }
        }
        progress.start(missing.size());
        List<String> batch = new ArrayList<>(EMBED_BATCH);
        Iterator<String> texts = missing.iterator();
        while (texts.hasNext() && !Thread.currentThread().isInterrupted()) {
            batch.add(texts.next());
            if (batch.size() == EMBED_BATCH || !texts.hasNext()) {
                if (schema.embeddings().passages(batch).isEmpty()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    throw new IOException("embedding the seeds' texts failed (the model is off or refused a text)");
                }
                progress.add(batch.size());
                batch.clear();
            }
        }
    }

    /** How many files the last build parsed; the others were unchanged and came from earlier parses. */
    public int lastParsed() {
        return parses.parsed();
    }

    /** Every document the seeds in {@code dir} yield, in file name order; files that yield none are skipped. */
    public static List<PolicyDocument> documents(Path dir) throws IOException {
        return SeedReader.standard().readAll(dir).stream().filter(ParseOutcome::ok).map(ParseOutcome::document)
                .toList();
    }

    private void requireSeeds() throws IOException {
        if (!hasSeeds()) {
            throw new IOException("seeds directory not found: " + seeds);
        }
    }
}
