package policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code facets} maps each {@link FacetDim#key()} to its values sorted
 * by count (drill-sideways counts); {@code expansions} lists synonym/abbreviation terms also searched;
 * {@code notice} is a user-facing note (e.g. the query could not be parsed and was searched as plain text), or null.
 * {@code understood} lists the words of the query read as filters (each undoable); {@code related} holds up to
 * ten tasks outside {@code hits} that are close in meaning (semantic retrieval), never counted in {@code total}.
 */
public record SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                           List<Hit> hits, Map<String, List<FacetValue>> facets, String notice,
                           List<Understood> understood, List<Related> related) {
    public SearchResult {
        understood = understood == null ? List.of() : List.copyOf(understood);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A result without understood filters or related tasks. */
    public SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                        List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {
        this(query, total, page, size, tookMs, expansions, hits, facets, notice, List.of(), List.of());
    }

    /** This result with other facet values (a list narrowed for display). */
    public SearchResult withFacets(Map<String, List<FacetValue>> newFacets) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, newFacets, notice, understood,
                related);
    }

    /** This result with the query as the user typed it, what was read from it and the related tasks. */
    public SearchResult with(String typed, List<Understood> read, List<Related> near, String extraNotice,
                             long took) {
        String n = extraNotice == null ? notice : notice == null ? extraNotice : notice + " " + extraNotice;
        return new SearchResult(typed, total, page, size, took, expansions, hits, facets, n, read, near);
    }
}
