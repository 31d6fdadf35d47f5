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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;

/**
 * Runs a {@link SearchRequest} on a snapshot: parse the query, build it, filter by facets drill-sideways,
 * without semantic retrieval fall back to a relaxed query when nothing matches, say what the filters could not see
 * ({@link Unstated}), and turn the page of hits into highlighted records.
 */
final class TaskSearch {
    static final String RELAXED_NOTICE = Reach.RELAXED.notice;
    static final String NOTHING_TO_SEARCH_NOTICE = "查询中没有可搜索的文字。";
    static final String TOO_COMPLEX_NOTICE = "查询过于复杂，请减少词语后重试。";
    static final String ONLY_RELATED_NOTICE = "没有任务包含全部查询词；下面是语义相关的任务。";
    static final String NEAREST_NOTICE = "没有任务包含全部查询词，也没有意义足够接近的任务；下面是意义最接近的几项，仅供参考。";

    private final Schema schema;
    private final TaskQueries queries;
    private final boolean alwaysSideways;
    private final Synonyms synonyms;
    private final RegionNames regions = RegionNames.standard();
    private final SemanticSearch semantic;
    private final DocumentSearch documents;
    private final ResultPages pages;

    TaskSearch(Schema schema, Synonyms synonyms) {
        this(schema, synonyms, false);
    }

    /**
     * {@code alwaysSideways}: count every filtered request through Lucene's {@link DrillSideways} rather than as sets
     * ({@link BitsetSideways}): the reference the fast path is tested against.
     */
    TaskSearch(Schema schema, Synonyms synonyms, boolean alwaysSideways) {
        this.schema = schema;
        this.queries = new TaskQueries(schema, synonyms);
        this.alwaysSideways = alwaysSideways;
        this.synonyms = synonyms;
        this.semantic = new SemanticSearch(schema.embeddings());
        this.documents = new DocumentSearch(schema, synonyms);
        this.pages = new ResultPages(schema.facetsConfig());
    }

    private Understanding understand(Snapshot s, SearchRequest request) throws IOException {
        return Understanding.of(s, request, schema, synonyms, regions);
    }

    /** The exact result and the query whose matches it lists (left out of the related tasks). */
    private record Outcome(SearchResult result, Query matched, org.apache.lucene.util.FixedBitSet hits) {
        Outcome(SearchResult result, Query matched) {
            this(result, matched, null);
        }
    }


    SearchResult search(Snapshot s, SearchRequest request) throws IOException {
        return search(s, request, SemanticSearch.THRESHOLD);
    }

    /** As {@link #search(Snapshot, SearchRequest)} with another least similarity for related tasks (calibration). */
    SearchResult search(Snapshot s, SearchRequest request, float relatedThreshold) throws IOException {
        long start = System.nanoTime();
        Understanding u = understand(s, request);
        Outcome exact = exact(s, u, start);
        List<Related> related = List.of();
        boolean nearest = false;
        if (semantic.available(s) && exact.matched() != null && request.page() == 1) {
            related = related(s, u, exact, relatedThreshold);
            if (related.isEmpty() && exact.result().total() == 0) {
                // nothing at all: the few nearest tasks above a lower floor, said to be only the nearest
                related = related(s, u, exact, SemanticSearch.FLOOR);
                related = related.subList(0, Math.min(SemanticSearch.NEAREST, related.size()));
                nearest = !related.isEmpty();
            }
        }
        List<DocumentHit> docs = request.page() == 1 ? documents.search(s, u.effective()) : List.of();
        String notice = nearest ? NEAREST_NOTICE
                : exact.result().total() == 0 && !related.isEmpty() ? ONLY_RELATED_NOTICE
                : pastTheLastPage(exact.result());
        SearchResult result = exact.result().with(request.query(), u.reading().understood(), related, docs, notice,
                millis(start));
        return FacetFilters.listed(request.departmentContains().isEmpty() ? result
                : result.withFacets(FacetFilters.departmentsContaining(result.facets(), request.departmentContains())),
                request);
    }

    /** A notice for a page after the last one (the results exist, this page holds none of them), else null. */
    private static String pastTheLastPage(SearchResult r) {
        if (r.total() == 0 || !r.hits().isEmpty()) {
            return null;
        }
        long last = (r.total() + r.size() - 1) / r.size();
        return "第 " + r.page() + " 页超出结果范围：共 " + r.total() + " 项任务，每页 " + r.size() + " 项，最后一页是第 "
                + last + " 页。";
    }

    /**
     * The related list: the filters as the kNN pre-filter, the exact set left out, tasks with some of the words ranked closer.
     * A query too large to expand (synonyms of thousands of words) gets none rather than an error.
     */
    private List<Related> related(Snapshot s, Understanding u, Outcome exact, float threshold) throws IOException {
        try {
            Plan partial = plan(u.effective().query(), u, Reach.RELAXED, true);
            return semantic.related(s, SemanticSearch.meaningText(u.effective().query(), synonyms),
                    u.effective().filters().isEmpty() ? null // only tasks carry vectors: no filter to apply
                            : FacetFilters.drillDown(schema.facetsConfig(), DocumentRecords.TASKS, u.effective()),
                    exact.matched(), exact.hits(), partial == null ? null : partial.query(), threshold);
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        }
    }

    private Outcome exact(Snapshot s, Understanding u, long start) throws IOException {
        SearchRequest request = u.effective();
        try {
            return run(s, request, u, start, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return run(s, request, u, start, false); // a long query: the words as typed, no synonyms
            } catch (IndexSearcher.TooManyClauses again) {
                return new Outcome(empty(request, start, TOO_COMPLEX_NOTICE), null);
            }
        }
    }

    private Outcome run(Snapshot s, SearchRequest request, Understanding u, long start, boolean expand)
            throws IOException {
        Plan plan = plan(request.query(), u, Reach.WORDS, expand);
        if (plan == null) {
            return new Outcome(empty(request, start,
                    notice(QuerySyntax.parse(request.query()).notice(), NOTHING_TO_SEARCH_NOTICE)), null);
        }
        if (s.facetState() == null) {
            return new Outcome(empty(request, start, plan.notice()), null);
        }
        Sort sort = plan.sort(request);
        int topN = request.page() * request.size();
        boolean listing = request.query().isBlank() && !plan.scored();
        if (listing && request.filters().isEmpty()) {
            return new Outcome(ResultPages.browse(s, request, plan, topN, start), null);
        }
        if (!alwaysSideways) {
            return counted(s, request, u, plan, expand, topN, start);
        }
        DrillSideways ds = new DrillSideways(s, schema.facetsConfig(), s.facetState());
        Reached<DrillSideways.DrillSidewaysResult> reached = Reached.first(plan, fallbacks(s, plan, request),
                reach -> plan(request.query(), u, reach, expand),
                p -> ds.search(drillDown(p, request), null, null, topN, sort, p.scored()), TaskSearch::total);
        DrillSideways.DrillSidewaysResult r = reached.found();
        return new Outcome(result(s, request, reached.plan(), r.hits.scoreDocs, total(r), r.facets, start),
                request.query().isBlank() ? null : reached.plan().query());
    }

    /**
     * The query's matches and facets counted as sets ({@link BitsetSideways}), then only the page shown ranked:
     * the same answer as drill-sideways, without scoring every match once per filtered dimension.
     */
    private Outcome counted(Snapshot s, SearchRequest request, Understanding u, Plan plan, boolean expand, int topN,
                            long start) throws IOException {
        BitsetSideways sets = new BitsetSideways(s, schema.facetsConfig());
        Map<String, List<String>> dims = FacetFilters.dims(request);
        BitsetSideways.Order order = BitsetSideways.Order.of(request.sort(), plan.scored());
        Reached<BitsetSideways.Ranked> reached = Reached.first(plan, fallbacks(s, plan, request),
                reach -> plan(request.query(), u, reach, expand),
                p -> sets.rank(p.query(), dims, order, topN, p.scored()), r -> r.counted().total());
        BitsetSideways.Counted c = reached.found().counted();
        ScoreDoc[] top = c.total() == 0 ? new ScoreDoc[0] : reached.found().top();
        Plan used = reached.plan();
        List<FacetValue> roles = FacetFilters.countsRolesByQuery(request) ? ResultPages.roleCounts(role ->
                sets.total(used.query(), FacetFilters.dims(FacetFilters.withRole(request, role)))) : null;
        // what the filters could not see is counted from the words' matches already collected, not a second run of
        // their query (a listing's query, every task, is cheaper to run than a set of every task is to walk)
        Query matched = request.query().isBlank() ? used.query() : new InSet(sets.matched(used.query()));
        return new Outcome(pages.page(s, request, used, top, c.total(), c.facets(), roles, matched, start),
                request.query().isBlank() ? null : used.query(), c.hits());
    }

    /** The requested page of {@code docs} as (highlighted) hits, with the facet values read from {@code counts}. */
    private SearchResult result(Snapshot s, SearchRequest request, Plan plan, ScoreDoc[] docs, long total,
                                Facets counts, long start) throws IOException {
        List<FacetValue> roles = FacetFilters.countsRolesByQuery(request)
                ? ResultPages.roleCounts(r -> s.count(drillDown(plan, FacetFilters.withRole(request, r)))) : null;
        return pages.page(s, request, plan, docs, total, counts, roles, plan.query(), start);
    }

    /** Every hit of the request in result order, without highlights (for export). */
    List<Hit> searchAll(Snapshot s, SearchRequest typed) throws IOException {
        Understanding u = understand(s, typed);
        SearchRequest request = u.effective();
        try {
            return all(s, request, u, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return all(s, request, u, false);
            } catch (IndexSearcher.TooManyClauses again) {
                return List.of();
            }
        }
    }

    private List<Hit> all(Snapshot s, SearchRequest request, Understanding u, boolean expand)
            throws IOException {
        Plan plan = plan(request.query(), u, Reach.WORDS, expand);
        if (plan == null || s.facetState() == null) {
            return List.of();
        }
        Reached<Integer> reached = Reached.first(plan, fallbacks(s, plan, request),
                reach -> plan(request.query(), u, reach, expand), p -> s.count(drillDown(p, request)), n -> n);
        int n = reached.found();
        if (n == 0) {
            return List.of();
        }
        Plan used = reached.plan();
        TopDocs top = s.search(drillDown(used, request), n, used.sort(request), used.scored());
        List<Hit> hits = new ArrayList<>(n);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(StoredRecords.hit(s.storedFields().document(sd.doc), List.of(), used.scored() ? sd.score : 0f));
        }
        return hits;
    }

    /** The plan of a query, compiled once per snapshot (null: nothing searchable). */
    private Plan plan(String raw, Understanding u, Reach reach, boolean expand) throws IOException {
        return u.snapshot().compiled(new PlanKey(raw, u.bodies(), reach, expand, u.snapshot().neighboursReady()),
                () -> java.util.Optional.ofNullable(reach == Reach.MEANT ? meant(raw, u, expand)
                        : Plan.of(queries, raw, u, reach, expand))).orElse(null);
    }

    /**
     * The relaxed query (about half the words) kept to the tasks one of whose sentences (or passage, or title) is
     * close in meaning to the query ({@link SemanticSearch#MEANT}); a plan matching nothing when none is.
     */
    private Plan meant(String raw, Understanding u, boolean expand) throws IOException {
        Plan relaxed = Plan.of(queries, raw, u, Reach.RELAXED, expand);
        if (relaxed == null || !(u.snapshot() instanceof Snapshot snapshot)) {
            return relaxed;
        }
        List<String> close = semantic.meant(snapshot, SemanticSearch.meaningText(raw, synonyms), relaxed.query());
        Query query = close.isEmpty() ? new MatchNoDocsQuery()
                : new BooleanQuery.Builder()
                        .add(relaxed.query(), BooleanClause.Occur.MUST)
                        .add(new TermInSetQuery(Schema.TASK_ID,
                                close.stream().map(BytesRef::new).toList()),
                                BooleanClause.Occur.FILTER).build();
        return new Plan(query, relaxed.expansions(), relaxed.marks(), notice(QuerySyntax.parse(raw).notice(),
                Reach.MEANT.notice), relaxed.scored());
    }

    /**
     * What a plan depends on besides the snapshot: the text left, the bodies named, how it is built, and whether the
     * index's words were embedded (words no task contains then search their nearest index word too).
     */
    private record PlanKey(String text, List<String> bodies, Reach reach, boolean expand, boolean neighbours) {
    }

    private DrillDownQuery drillDown(Plan plan, SearchRequest request) {
        return FacetFilters.drillDown(schema.facetsConfig(), plan.query(), request);
    }

    /**
     * The wider reaches an empty exact set falls back to, in order: section headings for a query with words; then a
     * relaxed query (about half the words), with semantic retrieval kept to tasks close in meaning, since a relaxed
     * match on one generic word (医院 of 宠物医院) floods the result with tasks the user did not ask for.
     */
    private List<Reach> fallbacks(Snapshot s, Plan plan, SearchRequest request) {
        if (!plan.scored() || request.query().isBlank()) {
            return List.of();
        }
        return Reach.fallbacks(!semantic.available(s));
    }

    private static long total(DrillSideways.DrillSidewaysResult r) {
        FacetsCollector fc = r.drillDownFacetsCollector;
        if (fc == null) {
            return r.hits.totalHits.value();
        }
        return fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    /** The answer to a search stopped by its {@link SearchDeadline}: nothing found, and why. */
    static SearchResult outOfTime(SearchRequest request) {
        return empty(request, System.nanoTime(), SearchDeadline.OUT_OF_TIME_NOTICE);
    }

    private static SearchResult empty(SearchRequest request, long start, String notice) {
        Map<String, List<FacetValue>> facets = new java.util.LinkedHashMap<>();
        Arrays.stream(FacetDim.values()).forEach(d -> facets.put(d.key(), List.of()));
        return new SearchResult(request.query(), 0, request.page(), request.size(), millis(start), List.of(),
                List.of(), facets, notice);
    }

    static String notice(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static long millis(long start) {
        return ResultPages.millis(start);
    }
}
