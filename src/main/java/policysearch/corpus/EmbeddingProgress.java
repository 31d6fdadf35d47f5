package policysearch.corpus;

import java.util.concurrent.atomic.AtomicLong;

/** How far embedding afterwards has gone: texts embedded of those that were missing from the vector cache. */
public final class EmbeddingProgress {
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong done = new AtomicLong();

    /** Starts counting towards {@code texts} texts. */
    void start(long texts) {
        done.set(0);
        total.set(texts);
    }

    /** Counts {@code texts} more texts embedded. */
    void add(long texts) {
        done.addAndGet(texts);
    }

    /** Texts embedded so far. */
    public long done() {
        return done.get();
    }

    /** Texts to embed, or -1 while they are still being counted. */
    public long total() {
        return total.get();
    }
}
