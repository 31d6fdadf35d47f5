package policysearch.web.page;

import java.util.List;
import policysearch.search.Counts;
import policysearch.search.DocumentList;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.web.SearchParams;

/** The start page: search box, entry points by year, issuer, region and department, and the newest documents. */
public record HomePage(Layout layout, List<DocumentSummary> newest, Counts counts, List<Entry> entries) {
    /** How many of the newest documents the start page lists. */
    public static final int NEWEST = 20;


    /** A group of entry points: a facet dimension and its values (each a link to the filtered search). */
    public record Entry(FacetDim dim, List<FacetValue> values) {
        public Entry {
            // years read best in calendar order, newest first; everything else by count
            values = dim == FacetDim.YEAR
                    ? values.stream().sorted(java.util.Comparator.comparing(FacetValue::value).reversed()).toList()
                    : List.copyOf(values);
        }

        /** True for the long lists that get a full row. */
        public boolean wide() {
            return values.size() > 12;
        }

        /** The search filtered by one value of this dimension. */
        public String href(String value) {
            return "/search?" + dim.param() + "=" + SearchParams.encodeValue(value);
        }
    }

    /** The page for the corpus: the first page of the document list and the index's counts. */
    public static HomePage of(DocumentList newest, Counts counts, List<Entry> entries) {
        return new HomePage(Layout.of("政策任务检索", Layout.Nav.HOME), newest.documents(), counts,
                entries.stream().filter(e -> !e.values().isEmpty()).toList());
    }

    /** True when the start page lists only some of the documents. */
    public boolean more() {
        return counts.documents() > newest.size();
    }
}
