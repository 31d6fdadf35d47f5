package policysearch.search;

import java.util.Optional;

/**
 * How results are ordered: by relevance (document order for an empty query), by date newest first ({@code date})
 * or by date oldest first ({@code date_asc}).
 */
public enum SortOrder {
    RELEVANCE("relevance"),
    DATE("date"),
    DATE_ASC("date_asc");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
        return param;
    }

    /** Parses {@code relevance}, {@code date} or {@code date_asc}. */
    public static Optional<SortOrder> fromParam(String p) {
        for (SortOrder s : values()) {
            if (s.param.equalsIgnoreCase(p == null ? "" : p.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
