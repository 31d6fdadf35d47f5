package policysearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import policysearch.index.Freshness;
import policysearch.index.IndexBuilder;
import policysearch.search.LuceneSearchService;

/**
 * Keeps a serving index current: when the seeds change it rebuilds and swaps the new index in; when another
 * process (the {@code index} command) committed a new index, it picks that up. Searches never see a half-built index.
 */
final class IndexWatcher implements AutoCloseable {
    private final LuceneSearchService service;
    private final Path seeds;
    private final Path index;
    private final PrintWriter log;
    private final ScheduledExecutorService timer;

    private IndexWatcher(LuceneSearchService service, Path seeds, Path index, PrintWriter log) {
        this.service = service;
        this.seeds = seeds;
        this.index = index;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks every {@code seconds} seconds until closed. */
    static IndexWatcher start(LuceneSearchService service, Path seeds, Path index, PrintWriter log, int seconds) {
        IndexWatcher w = new IndexWatcher(service, seeds, index, log);
        w.timer.scheduleWithFixedDelay(w::check, seconds, seconds, TimeUnit.SECONDS);
        return w;
    }

    /** One check: rebuild when the seeds changed, otherwise pick up a newer commit if there is one. */
    void check() {
        try {
            if (Files.isDirectory(seeds) && IndexBuilder.freshness(seeds, index) != Freshness.FRESH) {
                var s = service.rebuild(seeds);
                log.printf("Seeds changed: re-indexed %d documents, %d tasks in %d ms%n", s.documents(), s.tasks(),
                        s.tookMs());
            } else if (service.refresh()) {
                log.printf("Index changed on disk: now serving %d tasks%n", service.taskCount());
            }
        } catch (IOException | RuntimeException e) {
            log.println("Index check failed, still serving the previous index: " + e.getMessage());
        }
        log.flush();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
