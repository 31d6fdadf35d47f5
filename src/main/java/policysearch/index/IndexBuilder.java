package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;
import policysearch.model.Task;

/**
 * Writes an index of documents. A build writes a complete new commit over the same directory
 * (OpenMode.CREATE) and commits once at the end: readers already open keep their point-in-time view,
 * a SearcherManager refresh then swaps the new commit in atomically, and a failed build rolls back,
 * leaving the previous commit in place. Where the documents come from is the caller's business; the
 * fingerprint it passes is recorded so it can later tell whether the index is still current.
 */
public final class IndexBuilder {
    /** Indexing buffer before a segment is flushed. */
    static final double RAM_BUFFER_MB = 256;

    private final Schema schema;
    private final TaskVectors vectors;
    private final IndexStorage storage;

    /** A builder whose task vectors come from the schema's embedding model. */
    public IndexBuilder(Schema schema) {
        this(schema, TaskVectors.embedded(schema.embeddings()));
    }

    /** A builder with its own source of task vectors (the benchmark's synthetic vectors). */
    public IndexBuilder(Schema schema, TaskVectors vectors) {
        this(schema, vectors, IndexStorage.FILES);
    }

    /** A builder writing through {@code storage}, its vectors from the schema's embedding model. */
    public IndexBuilder(Schema schema, IndexStorage storage) {
        this(schema, TaskVectors.embedded(schema.embeddings()), storage);
    }

    private IndexBuilder(Schema schema, TaskVectors vectors, IndexStorage storage) {
        this.schema = schema;
        this.vectors = vectors;
        this.storage = storage;
    }

    /**
     * Indexes the outcomes of reading some files, in order, as they come (one file in memory at a time):
     * every document is indexed, every problem recorded in the summary, and a document id seen before made
     * unique (see {@link UniqueIds}) with a warning. Refuses a folder holding what is not an index of ours (see
     * {@link IndexFolder}); a failed write (a full disk, a read-only folder) commits nothing and says so.
     */
    public BuildSummary build(Stream<ParseOutcome> outcomes, Path index, String fingerprint) throws IOException {
        return write(index, fingerprint, outcomes.iterator());
    }

    /** Indexes documents already in memory (fixtures, the benchmark's corpus); the fingerprint is recorded as given. */
    public BuildSummary build(List<PolicyDocument> documents, Path index, String fingerprint) throws IOException {
        return build(documents.stream().map(d -> new ParseOutcome(d.source(), d, List.of())), index, fingerprint);
    }

    /** Indexes the outcomes into another engine's index through {@code sink} (see {@link RecordSink}). */
    public BuildSummary build(Stream<ParseOutcome> outcomes, RecordSink sink, String fingerprint) throws IOException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        try {
            addAll(sink, outcomes.iterator(), tally);
            sink.commit(tally.commitData(fingerprint, schema.vectorModel()));
        } catch (IOException | RuntimeException e) {
            try {
                sink.rollback();
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        return tally.summary(start);
    }

    /** As {@link #build(List, Path, String)}, into another engine's index through {@code sink}. */
    public BuildSummary build(List<PolicyDocument> documents, RecordSink sink, String fingerprint) throws IOException {
        return build(documents.stream().map(d -> new ParseOutcome(d.source(), d, List.of())), sink, fingerprint);
    }

    private BuildSummary write(Path index, String fingerprint, Iterator<ParseOutcome> outcomes) throws IOException {
        long start = System.nanoTime();
        IndexFolder.requireOurs(index);
        try {
            IndexFolder.claim(index);
        } catch (IOException e) {
            throw IndexFolder.writeFailed(index, e);
        }
        IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCodec(schema.codec())
                // fewer, larger segments: every merge rebuilds the HNSW graphs of the vectors it merges
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        Tally tally = new Tally();
        try (Directory dir = storage.open(index)) {
            IndexFolder.dropUnreadableCommits(dir);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                try {
                    addAll(new WriterSink(writer), outcomes, tally);
                    writer.setLiveCommitData(tally.commitData(fingerprint, schema.vectorModel()).entrySet());
                    writer.commit();
                } catch (IOException | RuntimeException e) {
                    try {
                        writer.rollback();
                    } catch (IOException | RuntimeException alsoFailed) {
                        e.addSuppressed(alsoFailed);
                    }
                    throw e;
                }
            } catch (IOException e) {
                IndexFolder.discardUncommitted(dir, e);
                throw e;
            }
        } catch (IOException e) {
            throw IndexFolder.writeFailed(index, e);
        }
        return tally.summary(start);
    }

    /** A Lucene index writer as a sink (commit and rollback are the build's own, see {@link #write}). */
    private record WriterSink(IndexWriter writer) implements RecordSink {
        @Override
        public void add(org.apache.lucene.document.Document record) throws IOException {
            writer.addDocument(record);
        }

        @Override
        public void commit(Map<String, String> meta) throws IOException {
            writer.setLiveCommitData(meta.entrySet());
            writer.commit();
        }

        @Override
        public void rollback() throws IOException {
            writer.rollback();
        }
    }

    /** What a build has added so far. */
    private static final class Tally {
        final List<Problem> problems = new ArrayList<>();
        final List<FileReport> reports = new ArrayList<>();
        int files;
        int documents;
        int tasks;
        int vectors;

        /** The build's summary, timed from {@code start} (System.nanoTime). */
        BuildSummary summary(long start) {
            return new BuildSummary(files, documents, tasks, problems, (System.nanoTime() - start) / 1_000_000,
                    reports);
        }

        /** The commit's user data: schema version, fingerprint, counts, the vectors' model. */
        Map<String, String> commitData(String fingerprint, String vectorModel) {
            Map<String, String> meta = new HashMap<>();
            meta.put(Schema.META_SCHEMA, Integer.toString(Schema.SCHEMA_VERSION));
            meta.put(Schema.META_FINGERPRINT, fingerprint);
            meta.put(Schema.META_DOCUMENTS, Integer.toString(documents));
            meta.put(Schema.META_TASKS, Integer.toString(tasks));
            meta.put(Schema.META_VECTORS, vectors == tasks ? vectorModel : Schema.NO_VECTORS);
            return meta;
        }
    }

    /** Adds every outcome's document (a summary record, then its tasks) and records every file's report. */
    private void addAll(RecordSink sink, Iterator<ParseOutcome> outcomes, Tally tally) throws IOException {
        UniqueIds ids = new UniqueIds();
        TaskDocuments docs = new TaskDocuments(schema);
        while (outcomes.hasNext()) {
            ParseOutcome outcome = ids.admit(outcomes.next());
            tally.files++;
            tally.problems.addAll(outcome.problems());
            tally.reports.add(FileReport.of(outcome));
            if (!outcome.ok()) {
                continue;
            }
            PolicyDocument doc = outcome.document();
            sink.add(docs.summary(doc));
            List<float[]> v = vectors.of(doc).orElse(null);
            int n = doc.tasks().size();
            for (int i = 0; i < n; i++) {
                sink.add(docs.task(doc, doc.tasks().get(i),
                        v == null ? null : v.get(i), v == null ? null : v.get(n + i)));
                tally.vectors += v == null ? 0 : 1;
            }
            tally.documents++;
            tally.tasks += n;
        }
    }
}
