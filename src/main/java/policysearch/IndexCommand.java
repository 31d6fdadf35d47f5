package policysearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import me.tongfei.progressbar.ProgressBar;
import policysearch.corpus.EmbeddingProgress;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import java.util.List;
import policysearch.index.BuildSummary;
import policysearch.index.FileReport;
import policysearch.index.Schema;
import policysearch.model.Problem;
import policysearch.search.opensearch.Cluster;
import policysearch.search.opensearch.IndexLayout;
import policysearch.search.opensearch.Loader;
import policysearch.search.opensearch.Plugins;

/** {@code index}: (re)builds the index from the seeds directory and prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the search index from the seed documents.")
final class IndexCommand implements Callable<Integer> {
    private static final long PROGRESS_MS = 500;

    @Spec
    private CommandSpec spec;

    @Mixin
    Locations locations = new Locations();

    @Mixin
    Engine engine = new Engine();

    @Option(names = "--shards", defaultValue = "1",
            description = "primary shards of the OpenSearch index (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--replicas", defaultValue = "0",
            description = "replicas of each OpenSearch shard (default: ${DEFAULT-VALUE})")
    int replicas;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = engine.problem();
        if (problem == null && (shards < 1 || replicas < 0)) {
            problem = "--shards must be at least 1 and --replicas at least 0";
        }
        if (problem != null) {
            err.println("error: " + problem);
            err.flush();
            return 2;
        }
        BuildSummary s;
        String into;
        try {
            if (engine.openSearch()) {
                try (Cluster cluster = Cluster.connect(engine.url)) {
                    // vectors only where the cluster can hold them (the k-NN plugin)
                    try (Embeddings embeddings = Plugins.of(cluster).knn() ? locations.embeddings() : Embeddings.off();
                         Schema schema = new Schema(embeddings)) {
                        Loader loader = Loader.create(cluster, shards, replicas);
                        s = new SeedCorpus(locations.seeds, locations.index).build(schema, loader);
                        into = engine.url + " (index " + loader.index() + ", alias " + IndexLayout.ALIAS + ")";
                    }
                }
            } else {
                try (Embeddings embeddings = locations.embeddings(); Schema schema = new Schema(embeddings)) {
                    SeedCorpus corpus = new SeedCorpus(locations.seeds, locations.index);
                    s = corpus.build(schema);
                    into = locations.index.toString();
                    if (s.vectorsDeferred()) {
                        s = embedAfterwards(corpus, schema, s);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | Cluster.Unavailable e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Indexed %d documents, %d tasks from %d files in %d ms into %s%n",
                s.documents(), s.tasks(), s.files(), s.tookMs(), into);
        printReports(out, s.reports());
        for (Problem p : s.problems()) {
            out.println("  " + p);
        }
        if (s.failedFiles() > 0) {
            out.printf("%d file(s) produced no document%n", s.failedFiles());
        }
        out.flush();
        return s.documents() == 0 && s.files() > 0 ? 1 : 0;
    }

    /**
     * After a build left its vectors out (more texts than the budget were not yet embedded): says so, embeds the
     * missing texts (a progress bar) and builds again, every vector now a cache hit. The lexical commit is
     * searchable meanwhile: a server on the same folder picks up each commit in turn.
     */
    private BuildSummary embedAfterwards(SeedCorpus corpus, Schema schema, BuildSummary lexical) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Indexed %d documents, %d tasks without vectors in %d ms (searchable now, without related"
                + " lists): more than %,d texts are not yet in the vector cache; embedding them, then indexing again%n",
                lexical.documents(), lexical.tasks(), lexical.tookMs(), SeedCorpus.EMBED_BUDGET);
        out.flush();
        EmbeddingProgress progress = new EmbeddingProgress();
        Thread bar = Thread.ofPlatform().daemon().start(() -> showProgress(progress));
        try {
            corpus.embedMissing(schema, progress);
        } finally {
            bar.interrupt();
        }
        out.printf("Embedded %,d texts%n", progress.done());
        return corpus.build(schema);
    }

    /** A progress bar over the texts embedded, until interrupted. */
    private static void showProgress(EmbeddingProgress progress) {
        try (ProgressBar bar = new ProgressBar("Embedding", Math.max(0, progress.total()))) {
            while (!Thread.currentThread().isInterrupted()) {
                bar.maxHint(Math.max(0, progress.total()));
                bar.stepTo(progress.done());
                Thread.sleep(PROGRESS_MS);
            }
        } catch (InterruptedException e) {
            // embedding ended
        }
    }

    /** One line per file: format, tasks and warnings, or why it gave nothing. */
    static void printReports(PrintWriter out, List<FileReport> reports) {
        int width = reports.stream().mapToInt(r -> r.source().length()).max().orElse(4);
        String row = "  %-" + width + "s  %-6s %5s %8s  %s";
        out.println(String.format(row, "file", "format", "tasks", "warnings", "").stripTrailing());
        for (FileReport r : reports) {
            String format = r.format() == null ? "-" : r.format();
            String line = r.error() != null
                    ? String.format(row, r.source(), format, "-", "-", "not indexed: " + r.error())
                    : String.format(row, r.source(), format, r.tasks(), r.warnings(),
                            r.withoutTasks() ? "no task list: one document record" : "");
            out.println(line.stripTrailing());
        }
    }
}
