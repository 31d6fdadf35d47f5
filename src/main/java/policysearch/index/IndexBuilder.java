package policysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

    /** A builder whose task vectors come from the schema's embedding model. */
    public IndexBuilder(Schema schema) {
        this(schema, TaskVectors.embedded(schema.embeddings()));
    }

    /** A builder with its own source of task vectors (the benchmark's synthetic vectors). */
    public IndexBuilder(Schema schema, TaskVectors vectors) {
        this.schema = schema;
        this.vectors = vectors;
    }

    /**
     * Indexes the outcomes of reading some files, in order, as they come (one file in memory at a time):
     * every document is indexed, every problem recorded in the summary, and a document id seen before made
     * unique (see {@link UniqueIds}) with a warning.
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
        return write(sink, fingerprint, outcomes.iterator());
    }

    /** As {@link #build(List, Path, String)}, into another engine's index through {@code sink}. */
    public BuildSummary build(List<PolicyDocument> documents, RecordSink sink, String fingerprint) throws IOException {
        return build(documents.stream().map(d -> new ParseOutcome(d.source(), d, List.of())), sink, fingerprint);
    }

    private BuildSummary write(Path index, String fingerprint, Iterator<ParseOutcome> outcomes) throws IOException {
        Files.createDirectories(index);
        IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCodec(schema.codec())
                // fewer, larger segments: every merge rebuilds the HNSW graphs of the vectors it merges
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (Directory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
            return write(new RecordSink() {
                @Override
                public void add(Document record) throws IOException {
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
            }, fingerprint, outcomes);
        }
    }

    private BuildSummary write(RecordSink sink, String fingerprint, Iterator<ParseOutcome> outcomes)
            throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        int files = 0;
        int documents = 0;
        int tasks = 0;
        int vectorCount = 0;
        TaskDocuments docs = new TaskDocuments(schema);
        try {
            while (outcomes.hasNext()) {
                ParseOutcome outcome = ids.admit(outcomes.next());
                files++;
                problems.addAll(outcome.problems());
                reports.add(FileReport.of(outcome));
                if (outcome.ok()) {
                    PolicyDocument doc = outcome.document();
                    sink.add(docs.summary(doc));
                    List<float[]> v = vectors.of(doc).orElse(null);
                    int n = doc.tasks().size();
                    for (int i = 0; i < n; i++) {
                        sink.add(docs.task(doc, doc.tasks().get(i),
                                v == null ? null : v.get(i), v == null ? null : v.get(n + i)));
                        vectorCount += v == null ? 0 : 1;
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
            meta.put(Schema.META_VECTORS, vectorCount == tasks ? schema.vectorModel() : Schema.NO_VECTORS);
            sink.commit(meta);
        } catch (IOException | RuntimeException e) {
            sink.rollback();
            throw e;
        }
        return new BuildSummary(files, documents, tasks, problems, (System.nanoTime() - start) / 1_000_000,
                reports);
    }
}
