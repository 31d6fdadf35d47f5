package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import policysearch.model.Role;

/**
 * Turns what a search found into its answer: the page's tasks read from their stored records and highlighted, the
 * facet values, and a note on what the filters could not see; and the browse view's page of all tasks.
 */
final class ResultPages {
    private final Unstated unstated;

    ResultPages(FacetsConfig config) {
        this.unstated = new Unstated(config);
    }

    /** How many tasks a request with one role ticked finds. */
    interface RoleCount {
        long of(Role role) throws IOException;
    }

    /** Each role's count, for when ticking it alone would narrow both the department and the sector filter. */
    static List<FacetValue> roleCounts(RoleCount count) throws IOException {
        List<FacetValue> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(new FacetValue(role.id(), count.of(role)));
        }
        return out;
    }

    /**
     * The requested page of {@code docs} as (highlighted) hits, with the facet values read from {@code counts};
     * {@code matched}: the tasks the plan's query matches, for counting what the filters could not see.
     */
    SearchResult page(Snapshot s, SearchRequest request, Plan plan, ScoreDoc[] docs, long total, Facets counts,
                      List<FacetValue> roleCounts, Query matched, long start) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
            Hit hit = StoredRecords.hit(s.storedFields().document(docs[i].doc), List.of(),
                    plan.scored() ? docs[i].score : 0f);
            hits.add(plan.marks().isEmpty() ? hit : StoredRecords.withHighlights(hit,
                    Highlights.of(plan.marks(), hit.title(), hit.text(), hit.departments(),
                    hit.section() == null ? null : hit.section().title())));
        }
        Map<String, List<FacetValue>> facets = FacetFilters.facets(counts, request, roleCounts);
        Unstated.Said said = unstated.explain(s, matched, request, total);
        return new SearchResult(request.query(), total, request.page(), request.size(), millis(start),
                plan.expansions(), List.copyOf(hits), facets, plan.notice()).withNote(said.notice(), said.nearest());
    }

    /**
     * All tasks, unfiltered (the browse view): facet counts are the snapshot's corpus counts, computed once when it
     * opened, and the page the first tasks of the listing order ({@link SortRanks}), so the commonest request costs
     * reading one page whatever the size of the index. Until a new snapshot's orders are read (in the background
     * when it opens), a sorted search gives the same page without waiting for them.
     */
    static SearchResult browse(Snapshot s, SearchRequest request, Plan plan, int topN, long start)
            throws IOException {
        SortRanks ranks = s.sortRanksIfReady();
        ScoreDoc[] docs = ranks != null ? ranks.first(null, s.counts().tasks(), topN,
                BitsetSideways.Order.of(request.sort(), plan.scored()) == BitsetSideways.Order.NEWEST)
                : s.search(plan.query(), topN, plan.sort(request), false).scoreDocs;
        List<Hit> hits = new ArrayList<>();
        for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
            hits.add(StoredRecords.hit(s.storedFields().document(docs[i].doc), List.of(), 0f));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (FacetDim d : FacetDim.values()) {
            facets.put(d.key(), s.corpusFacet(FacetFilters.dim(d)));
        }
        return new SearchResult(request.query(), s.counts().tasks(), request.page(), request.size(), millis(start),
                plan.expansions(), List.copyOf(hits), facets, plan.notice());
    }

    /** Milliseconds since {@code start} (a {@link System#nanoTime()}). */
    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
