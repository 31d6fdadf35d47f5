package policysearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import policysearch.index.Schema;
import policysearch.model.Role;
import policysearch.search.opensearch.Fields;

/**
 * {@link TaskSearch} on OpenSearch: the same steps (understand, plan, relax when nothing matches, explain what the
 * filters could not see, highlight), the plan's Lucene query translated clause for clause and run with the filters
 * as a {@code post_filter} and one filtered terms aggregation per facet dimension, so totals and counts are the
 * embedded engine's. Semantic retrieval is off: the related list stays empty and an empty exact set relaxes.
 */
final class OpenSearchTasks {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Schema schema;
    private final Synonyms synonyms;
    private final TaskQueries queries;
    private final DocumentSearch documents;
    private final Unstated unstated;
    private final RegionNames regions = RegionNames.standard();

    OpenSearchTasks(Schema schema, Synonyms synonyms) {
        this.schema = schema;
        this.synonyms = synonyms;
        this.queries = new TaskQueries(schema, synonyms);
        this.documents = new DocumentSearch(schema, synonyms);
        this.unstated = new Unstated(schema.facetsConfig());
    }

    SearchResult search(OpenSearchCorpus c, SearchRequest request) throws java.io.IOException {
        long start = System.nanoTime();
        Understanding u = Understanding.of(c, request, schema, synonyms, regions);
        SearchResult exact = exact(c, u, start);
        List<DocumentHit> docs = request.page() == 1 ? documents(c, u.effective()) : List.of();
        SearchResult result = exact.with(request.query(), u.reading().understood(), List.of(), docs,
                pastTheLastPage(exact), millis(start));
        return FacetFilters.listed(request.departmentContains().isEmpty() ? result
                : result.withFacets(FacetFilters.departmentsContaining(result.facets(), request.departmentContains())),
                request);
    }

    private static String pastTheLastPage(SearchResult r) {
        if (r.total() == 0 || !r.hits().isEmpty()) {
            return null;
        }
        long last = (r.total() + r.size() - 1) / r.size();
        return "第 " + r.page() + " 页超出结果范围：共 " + r.total() + " 项任务，每页 " + r.size() + " 项，最后一页是第 "
                + last + " 页。";
    }

    private SearchResult exact(OpenSearchCorpus c, Understanding u, long start) throws java.io.IOException {
        SearchRequest request = u.effective();
        try {
            return run(c, request, u, start, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return run(c, request, u, start, false);
            } catch (IndexSearcher.TooManyClauses again) {
                return empty(request, start, TaskSearch.TOO_COMPLEX_NOTICE);
            }
        }
    }

    private SearchResult run(OpenSearchCorpus c, SearchRequest request, Understanding u, long start, boolean expand)
            throws java.io.IOException {
        Plan plan = Plan.of(queries, request.query(), u, Reach.WORDS, expand);
        if (plan == null) {
            return empty(request, start, TaskSearch.notice(QuerySyntax.parse(request.query()).notice(),
                    TaskSearch.NOTHING_TO_SEARCH_NOTICE));
        }
        if (c.counts().tasks() == 0) {
            return empty(request, start, plan.notice());
        }
        Map<String, List<String>> filters = FacetFilters.dims(request);
        Reached<JsonNode> reached = Reached.first(plan, fallbacks(plan, request),
                reach -> Plan.of(queries, request.query(), u, reach, expand),
                p -> c.search(body(p, request, filters)), OpenSearchTasks::total);
        return result(c, request, reached.plan(), reached.found(), total(reached.found()), start);
    }

    /** The page of hits, the filters as {@code post_filter}, each facet counted sideways. */
    private static ObjectNode body(Plan plan, SearchRequest request, Map<String, List<String>> filters) {
        ObjectNode body = F.objectNode();
        body.put("from", (request.page() - 1) * request.size()).put("size", request.size())
                .put("track_total_hits", true);
        body.set("query", OpenSearchCorpus.dsl(plan.query()));
        body.set("post_filter", FacetAggregations.postFilter(filters));
        body.set("aggs", FacetAggregations.sideways(filters));
        body.set("sort", OpenSearchCorpus.sort(plan.sort(request)));
        body.putArray("_source").add(Fields.STORED);
        return body;
    }

    private SearchResult result(OpenSearchCorpus c, SearchRequest request, Plan plan, JsonNode answer, long total,
                                long start) throws java.io.IOException {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : answer.path("hits").path("hits")) {
            Hit hit = StoredRecords.hit(Fields.stored(h.path("_source")), List.of(),
                    plan.scored() ? (float) h.path("_score").asDouble() : 0f);
            hits.add(plan.marks().isEmpty() ? hit : StoredRecords.withHighlights(hit,
                    Highlights.of(plan.marks(), hit.title(), hit.text(), hit.departments(),
                    hit.section() == null ? null : hit.section().title())));
        }
        var counts = new CountedFacets(FacetAggregations.read(answer.path("aggregations")));
        Map<String, List<FacetValue>> facets = FacetFilters.facets(counts, request, roleCounts(c, plan, request));
        Unstated.Said said = unstated.explain(c, plan.query(), request, total);
        return new SearchResult(request.query(), total, request.page(), request.size(), millis(start),
                plan.expansions(), List.copyOf(hits), facets, plan.notice()).withNote(said.notice(), said.nearest());
    }

    private List<FacetValue> roleCounts(OpenSearchCorpus c, Plan plan, SearchRequest request) {
        if (!FacetFilters.countsRolesByQuery(request)) {
            return null;
        }
        List<FacetValue> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(new FacetValue(role.id(), c.count(drillDown(plan.query(), FacetFilters.withRole(request, role)))));
        }
        return out;
    }

    private Query drillDown(Query base, SearchRequest request) {
        return FacetFilters.drillDown(schema.facetsConfig(), base, request);
    }

    /** Every hit of the request in result order, without highlights (for export). */
    List<Hit> searchAll(OpenSearchCorpus c, SearchRequest typed) throws java.io.IOException {
        Understanding u = Understanding.of(c, typed, schema, synonyms, regions);
        SearchRequest request = u.effective();
        try {
            return all(c, request, u, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return all(c, request, u, false);
            } catch (IndexSearcher.TooManyClauses again) {
                return List.of();
            }
        }
    }

    private List<Hit> all(OpenSearchCorpus c, SearchRequest request, Understanding u, boolean expand)
            throws java.io.IOException {
        Plan plan = Plan.of(queries, request.query(), u, Reach.WORDS, expand);
        if (plan == null || c.counts().tasks() == 0) {
            return List.of();
        }
        Reached<Integer> reached = Reached.first(plan, fallbacks(plan, request),
                reach -> Plan.of(queries, request.query(), u, reach, expand),
                p -> c.count(drillDown(p.query(), request)), n -> n);
        if (reached.found() == 0) {
            return List.of();
        }
        Plan used = reached.plan();
        Query q = drillDown(used.query(), request);
        Sort sort = used.sort(request);
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : c.all(q, sort)) {
            hits.add(StoredRecords.hit(Fields.stored(h.path("_source")), List.of(),
                    used.scored() ? (float) h.path("_score").asDouble() : 0f));
        }
        return hits;
    }

    /** The documents block: the embedded engine's query on the documents' own records. */
    private List<DocumentHit> documents(OpenSearchCorpus c, SearchRequest request) {
        ParsedQuery parsed = QuerySyntax.parse(request.query());
        if (!DocumentSearch.applies(request, parsed)) {
            return List.of();
        }
        for (boolean expand : new boolean[] {true, false}) {
            try {
                DocumentSearch.Prepared p = documents.prepare(request, parsed, expand);
                if (p == null) {
                    return List.of();
                }
                ObjectNode body = F.objectNode().put("size", DocumentSearch.LIMIT);
                body.set("query", OpenSearchCorpus.dsl(p.query()));
                List<DocumentHit> out = new ArrayList<>();
                OpenSearchCorpus.stored(c.search(body)).forEach(d -> out.add(DocumentSearch.hit(d, p)));
                return out;
            } catch (IndexSearcher.TooManyClauses e) {
                // a long query: the words as typed, no synonyms
            }
        }
        return List.of();
    }

    /** The wider reaches an empty exact set falls back to: section headings, then about half the words. */
    private static List<Reach> fallbacks(Plan plan, SearchRequest request) {
        return plan.scored() && !request.query().isBlank() ? Reach.fallbacks(true) : List.of();
    }

    private static long total(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong();
    }

    private static SearchResult empty(SearchRequest request, long start, String notice) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (FacetDim d : FacetDim.values()) {
            facets.put(d.key(), List.of());
        }
        return new SearchResult(request.query(), 0, request.page(), request.size(), millis(start), List.of(),
                List.of(), facets, notice);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
