package policysearch.web;

/** A well-formed id that names nothing: rendered as 404 with {@link #getMessage()} as the explanation. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
