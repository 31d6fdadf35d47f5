package policysearch.index;

/** Whether an index on disk matches the seeds and this program's schema. */
public enum Freshness {
    FRESH("index is up to date"),
    MISSING("no index yet"),
    DAMAGED("index is damaged or unreadable"),
    SCHEMA_CHANGED("index was built with another schema version"),
    SEEDS_CHANGED("seeds or parser changed since the index was built");

    private final String reason;

    Freshness(String reason) {
        this.reason = reason;
    }

    /** A short explanation for logs and the command line. */
    public String reason() {
        return reason;
    }
}
