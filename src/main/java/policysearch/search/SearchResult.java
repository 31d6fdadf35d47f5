package policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code facets} maps each {@link FacetDim#key()} to its values sorted
 * by count (drill-sideways counts); {@code expansions} lists synonym/abbreviation terms also searched;
 * {@code notice} is a user-facing note (e.g. the query could not be parsed and was searched as plain text, the
 * filters left nothing because the documents do not state a role), or null.
 * {@code understood} lists the words of the query read as filters (each undoable); {@code related} holds up to
 * ten tasks outside {@code hits} that are close in meaning (semantic retrieval), never counted in {@code total};
 * {@code nearest} is, when filters left nothing, the nearest search with results, else null.
 */
public record SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                           List<Hit> hits, Map<String, List<FacetValue>> facets, String notice,
                           List<Understood> understood, List<Related> related, NearestView nearest) {
    public SearchResult {
        understood = understood == null ? List.of() : List.copyOf(understood);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A result without understood filters, related tasks or a nearest view. */
    public SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                        List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {
        this(query, total, page, size, tookMs, expansions, hits, facets, notice, List.of(), List.of(), null);
    }

    /** This result with other facet values (a list narrowed for display). */
    public SearchResult withFacets(Map<String, List<FacetValue>> newFacets) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, newFacets, notice, understood,
                related, nearest);
    }

    /** This result with a note added to its notice and the nearest view with results (null for none). */
    public SearchResult withNote(String extraNotice, NearestView near) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, facets,
                joined(notice, extraNotice), understood, related, near);
    }

    /** This result with the query as the user typed it, what was read from it and the related tasks. */
    public SearchResult with(String typed, List<Understood> read, List<Related> near, String extraNotice,
                             long took) {
        return new SearchResult(typed, total, page, size, took, expansions, hits, facets, joined(notice, extraNotice),
                read, near, nearest);
    }

    private static String joined(String a, String b) {
        return b == null ? a : a == null ? b : a + " " + b;
    }
}
