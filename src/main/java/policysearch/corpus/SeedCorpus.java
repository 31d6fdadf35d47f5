package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import policysearch.index.BuildSummary;
import policysearch.index.Freshness;
import policysearch.index.IndexBuilder;
import policysearch.index.IndexMetadata;
import policysearch.index.IndexStorage;
import policysearch.index.RecordSink;
import policysearch.index.Schema;
import policysearch.ingest.SeedReader;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;

/** A seeds directory and the index built from it: whether the index is current, and building it from the seeds. */
public final class SeedCorpus {
    /** Above this many seed files a build shows a progress bar. */
    static final int PROGRESS_THRESHOLD = 50;

    private final Path seeds;
    private final Path index;
    private final IndexStorage storage;
    private final ParseCache parses = new ParseCache(SeedReader.standard());

    public SeedCorpus(Path seeds, Path index) {
        this(seeds, index, IndexStorage.FILES);
    }

    /** A corpus whose builds write through {@code storage} (a failing disk, in tests). */
    public SeedCorpus(Path seeds, Path index, IndexStorage storage) {
        this.seeds = seeds;
        this.index = index;
        this.storage = storage;
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

    /** Builds the index unless it is fresh; returns the build summary when it built. */
    public Optional<BuildSummary> ensureFresh(Schema schema) throws IOException {
        if (freshness() == Freshness.FRESH && hasVectorsOf(schema)) {
            return Optional.empty();
        }
        return Optional.of(build(schema));
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
     * before and that has not changed since is not parsed again.
     */
    public synchronized BuildSummary build(Schema schema) throws IOException {
        return build((builder, outcomes, fingerprint) -> builder.build(outcomes, index, fingerprint), schema);
    }

    /** As {@link #build(Schema)}, into another engine's index through {@code sink} (the index directory unused). */
    public synchronized BuildSummary build(Schema schema, RecordSink sink) throws IOException {
        return build((builder, outcomes, fingerprint) -> builder.build(outcomes, sink, fingerprint), schema);
    }

    private interface Target {
        BuildSummary write(IndexBuilder builder, Stream<ParseOutcome> outcomes, String fingerprint) throws IOException;
    }

    private BuildSummary build(Target target, Schema schema) throws IOException {
        requireSeeds();
        String fingerprint = SeedFingerprint.of(seeds);
        List<Path> files = SeedReader.seedFiles(seeds);
        parses.startBuild(files);
        try (ProgressBar bar = files.size() > PROGRESS_THRESHOLD ? new ProgressBar("Indexing", files.size()) : null) {
            return target.write(new IndexBuilder(schema, storage), files.stream().map(f -> {
                ParseOutcome o = parses.read(f);
                if (bar != null) {
                    bar.step();
                }
                return o;
            }), fingerprint);
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
