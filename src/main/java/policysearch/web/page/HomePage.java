package policysearch.web.page;

import java.util.List;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.web.SearchParams;

/** The start page: search box, entry points by year, issuer, region and department, and the newest documents. */
public record HomePage(Layout layout, List<DocumentSummary> documents, List<Entry> entries) {
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

    /** The page for the corpus. */
    public static HomePage of(List<DocumentSummary> documents, List<Entry> entries) {
        return new HomePage(Layout.of("政策任务检索", Layout.Nav.HOME), documents,
                entries.stream().filter(e -> !e.values().isEmpty()).toList());
    }

    /** Total number of tasks over all documents. */
    public int taskCount() {
        return documents.stream().mapToInt(DocumentSummary::taskCount).sum();
    }

    /** The newest documents, for the list on the start page. */
    public List<DocumentSummary> newest() {
        return documents.subList(0, Math.min(NEWEST, documents.size()));
    }

    /** True when the start page lists only some of the documents. */
    public boolean more() {
        return documents.size() > NEWEST;
    }
}
