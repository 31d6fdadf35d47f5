package policysearch.search;

import java.util.Optional;

/** How results are ordered: by relevance (document order for an empty query) or by date, newest first. */
public enum SortOrder {
    RELEVANCE("relevance"),
    DATE("date");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
        return param;
    }

    /** Parses {@code relevance} or {@code date}. */
    public static Optional<SortOrder> fromParam(String p) {
        for (SortOrder s : values()) {
            if (s.param.equalsIgnoreCase(p == null ? "" : p.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
