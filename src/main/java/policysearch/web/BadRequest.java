package policysearch.web;

/** A request the user can fix: rendered as 400 with {@link #getMessage()} as the explanation. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
