package policysearch.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import policysearch.search.FacetDim;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;
import policysearch.search.SortOrder;

/**
 * The benchmark's query classes (keywords, a body's short name, exclusion, phrase, browse, filters, a department's
 * role, date order, related lists, a year read from the query, suggestions, the department name filter), each timed
 * on one thread with its exact set's share of all tasks.
 */
final class QueryClasses {
    private QueryClasses() {
    }

    /** Runs each class {@code runs} times after a warm-up and prints a row each; returns the latencies per class. */
    static List<Latencies> measure(PrintWriter out, SearchService s, int runs, int tasks) {
        Map<String, Supplier<Object>> classes = new LinkedHashMap<>();
        classes.put("keyword: 医保支付方式改革", () -> s.search(req("医保支付方式改革", Map.of(), SortOrder.RELEVANCE)));
        classes.put("abbreviation: 卫健委 (synonyms)", () -> s.search(req("卫健委", Map.of(), SortOrder.RELEVANCE)));
        classes.put("two words, exclusion: 分级诊疗 -城市", () -> s.search(req("分级诊疗 -城市", Map.of(), SortOrder.RELEVANCE)));
        classes.put("phrase: \"家庭医生\"", () -> s.search(req("\"家庭医生\"", Map.of(), SortOrder.RELEVANCE)));
        classes.put("all tasks, facets only (empty q)", () -> s.search(req("", Map.of(), SortOrder.RELEVANCE)));
        classes.put("keyword + year + sector filters", () -> s.search(req("医保",
                Map.of(FacetDim.YEAR, List.of("2020", "2021"), FacetDim.SECTOR, List.of("医疗保障")), SortOrder.RELEVANCE)));
        classes.put("department led (dept + role)", () -> s.search(req("", Map.of(FacetDim.DEPARTMENT,
                List.of("国家医保局"), FacetDim.ROLE, List.of("lead")), SortOrder.RELEVANCE)));
        classes.put("keyword sorted by date", () -> s.search(req("公立医院", Map.of(), SortOrder.DATE)));
        classes.put("colloquial, related list (kNN): 看病贵", () -> s.search(req("看病贵", Map.of(),
                SortOrder.RELEVANCE)));
        classes.put("related list (kNN) + year filter", () -> s.search(req("老人上门看病",
                Map.of(FacetDim.YEAR, List.of("2020")), SortOrder.RELEVANCE)));
        classes.put("understood: 2021 医保支付 (year read)", () -> s.search(req("2021 医保支付", Map.of(),
                SortOrder.RELEVANCE)));
        classes.put("suggest: 医", () -> s.suggest("医", 10));
        classes.put("suggest: 医保支", () -> s.suggest("医保支", 10));
        classes.put("department list filter: 卫生", () -> s.facetValues(FacetDim.DEPARTMENT, "卫生", 50));
        for (Supplier<Object> q : classes.values()) {
            for (int i = 0; i < Math.max(5, runs / 5); i++) {
                q.get(); // warm up the JIT and the page cache
            }
        }
        out.println(Latencies.header());
        List<Latencies> all = new ArrayList<>();
        for (var e : classes.entrySet()) {
            Latencies l = new Latencies(e.getKey(), runs);
            Object result = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                result = e.getValue().get();
                l.add(System.nanoTime() - start);
            }
            if (result instanceof SearchResult r) {
                l.selectivity(100.0 * r.total() / tasks);
            }
            out.println(l.row());
            out.flush();
            all.add(l);
        }
        return all;
    }

    private static SearchRequest req(String q, Map<FacetDim, List<String>> filters, SortOrder sort) {
        return new SearchRequest(q, filters, sort, 1, 10);
    }
}
