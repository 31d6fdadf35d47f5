package policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.lineage.Lineage;
import policysearch.model.Ids;
import policysearch.search.DocumentDetail;
import policysearch.search.EmbeddingState;
import policysearch.search.Hit;
import policysearch.search.Counts;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;
import policysearch.search.Suggestion;

/** The JSON API: validate parameters, ask the service, answer JSON. */
final class ApiHandlers {
    static final int SUGGESTIONS = 10;
    static final int MAX_PREFIX = 100;
    static final int DOCUMENTS_PAGE_SIZE = 50;
    static final int MAX_DOCUMENTS_PAGE_SIZE = 100;
    private final SearchService service;
    private final Lineage lineage;

    ApiHandlers(SearchService service, Lineage lineage) {
        this.service = service;
        this.lineage = lineage;
    }

    /**
     * {@code GET /api/search}: one page of hits with facets, and whether the semantic side was on when the search
     * began ({@code loading}: answered lexically, {@code related} empty).
     */
    void search(Context ctx) {
        SearchParams params = SearchParams.parse(ctx.queryParamMap());
        String semantic = service.semantic();
        ctx.json(new ApiSearch(withAllFacets(service.search(params.toRequest())), semantic));
    }

    /** {@code GET /api/tasks/{id}}: one hit object with its national counterparts, implementations, related. */
    void task(Context ctx) {
        String id = validId(ctx);
        Hit task = service.task(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的任务"));
        ctx.json(LineageJson.task(task, lineage.task(task)));
    }

    /** {@code GET /api/documents?page=&size=}: one page of documents with metadata, sections and task counts. */
    void documents(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        int page = SearchParams.intParam(params, "page", 1, 1, SearchParams.MAX_PAGE);
        int size = SearchParams.intParam(params, "size", DOCUMENTS_PAGE_SIZE, 1, MAX_DOCUMENTS_PAGE_SIZE);
        ctx.json(service.documents(page, size));
    }

    /** {@code GET /api/documents/{id}}: one document with its tasks, the document it implements and its children. */
    void document(Context ctx) {
        String id = validId(ctx);
        DocumentDetail detail = service.document(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的文件"));
        ctx.json(LineageJson.document(detail, lineage.document(id).orElseThrow()));
    }

    /** {@code GET /api/suggest?q=}: up to ten suggestions for the search box. */
    void suggest(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > MAX_PREFIX) {
            throw new BadRequest("参数 q 过长：最多 " + MAX_PREFIX + " 个字符");
        }
        ctx.json(new Suggestions(q, q.isEmpty() ? List.of() : service.suggest(q, SUGGESTIONS)));
    }

    /** {@code GET /health}: the service answers and how much it holds (counts kept per snapshot, nothing loaded). */
    void health(Context ctx) {
        Counts counts = service.counts();
        ctx.json(new Health("ok", counts.documents(), counts.tasks(), service.semantic(),
                service.embedding().orElse(null)));
    }

    /** The body of {@code /api/suggest}. */
    record Suggestions(String query, List<Suggestion> suggestions) {
    }

    /** The body of {@code /api/search}: the result's fields, then {@code semantic} as {@code /health} says it. */
    record ApiSearch(@JsonUnwrapped SearchResult result, String semantic) {
    }

    /** The body of {@code /health}; {@code embedding} only while vectors are being embedded for the index. */
    record Health(String status, int documents, int tasks, String semantic,
                  @JsonInclude(JsonInclude.Include.NON_NULL) EmbeddingState embedding) {
    }

    /** The path's {@code id}, checked before it reaches the service. */
    static String validId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isValid(id)) {
            throw new BadRequest("编号格式不正确：只能包含小写字母、数字和连字符");
        }
        return id;
    }

    /** The result with every facet key present (and its total), in the documented order. */
    static SearchResult withAllFacets(SearchResult r) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (FacetDim dim : FacetDim.values()) {
            facets.put(dim.key(), r.facets() == null ? List.of() : r.facets().getOrDefault(dim.key(), List.of()));
            totals.put(dim.key(), r.facetTotals().getOrDefault(dim.key(), facets.get(dim.key()).size()));
        }
        return new SearchResult(r.query(), r.total(), r.page(), r.size(), r.tookMs(), r.expansions(), r.hits(),
                facets, r.notice(), r.understood(), r.related(), r.nearest(), r.documents(), totals);
    }
}
