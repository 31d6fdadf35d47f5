package policysearch.web.page;

import java.util.List;
import java.util.Locale;
import policysearch.search.Hit;
import policysearch.search.Related;
import policysearch.search.SearchResult;
import policysearch.web.SearchParams;

/**
 * The results page: the query state, the service's result, and every link the page offers
 * (chips, the readings of the query with their undo links, facet toggles, role toggle, sort, pager, exports, the
 * nearest search with results when the filters left nothing, or null), all precomputed as GET URLs.
 */
public record SearchPage(Layout layout, SearchParams params, SearchResult result, List<Link> chips,
                         List<Link> readings, String clearAllHref, List<FacetView> facets, List<Link> roles,
                         List<Link> sorts, Pager pager, List<BarChart> charts, String csvHref, String jsonHref,
                         Link nearest) {

    /** The notice without the sentence offering the nearest view, which the page shows as a link instead. */
    public String notice() {
        String notice = result.notice();
        if (notice == null || result.nearest() == null) {
            return notice;
        }
        return notice.replace(result.nearest().sentence(), "").strip().replaceAll("\\s{2,}", " ");
    }

    /** The hits of this page. */
    public List<Hit> hits() {
        return result.hits();
    }

    /** Tasks close in meaning to the query outside the exact hits (not counted in the total). */
    public List<Related> related() {
        return result.related();
    }

    /** True when nothing matched exactly but related tasks exist: they are shown in place of the results. */
    public boolean onlyRelated() {
        return result.total() == 0 && !result.related().isEmpty();
    }

    /** The query's tasks across years ({@code /timeline}), or null without a query. */
    public String timelineHref() {
        return params.q().isEmpty() ? null : LineageLinks.timelineHref(params.q());
    }

    /** A similarity as shown beside a related task, two decimals (0.71). */
    public static String similarity(Related r) {
        return String.format(Locale.ROOT, "%.2f", r.similarity());
    }

    /** Hidden inputs that carry state the sidebar form does not show (query, sort, role, document). */
    public List<Link> hiddenInputs() {
        return HiddenState.of(params);
    }
}
