package policysearch.ingest.format;

import java.time.Duration;

/**
 * What reading one file may cost: its size on disk, and the time its reader may take (PDF, Word and web pages
 * can hide work: a zip bomb, thousands of pages, markup nested a hundred thousand deep). A file over either limit
 * is reported and left out; the other files are read as usual.
 */
public record FileLimits(long maxBytes, Duration maxTime) {
    /** 50 MB: the seeds are 12–17 KB, a long PDF with its fonts a few MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** 60 s: the slowest fixture, a printed PDF, reads in under a second. */
    public static final Duration MAX_TIME = Duration.ofSeconds(60);

    public FileLimits {
        if (maxBytes < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxTime);
        }
    }

    /** The limits {@code index} and {@code serve} read with. */
    public static FileLimits standard() {
        return new FileLimits(MAX_BYTES, MAX_TIME);
    }

    /** A time as people read it: 60 s, 5 ms. */
    static String duration(Duration d) {
        return d.toMillis() >= 1000 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A size as people read it: 1.5 MB, 300 KB. */
    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }
}
