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

    /** Query, sort, size and role as (name = label, value = href) pairs; facet checkboxes carry the other filters. */
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
        p.filter(FacetDim.ROLE).forEach(r -> out.add(Link.of(FacetDim.ROLE.param(), r)));
        return out;
    }
}
