package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A dimension with more values than a result lists: the most frequent, the ticked ones, and how many in all. */
class FacetFiltersTest {
    private static final int MANY = FacetFilters.VALUES_LISTED + 50;

    private static SearchResult result(int departments) {
        List<FacetValue> depts = new ArrayList<>();
        for (int i = 0; i < departments; i++) {
            depts.add(new FacetValue(String.format("部门%03d", i), 1000 - i));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(FacetDim.YEAR.key(), List.of(new FacetValue("2021", 7), new FacetValue("2020", 3)));
        facets.put(FacetDim.DEPARTMENT.key(), depts);
        return new SearchResult("", 10, 1, 20, 0, List.of(), List.of(), facets, null);
    }

    @Test
    void aLongDimensionListsItsMostFrequentValuesAndCountsThemAll() {
        SearchResult r = FacetFilters.listed(result(MANY), SearchRequest.of(""));
        List<FacetValue> depts = r.facets().get(FacetDim.DEPARTMENT.key());
        assertEquals(FacetFilters.VALUES_LISTED, depts.size());
        assertEquals("部门000", depts.get(0).value());
        assertEquals(String.format("部门%03d", FacetFilters.VALUES_LISTED - 1), depts.get(depts.size() - 1).value());
        assertEquals(MANY, r.facetTotals().get(FacetDim.DEPARTMENT.key()));
        assertEquals(2, r.facets().get(FacetDim.YEAR.key()).size());
        assertEquals(2, r.facetTotals().get(FacetDim.YEAR.key()));
    }

    @Test
    void aTickedValueBeyondTheListIsStillListedAfterTheRest() {
        String rare = String.format("部门%03d", MANY - 1);
        SearchRequest request = new SearchRequest("", Map.of(FacetDim.DEPARTMENT, List.of(rare)),
                SortOrder.RELEVANCE, 1, 20);
        List<FacetValue> depts = FacetFilters.listed(result(MANY), request).facets().get(FacetDim.DEPARTMENT.key());
        assertEquals(FacetFilters.VALUES_LISTED + 1, depts.size());
        assertEquals(rare, depts.get(depts.size() - 1).value());
    }

    @Test
    void aShortDimensionIsLeftAsItIs() {
        SearchResult r = result(FacetFilters.VALUES_LISTED);
        assertSame(r, FacetFilters.listed(r, SearchRequest.of("")));
        assertEquals(FacetFilters.VALUES_LISTED, r.facetTotals().get(FacetDim.DEPARTMENT.key()));
    }

    @Test
    void aLongListHasItsFirstValuesInOrderAndKeepsEveryValue() {
        List<FacetValue> values = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3 * FacetFilters.VALUES_LISTED; i++) {
            values.add(new FacetValue("文件" + i, random.nextInt(20))); // many ties on count: the value decides
        }
        List<FacetValue> all = FacetOrder.sorted(values);
        List<FacetValue> first = FacetOrder.firstSorted(values, FacetFilters.VALUES_LISTED);
        assertEquals(all.subList(0, FacetFilters.VALUES_LISTED), first.subList(0, FacetFilters.VALUES_LISTED));
        assertEquals(Set.copyOf(values), Set.copyOf(first));
        assertEquals(values.size(), first.size());
    }
}
