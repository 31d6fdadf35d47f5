package policysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import policysearch.ingest.ParseOutcome;
import policysearch.ingest.Problem;
import policysearch.ingest.SeedReader;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * Builds the index of a seeds directory. A build writes a complete new commit over the same directory
 * (OpenMode.CREATE) and commits once at the end: readers already open keep their point-in-time view,
 * a SearcherManager refresh then swaps the new commit in atomically, and a failed build rolls back,
 * leaving the previous commit in place.
 */
public final class IndexBuilder {
    /** Above this many seed files the command line shows a progress bar. */
    static final int PROGRESS_THRESHOLD = 50;

    private final Schema schema;
    private final SeedReader reader;

    public IndexBuilder(Schema schema, SeedReader reader) {
        this.schema = schema;
        this.reader = reader;
    }

    /** A builder with the standard seed reader. */
    public static IndexBuilder standard(Schema schema) {
        return new IndexBuilder(schema, SeedReader.standard());
    }

    /** Whether the index in {@code index} is usable for {@code seeds} as is. */
    public static Freshness freshness(Path seeds, Path index) throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new IOException("seeds directory not found: " + seeds);
        }
        Optional<Map<String, String>> meta = IndexMetadata.read(index);
        if (meta.isEmpty()) {
            return Freshness.MISSING;
        }
        if (!Integer.toString(Schema.SCHEMA_VERSION).equals(meta.get().get(Schema.META_SCHEMA))) {
            return Freshness.SCHEMA_CHANGED;
        }
        if (!SeedFingerprint.of(seeds).equals(meta.get().get(Schema.META_FINGERPRINT))) {
            return Freshness.SEEDS_CHANGED;
        }
        return Freshness.FRESH;
    }

    /** Builds the index unless it is fresh; returns the build summary when it built. */
    public Optional<BuildSummary> ensureFresh(Path seeds, Path index) throws IOException {
        if (freshness(seeds, index) == Freshness.FRESH) {
            return Optional.empty();
        }
        return Optional.of(build(seeds, index));
    }

    /** Parses every seed file and writes a new commit of the index; bad files are reported, not fatal. */
    public BuildSummary build(Path seeds, Path index) throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new IOException("seeds directory not found: " + seeds);
        }
        String fingerprint = SeedFingerprint.of(seeds);
        List<Path> files = SeedReader.seedFiles(seeds);
        try (ProgressBar bar = files.size() > PROGRESS_THRESHOLD ? new ProgressBar("Indexing", files.size()) : null) {
            Iterator<ParseOutcome> outcomes = files.stream().map(f -> {
                ParseOutcome o = reader.read(f);
                if (bar != null) {
                    bar.step();
                }
                return o;
            }).iterator();
            return write(index, fingerprint, files.size(), outcomes);
        }
    }

    /** Indexes documents already in memory (fixtures, tools); the fingerprint is recorded as given. */
    public BuildSummary build(List<PolicyDocument> documents, Path index, String fingerprint) throws IOException {
        return write(index, fingerprint, documents.size(),
                documents.stream().map(d -> new ParseOutcome(d.source(), d, List.of())).iterator());
    }

    private BuildSummary write(Path index, String fingerprint, int files, Iterator<ParseOutcome> outcomes)
            throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(index);
        List<Problem> problems = new ArrayList<>();
        int documents = 0;
        int tasks = 0;
        TaskDocuments docs = new TaskDocuments(schema);
        IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (Directory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                while (outcomes.hasNext()) {
                    ParseOutcome outcome = outcomes.next();
                    problems.addAll(outcome.problems());
                    if (outcome.ok()) {
                        PolicyDocument doc = outcome.document();
                        writer.addDocument(docs.summary(doc));
                        for (Task t : doc.tasks()) {
                            writer.addDocument(docs.task(doc, t));
                        }
                        documents++;
                        tasks += doc.tasks().size();
                    }
                }
                Map<String, String> meta = new HashMap<>();
                meta.put(Schema.META_SCHEMA, Integer.toString(Schema.SCHEMA_VERSION));
                meta.put(Schema.META_FINGERPRINT, fingerprint);
                meta.put(Schema.META_DOCUMENTS, Integer.toString(documents));
                meta.put(Schema.META_TASKS, Integer.toString(tasks));
                writer.setLiveCommitData(meta.entrySet());
                writer.commit();
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
        return new BuildSummary(files, documents, tasks, problems, (System.nanoTime() - start) / 1_000_000);
    }
}
