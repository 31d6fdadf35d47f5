package policysearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import policysearch.corpus.ServingIndex;
import policysearch.index.BuildSummary;
import policysearch.index.Freshness;

/**
 * Keeps a serving index current: when the seeds change it rebuilds and swaps the new index in; when another
 * process (the {@code index} command) committed a new index, it picks that up. Searches never see a half-built index.
 */
final class IndexWatcher implements AutoCloseable {
    private final ServingIndex served;
    private final PrintWriter log;
    private final ScheduledExecutorService timer;
    /** The last failure said, so a fault that lasts (a full disk) is said once, not at every check. */
    private String failing;

    private IndexWatcher(ServingIndex served, PrintWriter log) {
        this.served = served;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks every {@code seconds} seconds until closed. */
    static IndexWatcher start(ServingIndex served, PrintWriter log, int seconds) {
        IndexWatcher w = new IndexWatcher(served, log);
        w.timer.scheduleWithFixedDelay(w::check, seconds, seconds, TimeUnit.SECONDS);
        return w;
    }

    /**
     * One check: rebuild when the seeds changed, otherwise pick up a newer commit if there is one. A failure is
     * said once (until it changes or goes away) and the snapshot in use stays.
     */
    synchronized void check() {
        try {
            if (served.corpus().hasSeeds() && served.corpus().freshness() != Freshness.FRESH) {
                BuildSummary s = served.rebuild();
                log.printf("Seeds changed: re-indexed %d documents, %d tasks in %d ms (%d of %d files parsed again)%n",
                        s.documents(), s.tasks(), s.tookMs(), served.corpus().lastParsed(), s.files());
            } else if (served.refresh()) {
                log.printf("Index changed on disk: now serving %d tasks%n", served.service().taskCount());
            }
            if (failing != null) {
                log.println("Index check works again.");
                failing = null;
            }
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(failing)) {
                log.println("Index check failed, still serving the previous index: " + message);
                failing = message;
            }
        }
        log.flush();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
