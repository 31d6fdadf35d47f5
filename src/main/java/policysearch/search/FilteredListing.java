package policysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * Filters with no query text, counted as drill-sideways would count them but without visiting every task.
 * With a base query that matches every task, a filtered dimension's sideways counts are the counts over the
 * tasks matching all the other filtered dimensions: the snapshot's corpus counts when it is the only one,
 * otherwise one search over the other dimensions' drill-downs. Every other dimension is counted over the hits.
 */
final class FilteredListing {
    /** The top hits, how many tasks matched, and the facet counts as {@code DrillSideways} reports them. */
    record Result(ScoreDoc[] hits, long total, Facets facets) {
    }

    private FilteredListing() {
    }

    /** Drill down from {@code allTasks} (a query matching every task) by {@code dims}: a page of hits and counts. */
    static Result search(Snapshot s, FacetsConfig config, Query allTasks, Map<String, List<String>> dims, int topN,
                         Sort sort) throws IOException {
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s,
                FacetFilters.drillDown(config, allTasks, dims), topN, sort, new FacetsCollectorManager());
        Facets drillDown = new SortedSetDocValuesFacetCounts(s.facetState(), r.facetsCollector());
        Map<String, Facets> sideways = new HashMap<>();
        for (String dim : dims.keySet()) {
            sideways.put(dim, dims.size() == 1 ? s.corpusCounts() : countWithout(s, config, allTasks, dims, dim));
        }
        long total = r.facetsCollector().getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new Result(r.topDocs().scoreDocs, total,
                sideways.isEmpty() ? drillDown : new MultiFacets(sideways, drillDown));
    }

    /** Counts over the tasks matching every filtered dimension but {@code left}: its sideways counts. */
    private static Facets countWithout(Snapshot s, FacetsConfig config, Query allTasks, Map<String, List<String>> dims,
                                       String left) throws IOException {
        Map<String, List<String>> others = new LinkedHashMap<>(dims);
        others.remove(left);
        FacetsCollector fc = s.search(FacetFilters.drillDown(config, allTasks, others), new FacetsCollectorManager());
        return new SortedSetDocValuesFacetCounts(s.facetState(), fc);
    }
}
