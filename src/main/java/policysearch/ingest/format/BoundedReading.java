package policysearch.ingest.format;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a format reader on a thread of its own within {@link FileLimits}: past the time limit the reading is
 * cancelled (the readers stop at their next page, paragraph or element) and the file reported; what a reader
 * throws beyond its own messages (out of memory, a stack overflow on deep nesting, a library's bug) becomes a
 * message about that file instead of ending the build.
 */
public final class BoundedReading implements AutoCloseable {
    private final FileLimits limits;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "file-reader", 0);
        t.setDaemon(true);
        return t;
    });

    public BoundedReading(FileLimits limits) {
        this.limits = limits;
    }

    /** The limits files are read within. */
    public FileLimits limits() {
        return limits;
    }

    /** What {@code reader} gets from {@code bytes} within the time limit. */
    public Extraction read(FormatReader reader, byte[] bytes) throws UnreadableFileException {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(bytes.length, limits);
        }
        Future<Extraction> reading = threads.submit(() -> reader.read(bytes));
        try {
            return reading.get(limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new UnreadableFileException("reading the file took longer than "
                    + FileLimits.duration(limits.maxTime()) + ", the limit per file: not indexed (a damaged or unusually complex file?)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableFileException u) {
                throw u;
            }
            if (cause instanceof StackOverflowError) {
                throw new UnreadableFileException("the file is nested too deeply to read (markup or objects"
                        + " inside one another thousands of times): not indexed", cause);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new UnreadableFileException("reading the file needs more memory than the program has:"
                        + " not indexed", cause);
            }
            throw new UnreadableFileException("the reader failed on this file (" + cause + "): not indexed", cause);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("reading was interrupted", e);
        }
    }

    /** The message for a file over the size limit. */
    public static UnreadableFileException tooLarge(long bytes, FileLimits limits) {
        return new UnreadableFileException("the file is " + FileLimits.size(bytes) + ", over the limit of "
                + FileLimits.size(limits.maxBytes()) + " per file: not read (split it, or keep its text alone)");
    }

    /** Throws when the reading this thread does was cancelled (past its time); readers call it as they go. */
    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading cancelled");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
