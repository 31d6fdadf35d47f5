package policysearch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import policysearch.ingest.ParseOutcome;
import policysearch.ingest.SeedReader;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentRef;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.Hit;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;
import policysearch.search.Suggestion;

/**
 * Test double: a tiny in-memory {@link SearchService} over the parsed seeds (substring matching, naive facets),
 * used where a test must control exactly what the service answers or make it fail.
 */
class FakeSearchService implements SearchService {
    private final List<PolicyDocument> documents;
    private final List<Hit> tasks;

    /** A service over the documents parsed from {@code seeds}. */
    FakeSearchService(Path seeds) {
        try {
            documents = SeedReader.standard().readAll(seeds).stream().filter(ParseOutcome::ok)
                    .map(ParseOutcome::document).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tasks = documents.stream().flatMap(d -> d.tasks().stream().map(t -> hit(d, t))).toList();
    }

    private static DocumentRef ref(PolicyDocument d) {
        return new DocumentRef(d.id(), "/documents/" + d.id(), d.title(), d.listTitle(), d.number(), d.issuer(),
                d.date() == null ? null : d.date().toString(), d.year(), d.region());
    }

    private static Hit hit(PolicyDocument d, Task t) {
        return new Hit(t.id(), "/tasks/" + t.id(), d.source(), t.no(), t.label(), t.title(), t.text(), List.of(),
                t.section(), t.departments(), ref(d), 0f);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        List<Hit> all = searchAll(request);
        int from = Math.min(all.size(), (request.page() - 1) * request.size());
        List<Hit> page = all.subList(from, Math.min(all.size(), from + request.size())).stream()
                .map(h -> highlight(h, request.query())).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (FacetDim dim : FacetDim.values()) {
            facets.put(dim.key(), count(tasks.stream().filter(h -> matches(h, request, dim)), dim));
        }
        return new SearchResult(request.query(), all.size(), request.page(), request.size(), 1, List.of(), page,
                facets, null);
    }

    @Override
    public List<Hit> searchAll(SearchRequest request) {
        return tasks.stream().filter(h -> matches(h, request, null)).toList();
    }

    @Override
    public Optional<Hit> task(String id) {
        return tasks.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    @Override
    public List<DocumentSummary> documents() {
        return documents.stream().map(d -> new DocumentSummary(d.id(), "/documents/" + d.id(), d.source(),
                d.title(), d.listTitle(), d.number(), d.issuer(), d.date() == null ? null : d.date().toString(),
                d.year(), d.region(), d.sections(), d.tasks().size())).toList();
    }

    @Override
    public Optional<DocumentDetail> document(String id) {
        return documents().stream().filter(d -> d.id().equals(id)).findFirst().map(d -> new DocumentDetail(d,
                tasks.stream().filter(h -> h.document().id().equals(id)).toList()));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return tasks.stream().map(Hit::title).filter(t -> t.contains(prefix)).distinct().limit(limit)
                .map(t -> new Suggestion(t, "task")).toList();
    }

    @Override
    public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
        return count(tasks.stream(), dim).stream().filter(v -> v.value().contains(contains)).limit(limit).toList();
    }

    @Override
    public void close() {
    }

    private static Hit highlight(Hit h, String q) {
        if (q.isEmpty() || !h.text().contains(q)) {
            return h;
        }
        String marked = h.text().replace(q, "<mark>" + q + "</mark>");
        return new Hit(h.id(), h.url(), h.source(), h.no(), h.label(), h.title(), h.text(), List.of(marked),
                h.section(), h.departments(), h.document(), 1f);
    }

    private static boolean matches(Hit h, SearchRequest r, FacetDim except) {
        for (String term : r.query().split("\\s+")) {
            if (!term.isEmpty() && !(h.title() + h.text()).contains(term)) {
                return false;
            }
        }
        for (var f : r.filters().entrySet()) {
            if (f.getKey() != except && f.getKey() != FacetDim.ROLE
                    && values(h, f.getKey(), r.filter(FacetDim.ROLE)).stream().noneMatch(f.getValue()::contains)) {
                return false;
            }
        }
        return except == FacetDim.ROLE || r.filter(FacetDim.ROLE).isEmpty()
                || values(h, FacetDim.ROLE, List.of()).stream().anyMatch(r.filter(FacetDim.ROLE)::contains);
    }

    private static List<String> values(Hit h, FacetDim dim, List<String> roles) {
        Function<Department, Boolean> inRole = d -> roles.isEmpty() || roles.contains(d.role().id());
        return switch (dim) {
            case ISSUER -> List.of(h.document().issuer());
            case YEAR -> List.of(Integer.toString(h.document().year()));
            case REGION -> List.of(h.document().region());
            case SECTION -> List.of(h.section().title());
            case DEPARTMENT -> h.departments().stream().filter(inRole::apply).map(Department::name).toList();
            case SECTOR -> h.departments().stream().map(Department::sector).distinct().toList();
            case ROLE -> h.departments().stream().map(d -> d.role().id()).distinct().toList();
        };
    }

    private static List<FacetValue> count(Stream<Hit> hits, FacetDim dim) {
        Map<String, Long> counts = hits.flatMap(h -> values(h, dim, List.of()).stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<FacetValue> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new FacetValue(k, v)));
        out.sort(Comparator.comparingLong(FacetValue::count).reversed());
        return out;
    }
}
