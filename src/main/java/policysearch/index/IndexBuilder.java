package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;

/**
 * Writes an index of documents. A build writes a complete new commit over the same directory
 * (OpenMode.CREATE) and commits once at the end: readers already open keep their point-in-time view,
 * a SearcherManager refresh then swaps the new commit in atomically, and a failed build rolls back,
 * leaving the previous commit in place. Where the documents come from is the caller's business; the
 * fingerprint it passes is recorded so it can later tell whether the index is still current. Documents are added on
 * every core by default (see {@link #threads(int)}); the result does not depend on how many.
 */
public final class IndexBuilder {
    /** Indexing buffer before a segment is flushed. */
    static final double RAM_BUFFER_MB = 256;
    /** Records up to which a build is merged into one segment (merging rebuilds the vector graphs: cheap here). */
    static final int ONE_SEGMENT_UP_TO = 2_000;

    private final Schema schema;
    private final TaskVectors vectors;
    private final IndexStorage storage;
    private final int threads;

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

    /** A builder writing through {@code storage}, its vectors from {@code vectors}. */
    public IndexBuilder(Schema schema, TaskVectors vectors, IndexStorage storage) {
        this(schema, vectors, storage, Runtime.getRuntime().availableProcessors());
    }

    private IndexBuilder(Schema schema, TaskVectors vectors, IndexStorage storage, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("indexing threads must be at least 1: " + threads);
        }
        this.schema = schema;
        this.vectors = vectors;
        this.storage = storage;
        this.threads = threads;
    }

    /**
     * This builder adding documents on {@code threads} threads into a Lucene index (default: one per core). The
     * input is still read on the calling thread, in order; a build through a {@link RecordSink} stays on it, as
     * a sink need not be thread-safe and records its load order.
     */
    public IndexBuilder threads(int threads) {
        return new IndexBuilder(schema, vectors, storage, threads);
    }

    /** The number of threads documents are added on. */
    public int threads() {
        return threads;
    }

    /**
     * Indexes the outcomes of reading some files, in order, as they come (a file per thread and a few waiting in
     * memory at a time):
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
                    RecordSink sink = new WriterSink(writer);
                    if (threads == 1) {
                        addAll(sink, outcomes, tally);
                    } else {
                        TaskDocuments docs = new TaskDocuments(schema);
                        // at the end each thread flushes a segment, so the commit does not flush them one by one
                        IndexingThreads.run(outcomes, tally, threads, doc -> add(sink, docs, doc, tally),
                                writer::flushNextBuffer);
                    }
                    if (writer.getDocStats().maxDoc <= ONE_SEGMENT_UP_TO) {
                        writer.forceMerge(1); // a search pays its set-up per segment: a small index has one
                    }
                    writer.setLiveCommitData(tally.commitData(fingerprint, schema.vectorModel()).entrySet());
                    writer.commit();
                } catch (IOException | RuntimeException | Error e) { // never let close() commit half a build
                    // another indexing thread may have met the writer already closed by the real failure
                    IOException cause = writer.getTragicException() instanceof IOException tragic && tragic != e
                            && e instanceof AlreadyClosedException ? tragic : null;
                    try {
                        writer.rollback();
                    } catch (IOException | RuntimeException alsoFailed) {
                        e.addSuppressed(alsoFailed);
                    }
                    if (cause != null) {
                        cause.addSuppressed(e);
                        throw cause;
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

    /** Adds every outcome's document on this thread, in input order, and records every file's report. */
    private void addAll(RecordSink sink, Iterator<ParseOutcome> outcomes, Tally tally) throws IOException {
        TaskDocuments docs = new TaskDocuments(schema);
        while (outcomes.hasNext()) {
            PolicyDocument doc = tally.admit(outcomes.next());
            if (doc != null) {
                add(sink, docs, doc, tally);
            }
        }
    }

    /** Adds one document: its summary record, then its tasks with their vectors when there are. */
    private void add(RecordSink sink, TaskDocuments docs, PolicyDocument doc, Tally tally) throws IOException {
        sink.add(docs.summary(doc));
        DocumentVectors v = vectors.of(doc).orElse(null);
        int n = doc.tasks().size();
        for (int i = 0; i < n; i++) {
            sink.add(v == null ? docs.task(doc, doc.tasks().get(i))
                    : docs.task(doc, doc.tasks().get(i), v.passages().get(i), v.titles().get(i), v.sentences().get(i)));
        }
        tally.vectors(v == null ? 0 : n);
    }
}
