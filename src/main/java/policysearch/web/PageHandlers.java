package policysearch.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import policysearch.lineage.Lineage;
import policysearch.search.DocumentDetail;
import policysearch.search.FacetDim;
import policysearch.search.Hit;
import policysearch.search.SearchRequest;
import policysearch.search.SearchService;
import policysearch.web.page.DocumentPage;
import policysearch.web.page.DocumentsPage;
import policysearch.web.page.HelpPage;
import policysearch.web.page.HomePage;
import policysearch.web.page.SearchViews;
import policysearch.web.page.TaskPage;

/** The HTML pages and the CSV export: validate parameters, ask the service, render a page record. */
final class PageHandlers {
    static final int DEPARTMENT_ENTRIES = 30;
    /** Largest result set exported as CSV in one go (about 20 MB); larger sets must be narrowed first. */
    static final int MAX_CSV_ROWS = 100_000;
    private final SearchService service;
    private final Lineage lineage;
    private final Templates templates;
    private final BaseUrl baseUrl;

    PageHandlers(SearchService service, Lineage lineage, Templates templates, BaseUrl baseUrl) {
        this.service = service;
        this.lineage = lineage;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** {@code /}: search box, entry points and the document list. */
    void home(Context ctx) {
        List<HomePage.Entry> entries = List.of(
                new HomePage.Entry(FacetDim.YEAR, service.facetValues(FacetDim.YEAR, "", 20)),
                new HomePage.Entry(FacetDim.REGION, service.facetValues(FacetDim.REGION, "", 20)),
                new HomePage.Entry(FacetDim.ISSUER, service.facetValues(FacetDim.ISSUER, "", 20)),
                new HomePage.Entry(FacetDim.DEPARTMENT,
                        service.facetValues(FacetDim.DEPARTMENT, "", DEPARTMENT_ENTRIES)));
        render(ctx, "home/home.jte", HomePage.of(service.documents(1, HomePage.NEWEST), service.counts(), entries));
    }

    /** {@code /search}: results, readings of the query, related tasks, facets, chips, charts. */
    void search(Context ctx) {
        SearchParams params = SearchParams.parse(ctx.queryParamMap());
        boolean loading = "loading".equals(service.semantic()); // read first: the search may finish after the model
        render(ctx, "search/search.jte",
                SearchViews.page(params, service.search(params.toRequest()), documentNames(params), loading));
    }

    /** The 文号 (else the title) of each filtered document, for its chip; unknown ids are left out. */
    private Map<String, String> documentNames(SearchParams params) {
        Map<String, String> names = new HashMap<>();
        for (String id : params.filter(FacetDim.DOCUMENT)) {
            service.document(id).map(DocumentDetail::summary).ifPresent(d -> names.put(id,
                    d.number() != null ? d.number() : d.listTitle() != null ? d.listTitle() : d.title()));
        }
        return names;
    }

    /** {@code /search.csv}: the whole filtered result set for Excel, named after the search and the day. */
    void csv(Context ctx) {
        SearchParams params = SearchParams.parse(ctx.queryParamMap());
        SearchRequest request = params.withPage(1).toRequest();
        long total = service.search(
                new SearchRequest(request.query(), request.filters(), request.sort(), 1, 1)).total();
        if (total > MAX_CSV_ROWS) {
            throw new BadRequest("结果共 " + total + " 条，超过导出上限 " + MAX_CSV_ROWS + " 条，请先加筛选条件缩小范围。");
        }
        List<Hit> hits = service.searchAll(request);
        ctx.contentType("text/csv; charset=utf-8");
        CsvExport.FileName name = CsvExport.fileName(params.q(), params.filters(), LocalDate.now());
        ctx.header("Content-Disposition", ContentDisposition.attachment(name.name(), name.ascii()));
        ctx.result(CsvExport.write(hits, baseUrl));
    }

    /** {@code /tasks/{id}}: one task with neighbours, breadcrumbs, citation and lineage. */
    void task(Context ctx) {
        String id = ApiHandlers.validId(ctx);
        Hit task = service.task(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的任务。"));
        List<Hit> siblings = service.document(task.document().id()).map(DocumentDetail::tasks).orElse(List.of());
        int at = indexOf(siblings, id);
        Hit prev = at > 0 ? siblings.get(at - 1) : null;
        Hit next = at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
        render(ctx, "task/task.jte", TaskPage.of(task, prev, next, lineage.task(task), Citation.of(task, baseUrl)));
    }

    /** {@code /documents?page=}: one page of the document list. */
    void documents(Context ctx) {
        int page = SearchParams.intParam(ctx.queryParamMap(), "page", 1, 1, SearchParams.MAX_PAGE);
        render(ctx, "document/list.jte", DocumentsPage.of(service.documents(page, DocumentsPage.PAGE_SIZE)));
    }

    /** {@code /documents/{id}}: metadata, parent and implementations, outline. */
    void document(Context ctx) {
        String id = ApiHandlers.validId(ctx);
        DocumentDetail detail = service.document(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的文件。"));
        render(ctx, "document/document.jte", DocumentPage.of(detail, lineage.document(id).orElseThrow()));
    }

    /** {@code /help}: query syntax. */
    void help(Context ctx) {
        render(ctx, "help/help.jte", HelpPage.of());
    }

    private void render(Context ctx, String template, Object page) {
        ctx.html(templates.render(template, page));
    }

    private static int indexOf(List<Hit> hits, String id) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
