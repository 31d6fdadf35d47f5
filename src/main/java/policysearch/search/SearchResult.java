package policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code facets} maps each {@link FacetDim#key()} to its values sorted
 * by count (drill-sideways counts); {@code expansions} lists synonym/abbreviation terms also searched;
 * {@code notice} is a user-facing note (e.g. the query could not be parsed and was searched as plain text), or null.
 */
public record SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                           List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {
}
