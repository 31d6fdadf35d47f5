package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * Runs a {@link SearchRequest} on a snapshot: parse the query, build it, filter by facets drill-sideways,
 * fall back to a relaxed query when nothing matches, and turn the page of hits into highlighted records.
 */
final class TaskSearch {
    static final String RELAXED_NOTICE = "没有同时包含所有查询词的结果，以下是包含部分查询词的结果。";
    static final String NOTHING_TO_SEARCH_NOTICE = "查询中没有可搜索的文字。";
    static final String TOO_COMPLEX_NOTICE = "查询过于复杂，请减少词语后重试。";

    private static final SortField BY_DATE = new SortField(Schema.SORT_DATE, SortField.Type.LONG);
    private static final SortField BY_DATE_DESC = new SortField(Schema.SORT_DATE, SortField.Type.LONG, true);
    private static final SortField BY_DOC = new SortField(Schema.SORT_DOC, SortField.Type.STRING);
    private static final SortField BY_NO = new SortField(Schema.SORT_NO, SortField.Type.INT);

    private final Schema schema;
    private final QueryBuilder builder;
    private final boolean alwaysSideways;

    TaskSearch(Schema schema, Synonyms synonyms) {
        this(schema, synonyms, false);
    }

    /**
     * {@code alwaysSideways}: count filters with no query text through {@link DrillSideways} too, rather than
     * {@link FilteredListing} (the reference the fast path is tested against).
     */
    TaskSearch(Schema schema, Synonyms synonyms, boolean alwaysSideways) {
        this.schema = schema;
        this.builder = new QueryBuilder(schema, synonyms);
        this.alwaysSideways = alwaysSideways;
    }

    /** The query to run: what to match, the words also searched, what to mark, and a notice. */
    private record Plan(Query query, List<String> expansions, List<Highlights.Word> marks, String notice,
                        boolean scored) {
    }

    SearchResult search(Snapshot s, SearchRequest request) throws IOException {
        long start = System.nanoTime();
        try {
            return run(s, request, start, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return run(s, request, start, false); // a long query: search the words as typed, no synonyms
            } catch (IndexSearcher.TooManyClauses again) {
                return empty(request, start, TOO_COMPLEX_NOTICE);
            }
        }
    }

    private SearchResult run(Snapshot s, SearchRequest request, long start, boolean expand) throws IOException {
        Plan plan = plan(request.query(), false, expand);
        if (plan == null) {
            return empty(request, start, notice(QuerySyntax.parse(request.query()).notice(), NOTHING_TO_SEARCH_NOTICE));
        }
        if (s.facetState() == null) {
            return empty(request, start, plan.notice());
        }
        Sort sort = sort(request, plan);
        int topN = request.page() * request.size();
        if (request.query().isBlank() && request.filters().isEmpty()) {
            return browse(s, request, plan, sort, topN, start);
        }
        if (request.query().isBlank() && !alwaysSideways) {
            FilteredListing.Result r = FilteredListing.search(s, schema.facetsConfig(), plan.query(),
                    FacetFilters.dims(request), topN, sort);
            return result(s, request, plan, r.hits(), r.total(), r.facets(), start);
        }
        DrillSideways ds = new DrillSideways(s, schema.facetsConfig(), s.facetState());
        DrillSideways.DrillSidewaysResult r = ds.search(drillDown(plan, request), null, null, topN, sort, plan.scored());
        long total = total(r);
        if (total == 0 && plan.scored()) {
            Plan relaxed = plan(request.query(), true, expand);
            DrillSideways.DrillSidewaysResult rr =
                    ds.search(drillDown(relaxed, request), null, null, topN, sort, true);
            if (total(rr) > 0) {
                plan = relaxed;
                r = rr;
                total = total(rr);
            }
        }
        return result(s, request, plan, r.hits.scoreDocs, total, r.facets, start);
    }

    /** The requested page of {@code docs} as (highlighted) hits, with the facet values read from {@code counts}. */
    private SearchResult result(Snapshot s, SearchRequest request, Plan plan, ScoreDoc[] docs, long total,
                                Facets counts, long start) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
            Hit hit = StoredRecords.hit(s.storedFields().document(docs[i].doc), List.of(),
                    plan.scored() ? docs[i].score : 0f);
            hits.add(plan.marks().isEmpty() ? hit : StoredRecords.withHighlights(hit,
                    Highlights.of(plan.marks(), hit.title(), hit.text(), hit.departments())));
        }
        Map<String, List<FacetValue>> facets = FacetFilters.facets(counts, request, roleCounts(s, plan, request));
        return new SearchResult(request.query(), total, request.page(), request.size(), millis(start),
                plan.expansions(), List.copyOf(hits), facets, plan.notice());
    }

    /**
     * All tasks, unfiltered (the browse view): facet counts are the snapshot's corpus counts, computed once when it
     * opened, so the commonest request costs one sorted page instead of counting every facet over every task.
     */
    private SearchResult browse(Snapshot s, SearchRequest request, Plan plan, Sort sort, int topN, long start)
            throws IOException {
        ScoreDoc[] docs = s.search(plan.query(), topN, sort, false).scoreDocs;
        List<Hit> hits = new ArrayList<>();
        for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
            hits.add(StoredRecords.hit(s.storedFields().document(docs[i].doc), List.of(), 0f));
        }
        Map<String, List<FacetValue>> facets = new java.util.LinkedHashMap<>();
        for (FacetDim d : FacetDim.values()) {
            facets.put(d.key(), s.corpusFacet(FacetFilters.dim(d)));
        }
        return new SearchResult(request.query(), s.counts().tasks(), request.page(), request.size(), millis(start),
                plan.expansions(), List.copyOf(hits), facets, plan.notice());
    }

    /** Each role's count when ticking it alone would narrow both the department and the sector filter. */
    private List<FacetValue> roleCounts(Snapshot s, Plan plan, SearchRequest request) throws IOException {
        if (!FacetFilters.countsRolesByQuery(request)) {
            return null;
        }
        List<FacetValue> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(new FacetValue(role.id(), s.count(drillDown(plan, FacetFilters.withRole(request, role)))));
        }
        return out;
    }

    /** Every hit of the request in result order, without highlights (for export). */
    List<Hit> searchAll(Snapshot s, SearchRequest request) throws IOException {
        try {
            return all(s, request, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return all(s, request, false);
            } catch (IndexSearcher.TooManyClauses again) {
                return List.of();
            }
        }
    }

    private List<Hit> all(Snapshot s, SearchRequest request, boolean expand) throws IOException {
        Plan plan = plan(request.query(), false, expand);
        if (plan == null || s.facetState() == null) {
            return List.of();
        }
        Query q = drillDown(plan, request);
        int n = s.count(q);
        if (n == 0 && plan.scored()) {
            Plan relaxed = plan(request.query(), true, expand);
            q = drillDown(relaxed, request);
            n = s.count(q);
        }
        if (n == 0) {
            return List.of();
        }
        TopDocs top = s.search(q, n, sort(request, plan), plan.scored());
        List<Hit> hits = new ArrayList<>(n);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(StoredRecords.hit(s.storedFields().document(sd.doc), List.of(), plan.scored() ? sd.score : 0f));
        }
        return hits;
    }

    /** Null when the query had text but nothing searchable in it. */
    private Plan plan(String raw, boolean relaxed, boolean expand) {
        ParsedQuery parsed = QuerySyntax.parse(raw);
        if (parsed.isEmpty()) {
            if (!raw.isBlank()) {
                return null;
            }
            return new Plan(new TermQuery(new Term(Schema.KIND, Schema.KIND_TASK)), List.of(), List.of(), null, false);
        }
        QueryBuilder.Built built = builder.build(parsed, relaxed, expand);
        if (!built.searchable()) {
            return null;
        }
        String notice = relaxed ? notice(parsed.notice(), RELAXED_NOTICE) : parsed.notice();
        return new Plan(built.query(), built.expansions(), built.highlightWords(), notice, !parsed.groups().isEmpty());
    }

    private DrillDownQuery drillDown(Plan plan, SearchRequest request) {
        return FacetFilters.drillDown(schema.facetsConfig(), plan.query(), request);
    }

    /** Relevance, ties newest first (document order when nothing is scored), or newest document first. */
    private static Sort sort(SearchRequest request, Plan plan) {
        if (request.sort() == SortOrder.DATE) {
            return new Sort(BY_DATE_DESC, BY_DOC, BY_NO);
        }
        // Equal scores (a body's name in the same role, say): the newest document first.
        return plan.scored() ? new Sort(SortField.FIELD_SCORE, BY_DATE_DESC, BY_DOC, BY_NO)
                : new Sort(BY_DATE, BY_DOC, BY_NO);
    }

    private static long total(DrillSideways.DrillSidewaysResult r) {
        FacetsCollector fc = r.drillDownFacetsCollector;
        if (fc == null) {
            return r.hits.totalHits.value();
        }
        return fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static SearchResult empty(SearchRequest request, long start, String notice) {
        Map<String, List<FacetValue>> facets = new java.util.LinkedHashMap<>();
        Arrays.stream(FacetDim.values()).forEach(d -> facets.put(d.key(), List.of()));
        return new SearchResult(request.query(), 0, request.page(), request.size(), millis(start), List.of(),
                List.of(), facets, notice);
    }

    private static String notice(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
