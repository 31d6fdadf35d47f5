package policysearch;

import io.javalin.Javalin;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policysearch.corpus.SeedCorpus;
import policysearch.corpus.ServingIndex;
import policysearch.embed.Embeddings;
import policysearch.index.Freshness;
import policysearch.model.Problem;
import policysearch.search.CachedSearches;
import policysearch.search.OpenSearchService;
import policysearch.search.SearchRequest;
import policysearch.search.SearchService;
import policysearch.web.BaseUrl;
import policysearch.web.Templates;
import policysearch.web.WebApp;

/** {@code serve}: builds the index when it is missing or stale, opens it once and serves the site on it. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the index if it is missing or stale, then serve the web UI and JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Locations locations = new Locations();

    @Mixin
    Engine engine = new Engine();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "7070",
            description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--watch", defaultValue = "10", paramLabel = "SECONDS",
            description = "re-index when the seeds change (checked every SECONDS, 0 = off; default: ${DEFAULT-VALUE})")
    int watch;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "public address of the site, used for the links in CSV exports and citations "
                    + "(default: http://HOST:PORT, http://localhost:PORT when HOST is a wildcard such as 0.0.0.0)")
    String baseUrl;

    @Option(names = "--result-cache", defaultValue = "64", paramLabel = "MB",
            description = "keep the answers of searches, up to about MB megabytes, until the index or the semantic "
                    + "model changes (0 = off; default: ${DEFAULT-VALUE})")
    long resultCache;

    @Option(names = "--dev", description = "recompile templates from web/templates when they change (development)")
    boolean dev;

    @Option(names = "--exit-with-parent", description = "stop when the process that started serve ends "
            + "(exec:exec passes it: stopping Maven stops the server instead of leaving it running)")
    boolean exitWithParent;

    /**
     * A running server and the index it holds open; closing stops it (requests in flight finish first) and releases
     * the index, once: a second caller (the shutdown hook after a signal) waits for the first to finish.
     */
    static final class Running implements AutoCloseable {
        private final Javalin app;
        private final Closeable served;
        private final SearchService service;
        private final IndexWatcher watcher;
        private final Embeddings embeddings;
        private boolean closed;

        Running(Javalin app, Closeable served, SearchService service, IndexWatcher watcher, Embeddings embeddings) {
            this.app = app;
            this.served = served;
            this.service = service;
            this.watcher = watcher;
            this.embeddings = embeddings;
        }

        /** The port actually listened on. */
        int port() {
            return app.port();
        }

        /** The tasks being served. */
        int tasks() {
            return service.counts().tasks();
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (watcher != null) {
                watcher.close();
            }
            app.stop();
            try {
                served.close();
            } finally {
                embeddings.close();
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("--port must be between 0 and 65535");
            return 2;
        }
        if (watch < 0) {
            err.println("--watch must be 0 (off) or a number of seconds");
            return 2;
        }
        if (resultCache < 0) {
            err.println("--result-cache must be 0 (off) or a number of megabytes");
            return 2;
        }
        if (engine.problem() != null) {
            err.println(engine.problem());
            return 2;
        }
        if (baseUrl != null) {
            try {
                new BaseUrl(baseUrl);
            } catch (IllegalArgumentException e) {
                err.println("--base-url: " + e.getMessage());
                return 2;
            }
        }
        Running running;
        try {
            running = start(out);
        } catch (IOException | RuntimeException e) {
            err.println("serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.install(stop::countDown);
        if (exitWithParent) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(stop::countDown));
        }
        // any other way out of the JVM (SIGHUP, a runtime without signal handling) still closes the index
        Thread hook = new Thread(() -> close(running, err), "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("Serving %d tasks on http://%s:%d/ (Ctrl-C stops)%n", running.tasks(), host, running.port());
        out.flush();
        stop.await();
        out.println("Stopping: finishing requests in flight, closing the index ...");
        out.flush();
        boolean ok = close(running, err);
        Runtime.getRuntime().removeShutdownHook(hook);
        out.println(ok ? "Stopped." : "Stopped, with errors.");
        out.flush();
        return ok ? 0 : 1;
    }

    /** Stops the server and closes the index; false (said on {@code err}) when closing failed. */
    private static boolean close(Running running, PrintWriter err) {
        try {
            running.close();
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("serve: closing failed: " + e.getMessage());
            err.flush();
            return false;
        }
    }

    /**
     * Builds the index if it is missing or stale, opens it once and starts the web app on it; on OpenSearch, opens
     * the index the cluster's alias names (built by {@code index --engine opensearch}).
     */
    Running start(PrintWriter out) throws IOException {
        if (engine.openSearch()) {
            OpenSearchService service = OpenSearchService.open(engine.url);
            try {
                out.println("Serving the OpenSearch index " + service.index() + " at " + engine.url);
                return new Running(web(service), service, service, null, Embeddings.off());
            } catch (IOException | RuntimeException e) {
                service.close();
                throw e;
            }
        }
        // the model loads once the server answers, unless building the index needs it first
        Embeddings embeddings = locations.embeddingsOnDemand();
        ServingIndex served;
        try {
            served = open(out, embeddings);
        } catch (IOException | RuntimeException e) {
            embeddings.close();
            throw e;
        }
        try {
            Javalin app = web(served.service());
            IndexWatcher watcher = watch > 0 ? IndexWatcher.start(served, out, watch) : null;
            embeddings.load();
            warmUp(served.service());
            return new Running(app, served, served.service(), watcher, embeddings);
        } catch (IOException | RuntimeException e) {
            served.close();
            embeddings.close();
            throw e;
        }
    }

    /**
     * Loads what a first request would otherwise wait for, on a thread of its own once the server answers: the
     * word segmenter's dictionaries (read on the first query analysed) and the suggestions (built per snapshot on
     * first use).
     */
    private static void warmUp(SearchService service) {
        Thread t = new Thread(() -> {
            try {
                service.search(SearchRequest.of("医疗保障"));
                service.suggest("一", 1); // any prefix builds the suggester
            } catch (RuntimeException stoppedFirst) {
                // the server stopped before it was built: nothing left to warm up
            }
        }, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The web app on {@code service}, listening. */
    private Javalin web(SearchService service) throws IOException {
        Templates templates = dev ? Templates.hotReload(Path.of("web", "templates")) : Templates.precompiled();
        int listen = port == 0 ? freePort() : port;
        BaseUrl base = baseUrl != null ? new BaseUrl(baseUrl) : BaseUrl.forListener(host, listen);
        SearchService answering = resultCache > 0 ? new CachedSearches(service, resultCache) : service;
        return WebApp.create(answering, templates, base).start(host, listen);
    }

    /** A port free on {@code host} now, so the default base URL can name it before the server starts. */
    private int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        }
    }

    private ServingIndex open(PrintWriter out, Embeddings embeddings) throws IOException {
        SeedCorpus corpus = new SeedCorpus(locations.seeds, locations.index);
        if (!corpus.hasSeeds()) {
            out.println("Seeds directory " + locations.seeds + " not found; serving the index in "
                    + locations.index + " as is.");
            return ServingIndex.openAsIs(corpus, embeddings);
        }
        Freshness freshness = corpus.freshness();
        if (freshness != Freshness.FRESH) {
            out.println("Indexing " + locations.seeds + " (" + freshness.reason() + ") ...");
            out.flush();
        }
        ServingIndex served = ServingIndex.openFresh(corpus, embeddings);
        served.warning().ifPresent(w -> out.println("Warning: " + w));
        served.lastBuild().ifPresent(s -> {
            out.printf("Indexed %d documents, %d tasks from %d files in %d ms%n", s.documents(), s.tasks(),
                    s.files(), s.tookMs());
            if (s.vectorsDeferred()) {
                out.println("Searchable now without related lists: the texts missing from the vector cache are being"
                        + " embedded in the background (/health shows how far), then the index is rebuilt with them");
            }
            for (Problem p : s.problems()) {
                out.println("  " + p);
            }
        });
        return served;
    }
}
