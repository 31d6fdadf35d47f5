package policysearch.web.page;

/** A labelled link, optionally marked as the current choice (sort order, role toggle, pager). */
public record Link(String label, String href, boolean active) {
    /** A link that is not the current choice. */
    public static Link of(String label, String href) {
        return new Link(label, href, false);
    }
}
