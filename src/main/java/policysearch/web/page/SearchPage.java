package policysearch.web.page;

import java.util.List;
import java.util.Locale;
import policysearch.search.DocumentHit;
import policysearch.search.Hit;
import policysearch.search.Related;
import policysearch.search.SearchResult;
import policysearch.web.SearchParams;

/**
 * The results page: the query state, the service's result, and every link the page offers
 * (chips, the readings of the query with their undo links, facet toggles, role toggle, sort, pager, exports, the
 * nearest search with results when the filters left nothing, or null), all precomputed as GET URLs; and whether
 * the embedding model was still loading when the search ran.
 */
public record SearchPage(Layout layout, SearchParams params, SearchResult result, List<Link> chips,
                         List<Link> readings, String clearAllHref, List<FacetView> facets, List<Link> roles,
                         List<Link> sorts, Pager pager, List<BarChart> charts, String csvHref, String jsonHref,
                         Link nearest, boolean modelLoading) {
    /** Said while the embedding model is still loading and the query has words: related tasks come later. */
    public static final String MODEL_LOADING_NOTICE = "语义模型正在加载：本次只列出字面匹配的任务，稍后刷新即可看到语义相关的任务。";

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

    /** Documents whose own text (notice, preamble, closing) or title matches the query: the 文件 block. */
    public List<DocumentHit> documents() {
        return result.documents();
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
