package policysearch.web.page;

import java.util.ArrayList;
import java.util.List;
import policysearch.search.FacetDim;
import policysearch.search.SortOrder;
import policysearch.web.SearchParams;

/** The name/value pairs a GET form must repeat so that submitting it keeps the rest of the search state. */
final class HiddenState {
    private HiddenState() {
    }

    /**
     * Query, sort, size and the filters the sidebar has no checkboxes for (role, document) as
     * (name = label, value = href) pairs.
     */
    static List<Link> of(SearchParams p) {
        List<Link> out = new ArrayList<>();
        if (!p.q().isEmpty()) {
            out.add(Link.of("q", p.q()));
        }
        if (p.sort() != SortOrder.RELEVANCE) {
            out.add(Link.of("sort", p.sort().param()));
        }
        if (p.size() != policysearch.search.SearchRequest.DEFAULT_SIZE) {
            out.add(Link.of("size", Integer.toString(p.size())));
        }
        for (FacetDim dim : FacetDim.values()) {
            if (!SearchViews.SIDEBAR.contains(dim)) {
                p.filter(dim).forEach(v -> out.add(Link.of(dim.param(), v)));
            }
        }
        return out;
    }
}
