package policysearch.web.page;

import policysearch.lineage.Comparison;

/** Two tasks side by side with what changed from the left one to the right one. */
public record ComparePage(Layout layout, Comparison comparison) {

    /** The page for {@code c}. */
    public static ComparePage of(Comparison c) {
        return new ComparePage(Layout.of("对比：" + c.left().title() + " ↔ " + c.right().title(), Layout.Nav.NONE), c);
    }

    /** The same two tasks the other way round. */
    public String swapHref() {
        return LineageLinks.compareHref(comparison.right().id(), comparison.left().id());
    }

    /** Their score as shown. */
    public String score() {
        return LineageLinks.score(comparison.score());
    }
}
