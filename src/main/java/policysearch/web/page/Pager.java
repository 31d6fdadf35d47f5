package policysearch.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pagination links: previous, a window of page numbers, next, and the last page (offered when the user is past it).
 * {@code null} hrefs mean "not available".
 */
public record Pager(int page, int pages, String prevHref, String nextHref, List<Link> numbers, String lastHref) {

    /** A pager for {@code total} results shown {@code size} per page; {@code href} builds the link for a page. */
    public static Pager of(long total, int page, int size, IntFunction<String> href) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        List<Link> numbers = new ArrayList<>();
        int from = Math.max(1, page - 3);
        int to = Math.min(pages, page + 3);
        for (int p = from; p <= to; p++) {
            numbers.add(new Link(Integer.toString(p), href.apply(p), p == page));
        }
        return new Pager(page, pages, page > 1 ? href.apply(Math.min(page - 1, pages)) : null,
                page < pages ? href.apply(page + 1) : null, numbers, href.apply(pages));
    }

    /** True when the page asked for comes after the last page of results. */
    public boolean pastLast() {
        return page > pages;
    }

    /** True when there is more than one page (or the user is beyond the last one). */
    public boolean visible() {
        return pages > 1 || page > 1;
    }
}
