package policysearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code facets} maps each {@link FacetDim#key()} to its values sorted
 * by count (drill-sideways counts); {@code expansions} lists synonym/abbreviation terms also searched;
 * {@code notice} is a user-facing note (e.g. the query could not be parsed and was searched as plain text, the
 * filters left nothing because the documents do not state a role), or null.
 * {@code understood} lists the words of the query read as filters (each undoable); {@code related} holds up to
 * ten tasks outside {@code hits} that are close in meaning (semantic retrieval), never counted in {@code total};
 * {@code nearest} is, when filters left nothing, the nearest search with results, else null;
 * {@code documents} up to five documents whose own text (notice, preamble, closing) or title matches the query.
 * {@code facetTotals} maps each dimension's key to how many values it has in this result; {@code facets} lists at
 * most {@link FacetFilters#VALUES_LISTED} of them (the most frequent, and every value the request ticked).
 */
public record SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                           List<Hit> hits, Map<String, List<FacetValue>> facets, String notice,
                           List<Understood> understood, List<Related> related, NearestView nearest,
                           List<DocumentHit> documents, Map<String, Integer> facetTotals) {
    public SearchResult {
        // immutable throughout: one answer may be kept and handed to many requests at once (CachedSearches)
        expansions = expansions == null ? List.of() : List.copyOf(expansions);
        hits = hits == null ? List.of() : List.copyOf(hits);
        if (facets != null) {
            Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
            facets.forEach((dim, values) -> copy.put(dim, values == null ? null : List.copyOf(values)));
            facets = Collections.unmodifiableMap(copy);
        }
        understood = understood == null ? List.of() : List.copyOf(understood);
        related = related == null ? List.of() : List.copyOf(related);
        documents = documents == null ? List.of() : List.copyOf(documents);
        facetTotals = facetTotals != null ? Collections.unmodifiableMap(new LinkedHashMap<>(facetTotals))
                : totals(facets);
    }

    /** A result whose facets list every value they have. */
    public SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                        List<Hit> hits, Map<String, List<FacetValue>> facets, String notice,
                        List<Understood> understood, List<Related> related, NearestView nearest,
                        List<DocumentHit> documents) {
        this(query, total, page, size, tookMs, expansions, hits, facets, notice, understood, related, nearest,
                documents, null);
    }

    /** A result without matching documents. */
    public SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                        List<Hit> hits, Map<String, List<FacetValue>> facets, String notice,
                        List<Understood> understood, List<Related> related, NearestView nearest) {
        this(query, total, page, size, tookMs, expansions, hits, facets, notice, understood, related, nearest,
                List.of());
    }

    /** A result without understood filters, related tasks or a nearest view. */
    public SearchResult(String query, long total, int page, int size, long tookMs, List<String> expansions,
                        List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {
        this(query, total, page, size, tookMs, expansions, hits, facets, notice, List.of(), List.of(), null, List.of());
    }

    /** This result as answered again in {@code took} milliseconds (from a cache). */
    public SearchResult withTook(long took) {
        return new SearchResult(query, total, page, size, took, expansions, hits, facets, notice, understood,
                related, nearest, documents, facetTotals);
    }

    /** This result with other facet values, every one listed (a list narrowed for display). */
    public SearchResult withFacets(Map<String, List<FacetValue>> newFacets) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, newFacets, notice, understood,
                related, nearest, documents, null);
    }

    /** This result listing only {@code listed} of its facet values; the totals stay those of every value. */
    public SearchResult withListed(Map<String, List<FacetValue>> listed) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, listed, notice, understood,
                related, nearest, documents, facetTotals);
    }

    /** This result with a note added to its notice and the nearest view with results (null for none). */
    public SearchResult withNote(String extraNotice, NearestView near) {
        return new SearchResult(query, total, page, size, tookMs, expansions, hits, facets,
                joined(notice, extraNotice), understood, related, near, documents, facetTotals);
    }

    /**
     * This result with the query as the user typed it, what was read from it, the related tasks and the matching
     * documents.
     */
    public SearchResult with(String typed, List<Understood> read, List<Related> near, List<DocumentHit> docs,
                             String extraNotice, long took) {
        return new SearchResult(typed, total, page, size, took, expansions, hits, facets, joined(notice, extraNotice),
                read, near, nearest, docs, facetTotals);
    }

    private static Map<String, Integer> totals(Map<String, List<FacetValue>> facets) {
        if (facets == null) {
            return Map.of();
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> out.put(dim, values == null ? 0 : values.size()));
        return Collections.unmodifiableMap(out);
    }

    private static String joined(String a, String b) {
        return b == null ? a : a == null ? b : a + " " + b;
    }
}
