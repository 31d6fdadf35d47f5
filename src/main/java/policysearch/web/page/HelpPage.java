package policysearch.web.page;

/** The query-syntax help page. */
public record HelpPage(Layout layout) {
    /** The help page. */
    public static HelpPage of() {
        return new HelpPage(Layout.of("检索帮助", Layout.Nav.HELP));
    }
}
