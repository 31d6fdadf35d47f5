package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real seeds: filters without query text give exactly what drill-sideways over every task gives. */
class ListingWithFiltersTest {
    @TempDir
    static Path tmp;
    private static SeedSnapshot seeds;
    private static Snapshot snapshot;
    private static TaskSearch fast;
    private static TaskSearch sideways;

    @BeforeAll
    static void open() throws IOException {
        seeds = SeedSnapshot.open(tmp.resolve("index"));
        snapshot = seeds.snapshot();
        fast = new TaskSearch(seeds.schema(), seeds.synonyms());
        sideways = new TaskSearch(seeds.schema(), seeds.synonyms(), true);
    }

    @AfterAll
    static void close() throws IOException {
        seeds.close();
    }

    @Test
    void namedCombinationsMatchDrillSideways() throws IOException {
        List<Map<FacetDim, List<String>>> cases = List.of(
                Map.of(FacetDim.YEAR, List.of("2020")),
                Map.of(FacetDim.ISSUER, List.of("国务院办公厅")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局")),
                Map.of(FacetDim.SECTOR, List.of("医疗保障")),
                Map.of(FacetDim.ROLE, List.of("lead")),
                Map.of(FacetDim.ROLE, List.of("responsible", "support")),
                Map.of(FacetDim.YEAR, List.of("2020", "2021"), FacetDim.REGION, List.of("国家")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.ROLE, List.of("lead")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局", "国家卫生健康委"), FacetDim.ROLE,
                        List.of("lead", "responsible")),
                Map.of(FacetDim.SECTOR, List.of("医疗保障"), FacetDim.ROLE, List.of("lead")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.SECTOR, List.of("卫生健康")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.SECTOR, List.of("医疗保障", "卫生健康"),
                        FacetDim.ROLE, List.of("lead"), FacetDim.YEAR, List.of("2020")),
                Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"), FacetDim.ROLE, List.of("lead"),
                        FacetDim.YEAR, List.of("2020")),
                Map.of(FacetDim.DEPARTMENT, List.of("没有这个部门")),
                Map.of(FacetDim.YEAR, List.of("2024"), FacetDim.REGION, List.of("重庆市")),
                Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.ROLE, List.of("lead"),
                        FacetDim.REGION, List.of("四川省")));
        long matching = 0;
        for (Map<FacetDim, List<String>> filters : cases) {
            matching += assertSame(filters) > 0 ? 1 : 0;
        }
        assertEquals(cases.size() - 3, matching, "all but the three cases made to match nothing find tasks");
    }

    @Test
    void everyPairOfDimensionsMatchesDrillSideways() throws IOException {
        List<FacetDim> dims = List.of(FacetDim.values());
        int compared = 0;
        for (FacetDim a : dims) {
            for (FacetDim b : dims) {
                if (a.ordinal() >= b.ordinal()) {
                    continue;
                }
                Map<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
                filters.put(a, top(a, 1, 1));
                filters.put(b, top(b, 0, 2));
                assertSame(filters);
                filters.put(FacetDim.ROLE, top(FacetDim.ROLE, 0, 1));
                assertSame(filters);
                compared += 2;
            }
        }
        assertEquals(56, compared); // every pair of the eight dimensions, with and without a role
    }

    @Test
    void laterPagesAndDateOrderMatchDrillSideways() throws IOException {
        Map<FacetDim, List<String>> f = Map.of(FacetDim.SECTOR, List.of("卫生健康"), FacetDim.ROLE, List.of("lead"));
        for (SortOrder sort : SortOrder.values()) {
            for (int page = 1; page <= 3; page++) {
                assertSame(new SearchRequest("", f, sort, page, 7), sort + " page " + page);
            }
        }
    }

    @Test
    void manySearchesAtOnceGiveEachTheSameFacetsAsOneAlone() throws Exception {
        // one filtered dimension: its sideways counts are the corpus counts every search of the snapshot shares
        List<SearchRequest> requests = List.of(
                new SearchRequest("", Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.ROLE, List.of("lead")),
                        SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("", Map.of(FacetDim.YEAR, List.of("2021")), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("", Map.of(FacetDim.SECTOR, List.of("医疗保障")), SortOrder.DATE, 1, 10));
        List<SearchResult> alone = new ArrayList<>();
        for (SearchRequest r : requests) {
            alone.add(fast.search(snapshot, r));
        }
        int threads = 8;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                runs.add(pool.submit(() -> {
                    int same = 0;
                    for (int i = 0; i < 150; i++) {
                        int k = (first + i) % requests.size();
                        SearchResult r = fast.search(snapshot, requests.get(k));
                        same += r.facets().equals(alone.get(k).facets()) && ids(r).equals(ids(alone.get(k))) ? 1 : 0;
                    }
                    return same;
                }));
            }
            for (var run : runs) {
                assertEquals(150, run.get(), "every search gave the answer it gives alone");
            }
        }
    }

    /** Compares the first hundred hits and everything else but the time taken; returns the total. */
    private static long assertSame(Map<FacetDim, List<String>> filters) throws IOException {
        return assertSame(new SearchRequest("", filters, SortOrder.RELEVANCE, 1, SearchRequest.MAX_SIZE),
                filters.toString());
    }

    private static long assertSame(SearchRequest request, String what) throws IOException {
        SearchResult expected = sideways.search(snapshot, request);
        SearchResult actual = fast.search(snapshot, request);
        assertEquals(expected.total(), actual.total(), what + ": total");
        assertEquals(ids(expected), ids(actual), what + ": hit order");
        assertEquals(expected.facets(), actual.facets(), what + ": facets");
        assertEquals(expected.hits(), actual.hits(), what + ": hits");
        assertEquals(expected.notice(), actual.notice(), what + ": notice");
        return actual.total();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    /** Corpus values of a dimension by count: {@code n} of them from the {@code from}-th. */
    private static List<String> top(FacetDim d, int from, int n) {
        List<String> values = new ArrayList<>();
        snapshot.corpusFacet(FacetFilters.dim(d)).stream().skip(from).limit(n).forEach(v -> values.add(v.value()));
        assertTrue(values.size() == n, d + " has too few values");
        return values;
    }
}
