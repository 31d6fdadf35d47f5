package policysearch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.model.Section;
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
 * Test double: a tiny in-memory {@link SearchService} over hand-made tasks (substring matching, naive facets),
 * used where a test must control exactly what the service answers or make it fail.
 */
class FakeSearchService implements SearchService {
    static final Section PUBLIC_HEALTH = new Section(1, "健全公共卫生体系");
    static final Section INSURANCE = new Section(2, "深化医保改革");
    static final DocumentRef NATIONAL = new DocumentRef("gbf-2021-20", "/documents/gbf-2021-20",
            "国务院办公厅关于印发深化医药卫生体制改革2021年重点工作任务的通知", "深化医药卫生体制改革2021年重点工作任务",
            "国办发〔2021〕20号", "国务院办公厅", "2021-05-24", 2021, "国家");
    static final DocumentRef CHONGQING = new DocumentRef("ybf-2020-68", "/documents/ybf-2020-68",
            "重庆市深化医药卫生体制改革2020年下半年重点工作任务", "重庆市深化医药卫生体制改革2020年下半年重点工作任务",
            "渝府办发〔2020〕68号", "重庆市人民政府办公厅", "2020-08-10", 2020, "重庆市");

    private final List<Hit> tasks = List.of(
            hit(NATIONAL, 1, "（一）", "大力推广三明市医改经验", "在三明市建设全国深化医改经验推广基地。", PUBLIC_HEALTH,
                    List.of(new Department("国务院医改领导小组办公室", Role.RESPONSIBLE, "卫生健康"))),
            hit(NATIONAL, 2, "（二）", "推进医保支付方式改革", "推进按疾病诊断相关分组付费。", INSURANCE,
                    List.of(new Department("国家医保局", Role.RESPONSIBLE, "医疗保障"),
                            new Department("国家卫生健康委", Role.RESPONSIBLE, "卫生健康"))),
            hit(CHONGQING, 1, "（一）", "完善疾病预防控制体系", "优化疾病预防控制机构职能。", PUBLIC_HEALTH,
                    List.of(new Department("市卫生健康委", Role.LEAD, "卫生健康"),
                            new Department("市财政局", Role.SUPPORT, "财政"))),
            hit(CHONGQING, 2, "（二）", "深化医保支付方式改革", "推进DRG付费国家试点。", INSURANCE,
                    List.of(new Department("重庆市医保局", Role.LEAD, "医疗保障"),
                            new Department("市卫生健康委", Role.SUPPORT, "卫生健康"))));

    private static Hit hit(DocumentRef doc, int no, String label, String title, String text, Section s,
                           List<Department> depts) {
        String id = doc.id() + "-t" + no;
        return new Hit(id, "/tasks/" + id, doc.id() + ".txt", no, label, title, text, List.of(), s, depts, doc, 0f);
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
        return Stream.of(CHONGQING, NATIONAL).map(d -> new DocumentSummary(d.id(), d.url(), d.id() + ".txt",
                d.title(), d.listTitle(), d.number(), d.issuer(), d.date(), d.year(), d.region(),
                List.of(PUBLIC_HEALTH, INSURANCE), 2)).toList();
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
