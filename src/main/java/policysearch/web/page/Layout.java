package policysearch.web.page;

/** What the shared layout needs: the page title, the query shown in the header box, the active nav entry. */
public record Layout(String title, String q, Nav nav) {
    /** The top-level navigation entries. */
    public enum Nav { HOME, SEARCH, DOCUMENTS, HELP, NONE }

    public Layout {
        q = q == null ? "" : q;
        nav = nav == null ? Nav.NONE : nav;
    }

    /** A layout for a page with no query in the header box. */
    public static Layout of(String title, Nav nav) {
        return new Layout(title, "", nav);
    }
}
