package policysearch.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the raw query text, filters (OR within a dimension, AND across dimensions),
 * sort order and 1-based page, and {@code departmentContains}: text the department facet's values must contain
 * (the long list narrowed by name; it filters no task).
 * A {@link FacetDim#ROLE} filter combined with a {@link FacetDim#DEPARTMENT} or {@link FacetDim#SECTOR} filter
 * limits that match to the role (tasks that 国家医保局 leads, tasks a 医疗保障 body leads); alone it keeps
 * tasks with any body in that role.
 */
public record SearchRequest(String query, Map<FacetDim, List<String>> filters, SortOrder sort, int page, int size,
                            String departmentContains) {
    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 100;
    /** Page size when none is given. */
    public static final int DEFAULT_SIZE = 10;
    /** Longest query text accepted; only its first words are searched ({@link QuerySyntax}). */
    public static final int MAX_QUERY = 1_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        departmentContains = departmentContains == null ? "" : departmentContains.strip();
        if (query.length() > MAX_QUERY) {
            throw new IllegalArgumentException("query is longer than " + MAX_QUERY + " characters");
        }
        EnumMap<FacetDim, List<String>> copy = new EnumMap<>(FacetDim.class);
        if (filters != null) {
            filters.forEach((k, v) -> {
                List<String> values = v == null ? List.of()
                        : v.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
                if (!values.isEmpty()) {
                    copy.put(k, values);
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** A request whose department facet lists every value. */
    public SearchRequest(String query, Map<FacetDim, List<String>> filters, SortOrder sort, int page, int size) {
        this(query, filters, sort, page, size, "");
    }

    /** The same request for another query text and filters (sort, page, size and department text kept). */
    public SearchRequest with(String newQuery, Map<FacetDim, List<String>> newFilters) {
        return new SearchRequest(newQuery, newFilters, sort, page, size, departmentContains);
    }

    /** A first-page request for a query with no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, DEFAULT_SIZE);
    }

    /** The values of one filter, empty when not filtered. */
    public List<String> filter(FacetDim dim) {
        return filters.getOrDefault(dim, List.of());
    }
}
