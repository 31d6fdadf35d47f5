package policysearch.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import policysearch.search.FacetDim;
import policysearch.search.SearchResult;
import policysearch.search.Understood;
import policysearch.web.SearchParams;
import policysearch.web.Templates;

/** How the readings of a query become chips: text, grouping, undo links, escaping. */
class SearchViewsTest {
    private static final String QUERY = "医改重点任务 卫健委 <b>2024年";

    private static SearchResult result(List<Understood> understood) {
        return new SearchResult(QUERY, 0, 1, 20, 1, List.of(), List.of(), Map.of(), null, understood, List.of(), null);
    }

    private static SearchParams params() {
        return SearchParams.parse(Map.of("q", List.of(QUERY), "region", List.of("国家"), "sort", List.of("date")));
    }

    @Test
    void aWordNotSearchedAndAWordNamingSeveralBodies() {
        List<Link> readings = SearchViews.page(params(), result(List.of(
                new Understood(null, null, "文件名称用语，未作为检索词", "医改重点任务", " \"医改重点任务\"  卫健委 <b>2024年"),
                new Understood(FacetDim.DEPARTMENT, "国家卫生健康委", "责任部门：国家卫生健康委", "卫健委",
                        "医改重点任务  \"卫健委\"  <b>2024年"),
                new Understood(FacetDim.DEPARTMENT, "四川省卫生健康委", "责任部门：四川省卫生健康委", "卫健委",
                        "医改重点任务  \"卫健委\"  <b>2024年")
        )), Map.of()).readings();
        assertEquals(List.of("“医改重点任务”为文件名称用语，未作为检索词", "已按 责任部门：国家卫生健康委、四川省卫生健康委 筛选"),
                readings.stream().map(Link::label).toList());
        String undo = "/search?q=" + SearchParams.encodeValue("\"医改重点任务\" 卫健委 <b>2024年")
                + "&region=%E5%9B%BD%E5%AE%B6&sort=date";
        assertEquals(undo, readings.get(0).href(), "the word quoted, spaces tidied, filters and sort kept");
    }

    @Test
    void aReadingThatNamesWhatWasLeftOutIsItsOwnSentence() {
        List<Link> readings = SearchViews.page(params(), result(List.of(
                new Understood(null, null, "“AI”未出现在任何任务中，已按其余词语搜索", "AI", "\"AI\" 辅助诊断"),
                new Understood(null, null, "“怎么”为提问用语，未作为检索词", "医保怎么报销", "\"医保怎么报销\"")
        )), Map.of()).readings();
        assertEquals(List.of("“AI”未出现在任何任务中，已按其余词语搜索", "“怎么”为提问用语，未作为检索词"),
                readings.stream().map(Link::label).toList());
    }

    @Test
    void aDimensionWithMoreValuesThanListedSaysHowManyAreLeftOut() {
        List<policysearch.search.FacetValue> depts = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            depts.add(new policysearch.search.FacetValue("部门" + i, 200 - i));
        }
        SearchResult r = new SearchResult("医保", 300, 1, 20, 1, List.of(), List.of(),
                Map.of(FacetDim.DEPARTMENT.key(), depts), null, List.of(), List.of(), null, List.of(),
                Map.of(FacetDim.DEPARTMENT.key(), 150));
        SearchPage page = SearchViews.page(SearchParams.parse(Map.of("q", List.of("医保"))), r, Map.of());
        FacetView block = page.facets().stream().filter(f -> f.dim() == FacetDim.DEPARTMENT).findFirst().orElseThrow();
        assertEquals(50, block.unlisted());
        String html = Templates.precompiled().render("search/search.jte", page);
        assertTrue(html.contains("另有 50 项较少的未列出，可按名称筛选"), html);
    }

    @Test
    void readingsAreEscaped() {
        SearchPage page = SearchViews.page(params(), result(List.of(new Understood(null, null,
                "文件名称用语，未作为检索词", "<b>任务", "\"<b>任务\""))), Map.of());
        String html = Templates.precompiled().render("search/search.jte", page);
        assertTrue(html.contains("“&lt;b&gt;任务”为文件名称用语，未作为检索词 · <a href=\"/search?q=%22%3Cb%3E"), html);
        assertFalse(html.contains("<b>"), "markup from the query echoed raw");
    }
}
