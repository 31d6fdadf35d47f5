package policysearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import policysearch.search.Synonyms;
import policysearch.index.AnalysisAlone;
import policysearch.index.BuildSummary;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.index.VectorRecall;
import policysearch.index.TaskVectors;
import policysearch.model.PolicyDocument;
import policysearch.search.LuceneSearchService;
import policysearch.search.OpenSearchService;
import policysearch.search.opensearch.Cluster;
import policysearch.search.opensearch.Loader;

/**
 * Measures indexing throughput and query latency on a synthetic corpus of a given size built from the seeds,
 * and prints the figures as Markdown tables (what the README quotes).
 */
public final class Benchmark {
    /** How long analysing {@code tasks} tasks alone took, in wall-clock and process CPU time. */
    private record Analysis(int tasks, long nanos, long cpuNanos) {
        double tasksPerSecond() {
            return tasks / (nanos / 1e9);
        }
    }

    /** Documents analysed once, untimed, before analysis alone is timed. */
    static final int ANALYSIS_WARM_UP = 200;

    private final PrintWriter out;
    private final Embeddings embeddings;
    private final String openSearchUrl;
    private int indexThreads = Runtime.getRuntime().availableProcessors();

    /** A benchmark without semantic retrieval. */
    public Benchmark(PrintWriter out) {
        this(out, Embeddings.off());
    }

    /** A benchmark that also embeds (passages reused from {@code embeddings}' cache) and times kNN queries. */
    public Benchmark(PrintWriter out, Embeddings embeddings) {
        this(out, embeddings, null);
    }

    /**
     * As {@link #Benchmark(PrintWriter, Embeddings)}, then the same corpus and queries on the OpenSearch cluster at
     * {@code openSearchUrl} (null: the embedded engine only), and both engines' latencies side by side.
     */
    public Benchmark(PrintWriter out, Embeddings embeddings, String openSearchUrl) {
        this.out = out;
        this.embeddings = embeddings;
        this.openSearchUrl = openSearchUrl;
    }

    /** Adds documents to the index on {@code threads} threads (default: one per core); returns this benchmark. */
    public Benchmark indexThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("index threads must be at least 1: " + threads);
        }
        this.indexThreads = threads;
        return this;
    }

    /** Builds an index of about {@code tasks} records in {@code index}, then runs {@code runs} of each query class. */
    public void run(Path seeds, Path index, int tasks, int runs) throws IOException {
        List<PolicyDocument> base = SeedCorpus.documents(seeds);
        if (base.isEmpty()) {
            throw new IOException("no parsable seed documents in " + seeds);
        }
        List<PolicyDocument> corpus = SyntheticCorpus.of(base, tasks);
        out.printf("Machine: %d cores, %d MB max heap, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        out.printf("Synthetic corpus: %,d tasks, %,d distinct texts%n", corpus.stream().mapToInt(d -> d.tasks().size())
                .sum(), corpus.stream().flatMap(d -> d.tasks().stream()).map(t -> t.text()).distinct().count());
        TaskVectors vectors = null;
        if (embeddings.await() == Embeddings.Status.ON) {
            EmbeddingSpeed.print(out, base);
            long t0 = System.nanoTime();
            SyntheticVectors synthetic = SyntheticVectors.of(base, embeddings).orElseThrow();
            out.printf("Synthetic vectors: mean of %,d cached sentence vectors (passage), the title's cached vector"
                    + " plus noise (title); no synthetic text is embedded (%.1f s to embed or read the seeds'"
                    + " sentences)%n", synthetic.size(), (System.nanoTime() - t0) / 1e9);
            vectors = synthetic;
        } else {
            out.println("Semantic retrieval off: no vectors, no related lists.");
        }
        BuildSummary built = indexing(corpus, index, vectors);
        if (vectors != null) {
            long r0 = System.nanoTime();
            List<float[]> probes = EmbeddingSpeed.QUERIES.stream().map(q -> embeddings.query(q).orElseThrow()).toList();
            out.printf("HNSW graphs (M %d, beam width %d): recall of the 10 nearest passages against a scan of every"
                            + " vector %.3f asking for 50 candidates (as the related list does), %.3f asking for 10"
                            + " (%d queries, %.1f s)%n", Schema.HNSW_MAX_CONN, Schema.HNSW_BEAM_WIDTH,
                    VectorRecall.recall(index, probes, 10, 50), VectorRecall.recall(index, probes, 10, 10),
                    probes.size(), (System.nanoTime() - r0) / 1e9);
            r0 = System.nanoTime();
            VectorRecall.Filtered year = VectorRecall.withYearFilter(index, probes, 10, 50, "2020");
            out.printf("With a filter keeping one year's tasks (2020, %.1f %% of them): recall of the 10 nearest among"
                            + " them %.3f with Lucene's default graph walk, %.3f with its filtered search (ACORN-1,"
                            + " not used), asking for 50 (%.1f s)%n", 100.0 * year.kept() / built.tasks(),
                    year.defaultWalk(), year.acorn(), (System.nanoTime() - r0) / 1e9);
        }
        long t0 = System.nanoTime();
        List<Latencies> lucene;
        try (Schema schema = new Schema(embeddings);
             LuceneSearchService service = LuceneSearchService.open(index, schema, Synonyms.standard())) {
            out.printf("Opened the index (searcher, facet state, suggestions) in %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            out.printf("Heap after a full GC with the index open: %,d MB (the synthetic corpus in memory included)%n",
                    Cpu.heapAfterGc() >> 20);
            out.flush();
            lucene = QueryClasses.measure(out, service, runs, built.tasks());
        }
        if (openSearchUrl != null) {
            List<Latencies> opensearch = onOpenSearch(corpus, runs);
            out.println();
            out.println("Side by side (ms):");
            out.println(Latencies.comparisonHeader("Lucene (embedded)", "OpenSearch"));
            for (int i = 0; i < lucene.size(); i++) {
                out.println(Latencies.comparisonRow(lucene.get(i), opensearch.get(i)));
            }
            out.flush();
        }
    }

    /**
     * Times, on every core, analysis alone over the corpus, then indexing it lexical only, then with
     * {@code vectors} (when semantic retrieval is on), each against analysis alone; the last index stays in
     * {@code index} for the queries.
     */
    private BuildSummary indexing(List<PolicyDocument> corpus, Path index, TaskVectors vectors) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        try (Schema schema = new Schema(embeddings)) {
            out.printf("Heap after a full GC with the synthetic corpus in memory: %,d MB%n", Cpu.heapAfterGc() >> 20);
            AnalysisAlone alone = AnalysisAlone.of(schema, corpus);
            alone.analyse(threads, ANALYSIS_WARM_UP); // so the JIT has compiled the analyzers, as mid-build
            long cpu = Cpu.processNanos();
            long start = System.nanoTime();
            alone.analyse(threads, Integer.MAX_VALUE);
            Analysis analysis = new Analysis(tasks(corpus), System.nanoTime() - start, Cpu.processNanos() - cpu);
            out.printf("Analysis alone (smartcn words and CJK bigrams of every field indexed, token streams consumed):"
                            + " %,.0f tasks/s on %d threads (%.1f s, CPU %.1f s: %.2f cores busy)%n",
                    analysis.tasksPerSecond(), threads, analysis.nanos() / 1e9, analysis.cpuNanos() / 1e9,
                    (double) analysis.cpuNanos() / analysis.nanos());
            BuildSummary built = timedBuild(schema, corpus, index, TaskVectors.NONE, indexThreads, "lexical only",
                    analysis);
            if (vectors != null) {
                built = timedBuild(schema, corpus, index, vectors, indexThreads, "with vectors", analysis);
            }
            out.printf("Indexed %,d documents, %,d tasks in %.1f s (%,.0f tasks/s); index size %,d MB%n",
                    built.documents(), built.tasks(), built.tookMs() / 1000.0,
                    built.tasks() * 1000.0 / built.tookMs(), size(index) >> 20);
            return built;
        }
    }

    private static int tasks(List<PolicyDocument> corpus) {
        return corpus.stream().mapToInt(d -> d.tasks().size()).sum();
    }

    /** One build of the corpus on {@code threads} threads, its throughput printed against analysis alone. */
    private BuildSummary timedBuild(Schema schema, List<PolicyDocument> corpus, Path index, TaskVectors vectors,
                                    int threads, String what, Analysis analysis) throws IOException {
        long cpu = Cpu.processNanos();
        long start = System.nanoTime();
        BuildSummary built = new IndexBuilder(schema, vectors).threads(threads).build(corpus, index, "benchmark");
        long nanos = System.nanoTime() - start;
        cpu = Cpu.processNanos() - cpu;
        double perSecond = built.tasks() / (nanos / 1e9);
        out.printf("Indexing %s: %,.0f tasks/s on %d threads, %.2f of analysis alone (%.1f s including the commit,"
                        + " CPU %.1f s: %.2f cores busy)%n", what, perSecond, threads,
                perSecond / analysis.tasksPerSecond(), nanos / 1e9, cpu / 1e9, (double) cpu / nanos);
        out.flush();
        return built;
    }

    /** Loads the same corpus into a new index on the cluster (one shard, no replica) and runs the same queries. */
    private List<Latencies> onOpenSearch(List<PolicyDocument> corpus, int runs) throws IOException {
        out.println();
        out.println("OpenSearch at " + openSearchUrl + ":");
        BuildSummary built;
        String index;
        try (Cluster cluster = Cluster.connect(openSearchUrl, java.time.Duration.ofMinutes(2));
             Schema schema = new Schema()) {
            Loader loader = Loader.create(cluster, 1, 0);
            index = loader.index();
            built = new IndexBuilder(schema, TaskVectors.NONE).build(corpus, loader, "benchmark");
        }
        out.printf("Indexed %,d documents, %,d tasks in %.1f s (%,.0f tasks/s) into %s (1 shard, _bulk of %d"
                        + " records, refreshed once at the end; no vectors: no k-NN plugin)%n", built.documents(),
                built.tasks(), built.tookMs() / 1000.0, built.tasks() * 1000.0 / built.tookMs(), index, Loader.BATCH);
        long t0 = System.nanoTime();
        try (OpenSearchService service = OpenSearchService.open(openSearchUrl)) {
            out.printf("Opened the index (counts, corpus facets, vocabulary, suggestions) in %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            out.flush();
            return QueryClasses.measure(out, service, runs, built.tasks());
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
