package policysearch.web.page;

import java.util.Comparator;
import java.util.List;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.SearchResult;
import policysearch.web.SearchParams;

/** The "matches by year / by issuer" charts of a result page, scaled from the facet counts. */
final class Charts {
    static final int MAX_BARS = 8;

    private Charts() {
    }

    /** Non-empty charts for the year and issuer facets of {@code result}; none when nothing matched. */
    static List<BarChart> of(SearchParams params, SearchResult result) {
        if (result.total() == 0) {
            return List.of(); // sideways counts of an empty result would chart other filters' matches
        }
        List<FacetValue> years = result.facets().getOrDefault(FacetDim.YEAR.key(), List.of()).stream()
                .sorted(Comparator.comparing(FacetValue::value)).toList();
        List<FacetValue> issuers = result.facets().getOrDefault(FacetDim.ISSUER.key(), List.of());
        return List.of(chart("按年份", FacetDim.YEAR, years, params),
                        chart("按发文机关", FacetDim.ISSUER, issuers, params))
                .stream().filter(c -> !c.bars().isEmpty()).toList();
    }

    private static BarChart chart(String title, FacetDim dim, List<FacetValue> values, SearchParams params) {
        List<FacetValue> top = values.stream().filter(v -> v.count() > 0).limit(MAX_BARS).toList();
        long max = top.stream().mapToLong(FacetValue::count).max().orElse(1);
        return new BarChart(title, top.stream().map(v -> new BarChart.Bar(v.value(), v.count(),
                (int) Math.max(2, v.count() * BarChart.MAX_BAR / max),
                params.withFilter(dim, List.of(v.value())).url("/search"))).toList());
    }
}
