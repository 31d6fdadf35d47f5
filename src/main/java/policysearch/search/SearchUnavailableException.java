package policysearch.search;

/** The search engine cannot answer now (a cluster that is down, or too slow): the request may succeed later. */
public final class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, for the log; users see a fixed sentence. */
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
