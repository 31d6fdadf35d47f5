package policysearch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import policysearch.embed.Embeddings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policysearch.bench.Benchmark;
import policysearch.bench.ServeTimings;

/**
 * {@code bench}: times serve on the seeds (start-up, HTTP), then indexes a synthetic corpus made from the seeds and
 * prints latency percentiles per query class.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure indexing and query speed on a synthetic corpus built from the seeds.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seeds", defaultValue = "seeds", description = "seed documents directory (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--index", defaultValue = "target/bench-index",
            description = "scratch index directory, overwritten (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--tasks", defaultValue = "100000", description = "task records to index (default: ${DEFAULT-VALUE})")
    int tasks;

    @Option(names = "--runs", defaultValue = "200", description = "timed runs per query class (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--index-threads", paramLabel = "N",
            description = "threads adding documents to the index (default: one per core; analysis alone is"
                    + " always timed on every core, so 1 shows what a single-threaded indexer reaches)")
    Integer indexThreads;

    @Option(names = "--no-semantic", description = "lexical only: no embedding model, no vectors, no kNN")
    boolean noSemantic;

    @Option(names = "--startups", defaultValue = "5", paramLabel = "N",
            description = "timed starts of serve on the seeds, each to its first 200 from /health (0: none;"
                    + " default: ${DEFAULT-VALUE})")
    int startups;

    @Option(names = "--http-seconds", defaultValue = "10", paramLabel = "S",
            description = "seconds of each wrk run against serve on the seeds (0: no HTTP runs; default:"
                    + " ${DEFAULT-VALUE})")
    int httpSeconds;

    @Option(names = "--serve-only", description = "only the start-up and HTTP figures of serve on the seeds")
    boolean serveOnly;

    @Option(names = "--engine", defaultValue = "lucene", paramLabel = "ENGINE",
            description = "lucene (default), or opensearch: the embedded index first, then the same corpus and "
                    + "queries on the cluster at --url, side by side")
    Engine.Kind engine;

    @Option(names = "--url", paramLabel = "URL", description = "the OpenSearch cluster for --engine opensearch")
    String url;

    @Override
    public Integer call() throws Exception {
        if (tasks < 1 || runs < 1 || (indexThreads != null && indexThreads < 1)) {
            spec.commandLine().getErr().println("error: --tasks, --runs and --index-threads must be positive");
            return 2;
        }
        if (startups < 0 || httpSeconds < 0) {
            spec.commandLine().getErr().println("error: --startups and --http-seconds must not be negative");
            return 2;
        }
        boolean openSearch = engine == Engine.Kind.opensearch;
        if (openSearch == (url == null)) {
            spec.commandLine().getErr().println("error: --engine opensearch needs --url, and --url needs it");
            return 2;
        }
        // first, while this process is idle: serve on the seeds in child processes, as a user starts it
        boolean served = ServeTimings.measure(spec.commandLine().getOut(), seeds,
                index.resolveSibling(index.getFileName() + "-seeds"), startups, httpSeconds,
                noSemantic ? List.of("--no-semantic") : List.of());
        if (serveOnly) {
            return served ? 0 : 1;
        }
        try (Embeddings embeddings = noSemantic ? Embeddings.off()
                : Embeddings.standard(index.resolveSibling(index.getFileName() + "-vector-cache"))) {
            int threads = indexThreads != null ? indexThreads : Runtime.getRuntime().availableProcessors();
            new Benchmark(spec.commandLine().getOut(), embeddings, url).indexThreads(threads)
                    .run(seeds, index, tasks, runs);
        }
        return served ? 0 : 1;
    }
}
