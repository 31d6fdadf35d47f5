package policysearch.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;

/**
 * Indexes documents on several threads into one IndexWriter (thread-safe: each thread fills its own in-memory
 * segment). The calling thread reads the input, in order: it makes ids unique and keeps the tally (problems, file
 * reports, counts), then hands each document to the indexing threads through a small bounded queue, so at most one
 * document per thread and a few waiting are in memory besides the one being read. The first failure on any thread
 * stops them all and is thrown by the caller, with the cause as it was.
 */
final class IndexingThreads {
    /** What one indexing thread does with a document: make its records and add them. */
    @FunctionalInterface
    interface Work {
        void index(PolicyDocument doc) throws IOException;
    }

    /** What each indexing thread does once the input has ended (flush what it holds, in parallel with the others). */
    @FunctionalInterface
    interface Finish {
        void run() throws IOException;
    }

    private static final long POLL_MS = 50;
    /** Marks the end of the input for one indexing thread. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    private IndexingThreads(int threads) {
        this.queue = new ArrayBlockingQueue<>(2 * threads);
    }

    /**
     * Reads every outcome on this thread, admitting it into {@code tally}, and indexes each document with
     * {@code work} on {@code threads} threads, each of which runs {@code finish} at the end of the input; returns
     * once every document is indexed, or throws the first failure.
     */
    static void run(Iterator<ParseOutcome> outcomes, Tally tally, int threads, Work work, Finish finish)
            throws IOException {
        IndexingThreads pool = new IndexingThreads(threads);
        for (int i = 0; i < threads; i++) {
            Thread t = Thread.ofPlatform().name("indexing-" + i).daemon().unstarted(() -> pool.work(work, finish));
            pool.threads.add(t);
            t.start();
        }
        try {
            while (outcomes.hasNext()) {
                pool.rethrowFailure();
                PolicyDocument doc = tally.admit(outcomes.next());
                if (doc != null) {
                    pool.put(doc);
                }
            }
            for (int i = 0; i < threads; i++) {
                pool.put(END);
            }
            pool.join();
            pool.rethrowFailure();
        } catch (IOException | RuntimeException | Error e) {
            pool.stop(e);
            throw e;
        }
    }

    /** One indexing thread: takes documents until the end of the input or a failure anywhere. */
    private void work(Work work, Finish finish) {
        try {
            while (!stopped) {
                Object next = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (next == END) {
                    finish.run();
                    return;
                }
                if (next != null) {
                    work.index((PolicyDocument) next);
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            stopped = true;
        }
    }

    /** Queues {@code item}, waiting while the queue is full unless an indexing thread failed. */
    private void put(Object item) throws IOException {
        try {
            while (!queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("indexing interrupted");
        }
    }

    /** Throws the first failure of an indexing thread, as it was thrown there. */
    private void rethrowFailure() throws IOException {
        Throwable t = failure.get();
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException("indexing failed", t));
    }

    /** Stops every indexing thread after {@code cause} and waits for them, so nothing is added after it. */
    private void stop(Throwable cause) {
        stopped = true;
        queue.clear();
        joinUninterruptibly();
        Throwable t = failure.get();
        if (t != null && t != cause) {
            cause.addSuppressed(t);
        }
    }

    private void join() throws IOException {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("indexing interrupted");
        }
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
