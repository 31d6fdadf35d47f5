package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import policysearch.fixtures.Fixtures;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;

/** Search behaviour on a small index of hand-made documents. */
class FixtureSearchTest {
    @TempDir
    static Path tmp;
    private static LuceneSearchService service;

    @BeforeAll
    static void build() throws IOException {
        try (Schema schema = new Schema()) {
            new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("index"), "fixtures");
        }
        service = LuceneSearchService.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    static SearchResult search(String q) {
        return service.search(SearchRequest.of(q));
    }

    static SearchResult search(String q, Map<FacetDim, List<String>> filters) {
        return service.search(new SearchRequest(q, filters, SortOrder.RELEVANCE, 1, 10));
    }

    static Map<String, Long> facet(SearchResult r, FacetDim d) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        r.facets().get(d.key()).forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    @Test
    void emptyQueryListsAllTasksInDocumentOrder() {
        SearchResult r = search("");
        assertEquals(7, r.total());
        assertEquals(List.of("gbf-2020-25-t1", "gbf-2020-25-t2", "gbf-2020-25-t3", "yfbf-2020-110-t1",
                "yfbf-2020-110-t2", "yfbf-2020-110-t3", "cn-2024-0603-t1"), ids(r));
        assertTrue(r.hits().get(0).highlights().isEmpty());
    }

    @Test
    void dateSortPutsNewestDocumentFirst() {
        SearchResult r = service.search(new SearchRequest("", Map.of(), SortOrder.DATE, 1, 3));
        assertEquals(List.of("cn-2024-0603-t1", "yfbf-2020-110-t1", "yfbf-2020-110-t2"), ids(r));
    }

    @Test
    void abbreviationInsideAWordMatchesTheLongFormToo() {
        SearchResult r = search("医保支付方式改革");
        assertEquals(3, r.total());
        assertTrue(ids(r).containsAll(List.of("gbf-2020-25-t2", "yfbf-2020-110-t2", "cn-2024-0603-t1")));
        assertEquals(List.of("医疗保障"), r.expansions());
        // exact spelling ranks above the synonym
        assertEquals("yfbf-2020-110-t2", ids(r).get(2));
    }

    @Test
    void everyPieceMustMatchNotAnyCharacter() {
        // 医 and 保 each occur in most tasks; the word 医保 (or 医疗保障) in three; 医保 is no body, so the
        // department 市医保局 of yfbf-2020-110-t1 does not count
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1", "yfbf-2020-110-t2"),
                Set.copyOf(ids(search("医保"))));
    }

    @Test
    void latinTermsAreCaseInsensitiveAndExpand() {
        SearchResult r = search("drg");
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1"), Set.copyOf(ids(r)));
        assertTrue(r.expansions().contains("按疾病诊断相关分组"));
    }

    @Test
    void synonymFindsTheLongForm() {
        SearchResult r = search("医联体");
        // 医疗联合体 in a title first; 城市医疗集团 (a kind of 医联体, one-way rule) in a text after it
        assertEquals(List.of("gbf-2020-25-t3", "gbf-2020-25-t2"), ids(r));
        assertTrue(r.expansions().contains("医疗联合体"));
        // the title sentence (推进医疗联合体建设。) is not repeated as a snippet when another sentence matches
        assertEquals(List.of("在县域发展紧密型<mark>县域医共体</mark>；"), r.hits().get(0).highlights());
    }

    @Test
    void exclusionRemovesTasks() {
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1", "yfbf-2020-110-t2"),
                Set.copyOf(ids(search("支付方式改革"))));
        assertEquals(List.of("yfbf-2020-110-t2"), ids(search("支付方式改革 -DRG")));
    }

    @Test
    void aBodyNameFindsTheTasksItTakesPartIn() {
        SearchResult r = search("医保局");
        assertEquals(Set.of("yfbf-2020-110-t1", "yfbf-2020-110-t2", "gbf-2020-25-t2", "cn-2024-0603-t1"),
                Set.copyOf(ids(r)));
        // 卫健委 is written 卫生健康委 in every department name
        assertEquals(5, search("卫健委").total());
        // the whole name must match: 国家 in a text plus 医保局 elsewhere is not 国家医保局
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1"), Set.copyOf(ids(search("国家医保局"))));
    }

    @Test
    void aBodyNamedAloneRanksTasksByItsRoleThenNewestFirst() {
        // 卫健委: 国家卫生健康委 and 市卫生健康委. Leading (Chongqing's of September, then the national of July), then
        // responsible, then supporting (September before July again).
        assertEquals(List.of("yfbf-2020-110-t1", "gbf-2020-25-t3", "gbf-2020-25-t1", "yfbf-2020-110-t2",
                "gbf-2020-25-t2"), ids(search("卫健委")));
    }

    @Test
    void onlyExclusionsListEverythingElse() {
        // exclusion is literal: 医疗保障 tasks stay
        SearchResult r = search("-医保");
        assertEquals(7 - 2, r.total());
    }

    @Test
    void orMatchesEither() {
        assertEquals(Set.of("yfbf-2020-110-t1", "yfbf-2020-110-t3"), Set.copyOf(ids(search("短缺药品 OR 家庭医生"))));
    }

    @Test
    void quotedPhraseIsExactAndNotExpanded() {
        SearchResult r = search("\"医保支付\"");
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1"), Set.copyOf(ids(r)));
        assertTrue(r.expansions().isEmpty());
    }

    @Test
    void titleMatchRanksAboveTextMatch() {
        // 城市 is in the title of no task; 医疗集团 only in a text; 分级诊疗 in a text; 疾病预防控制 in a title
        SearchResult r = search("疾病预防控制");
        assertEquals("gbf-2020-25-t1", ids(r).get(0));
    }

    @Test
    void noTaskHasAllWordsSoTheQueryIsRelaxedWithANotice() {
        SearchResult r = search("短缺药品 家庭医生");
        assertTrue(r.total() > 0);
        assertEquals(TaskSearch.RELAXED_NOTICE, r.notice());
    }

    @Test
    void aThemeOnlyASectionHeadingNamesFindsTheTasksUnderItWithANotice() {
        // No task's title or text says 公共卫生体系; the heading 加强公共卫生体系建设 does.
        SearchResult r = search("公共卫生体系");
        assertEquals(Set.of("gbf-2020-25-t1", "yfbf-2020-110-t1", "yfbf-2020-110-t3"), Set.copyOf(ids(r)));
        assertEquals(Reach.HEADINGS.notice, r.notice());
        assertTrue(r.hits().stream().allMatch(h -> h.highlights().get(0).startsWith(Highlights.SECTION_LABEL)
                && h.highlights().get(0).contains("<mark>公共卫生体系</mark>")), "each hit shows the heading it was found by");
        assertEquals(r.total(), service.searchAll(SearchRequest.of("公共卫生体系")).size(), "the export lists them too");
        SearchResult chongqing = search("公共卫生体系", Map.of(FacetDim.REGION, List.of("重庆市")));
        assertEquals(Set.of("yfbf-2020-110-t1", "yfbf-2020-110-t3"), Set.copyOf(ids(chongqing)));
    }

    @Test
    void headingsCountOnlyWhenTitlesAndTextsFindNothing() {
        // 疾病预防控制 is in one task's own words and in no heading: nothing else joins, and no notice.
        SearchResult own = search("疾病预防控制");
        assertEquals(List.of("gbf-2020-25-t1"), ids(own));
        assertNull(own.notice());
        // 医疗保障 is in tasks' own words and in the heading 深化医疗保障制度改革: a task under that heading whose own
        // words never say it (推进医疗联合体建设) stays out.
        SearchResult r = search("医疗保障");
        assertTrue(ids(r).contains("yfbf-2020-110-t2"));
        assertFalse(ids(r).contains("gbf-2020-25-t3"), ids(r).toString());
        assertNull(r.notice());
        // An excluded word is not looked for in headings either: 签约服务 is under 加强公共卫生体系建设.
        assertEquals(List.of("yfbf-2020-110-t1"), ids(search("签约服务 -公共卫生体系")));
    }

    @Test
    void brokenSyntaxDegradesWithNotice() {
        SearchResult r = search("\"家庭医生");
        assertEquals(List.of("yfbf-2020-110-t1"), ids(r));
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, r.notice());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "OR", "(医保", "a:b", "*", "?", "~", "\\", "[1 TO 2]", "&&", "<script>alert(1)</script>",
            "医保 AND", "+", "\"\"", "%", "NOT"})
    void anyInputAnswersWithoutThrowing(String q) {
        SearchResult r = search(q);
        assertTrue(r.total() >= 0);
    }

    @Test
    void aWordWhoseWholeMakesNoTokensSearchesThePiecesThatDo() {
        // The bigram analyzer drops a run that ends in a lone surrogate, so the whole word has no tokens; the
        // piece DRG has and still finds the DRG tasks.
        SearchResult r = search("DRG\ufeff\ud800");
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1"), Set.copyOf(ids(r)));
    }

    @Test
    void invisibleCharactersInPastedTextDoNotSpoilAPhraseOrAnExclusion() {
        SearchResult phrase = search("\"医保\u00ad支付\"");
        assertEquals(Set.of("gbf-2020-25-t2", "cn-2024-0603-t1"), Set.copyOf(ids(phrase)));
        assertEquals(List.of("yfbf-2020-110-t2"), ids(search("支付方式改革 -\u202eDRG\u202c")));
    }

    @Test
    void longQueriesAreCutWithANotice() {
        String longWord = "医保支付方式改革".repeat(60).substring(0, 480);
        SearchResult r = search(longWord);
        assertEquals(QuerySyntax.TOO_LONG_NOTICE, r.notice());
        String manyWords = String.join(" ", java.util.Collections.nCopies(100, "医保 OR 短缺药品 -城市"));
        SearchResult m = search(manyWords.substring(0, 490));
        assertTrue(m.notice().contains(QuerySyntax.TOO_LONG_NOTICE), m.notice());
        // the longest allowed query of long words still runs without exceeding Lucene's clause limit
        String twelve = String.join(" ", java.util.Collections.nCopies(12, "公立医院高质量发展医保支付方式改革分级诊疗制度建设短缺药品保供稳价"));
        SearchResult t = search(twelve);
        assertFalse(t.notice() != null && t.notice().contains(TaskSearch.TOO_COMPLEX_NOTICE), t.notice());
    }

    @Test
    void aPhraseCutAtTheLengthLimitStillFindsItsText() {
        // 39 characters of a task's text, then an emoji: the limit of 40 falls inside the emoji's surrogate pair
        SearchResult r = search("\"年，所有统筹地区开展按疾病诊断相关分组（DRG）付费或按病种分值（DIP）付费😀\"");
        assertEquals(List.of("cn-2024-0603-t1"), ids(r));
        assertEquals(QuerySyntax.TOO_LONG_NOTICE, r.notice());
    }

    @Test
    void nothingSearchableGivesANotice() {
        SearchResult r = search("+++");
        assertEquals(0, r.total());
        assertEquals(TaskSearch.NOTHING_TO_SEARCH_NOTICE, r.notice());
    }

    @Test
    void highlightsEscapeTextAndMarkMatches() {
        Hit h = search("签约").hits().get(0);
        String html = String.join("", h.highlights());
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<mark>签约</mark>"), html);
        assertTrue(h.text().contains("<script>"), "Hit.text stays plain text");
    }

    @Test
    void facetsCountDrillSideways() {
        SearchResult all = search("");
        assertEquals(Map.of("2020", 6L, "2024", 1L), facet(all, FacetDim.YEAR));
        SearchResult y2020 = search("", Map.of(FacetDim.YEAR, List.of("2020")));
        assertEquals(6, y2020.total());
        // the year facet still shows 2024 while 2020 is ticked
        assertEquals(Map.of("2020", 6L, "2024", 1L), facet(y2020, FacetDim.YEAR));
        // other dimensions are narrowed
        assertEquals(Map.of("国家", 3L, "重庆市", 3L), facet(y2020, FacetDim.REGION));
        // OR within a dimension
        assertEquals(7, search("", Map.of(FacetDim.YEAR, List.of("2020", "2024"))).total());
        // AND across dimensions
        assertEquals(3, search("", Map.of(FacetDim.YEAR, List.of("2020"), FacetDim.REGION, List.of("国家"))).total());
    }

    @Test
    void facetValuesAreSortedByCountThenValue() {
        List<FacetValue> depts = search("").facets().get(FacetDim.DEPARTMENT.key());
        assertEquals(new FacetValue("国家卫生健康委", 3), depts.get(0));
        for (int i = 1; i < depts.size(); i++) {
            FacetValue a = depts.get(i - 1);
            FacetValue b = depts.get(i);
            assertTrue(a.count() > b.count() || (a.count() == b.count() && a.value().compareTo(b.value()) < 0));
        }
    }

    @Test
    void roleLimitsTheDepartmentFilter() {
        assertEquals(3, search("", Map.of(FacetDim.DEPARTMENT, List.of("国家卫生健康委"))).total());
        SearchResult lead = search("", Map.of(FacetDim.DEPARTMENT, List.of("国家卫生健康委"), FacetDim.ROLE, List.of("lead")));
        assertEquals(List.of("gbf-2020-25-t3"), ids(lead));
        // role counts for that department, and department counts for that role
        assertEquals(Map.of("lead", 1L, "responsible", 1L, "support", 1L), facet(lead, FacetDim.ROLE));
        assertEquals(2L, facet(lead, FacetDim.DEPARTMENT).get("国家医保局"));
        assertNull(facet(lead, FacetDim.DEPARTMENT).get("海关总署"));
    }

    @Test
    void roleAloneKeepsTasksWithAnyBodyInThatRole() {
        SearchResult r = search("", Map.of(FacetDim.ROLE, List.of("lead")));
        assertEquals(6, r.total());
        assertFalse(ids(r).contains("gbf-2020-25-t1"));
    }

    @Test
    void pagesSliceTheResults() {
        SearchResult p2 = service.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 2, 3));
        assertEquals(List.of("yfbf-2020-110-t1", "yfbf-2020-110-t2", "yfbf-2020-110-t3"), ids(p2));
        assertEquals(7, p2.total());
    }

    @Test
    void searchAllReturnsEveryHitInOrder() {
        List<Hit> all = service.searchAll(new SearchRequest("医保", Map.of(), SortOrder.DATE, 1, 1));
        assertEquals(3, all.size());
        assertEquals("cn-2024-0603-t1", all.get(0).id());
    }

    @Test
    void taskAndDocumentLookups() {
        Hit t = service.task("gbf-2020-25-t2").orElseThrow();
        assertEquals("深化医保支付方式改革", t.title());
        assertEquals("/tasks/gbf-2020-25-t2", t.url());
        assertEquals("国办发〔2020〕25号", t.document().number());
        assertEquals("2020-07-16", t.document().date());
        assertEquals("国家医保局", t.departments().get(0).name());
        assertEquals(2, t.section().no());
        assertTrue(service.task("nope-t9").isEmpty());
        assertTrue(service.task("../etc/passwd").isEmpty());

        List<DocumentSummary> docs = service.documents(1, 10).documents();
        assertEquals(List.of("cn-2024-0603", "yfbf-2020-110", "gbf-2020-25"), docs.stream().map(DocumentSummary::id).toList());
        assertEquals(3, docs.get(2).taskCount());
        assertEquals(2, docs.get(2).sections().size());
        assertNull(docs.get(0).number());

        DocumentDetail d = service.document("yfbf-2020-110").orElseThrow();
        assertEquals(List.of(1, 2, 3), d.tasks().stream().map(Hit::no).toList());
        assertTrue(service.document("missing").isEmpty());
    }

    @Test
    void suggestionsCoverTermsDepartmentsAndTitles() {
        List<Suggestion> s = service.suggest("医保", 10);
        assertTrue(s.size() <= 10);
        assertEquals(new Suggestion("医保", "term"), s.get(0));
        assertTrue(s.contains(new Suggestion("国家医保局", "department")), s.toString());
        assertTrue(s.contains(new Suggestion("深化医保支付方式改革", "task")), s.toString());
        assertEquals(3, service.suggest("医保", 3).size());
        assertTrue(service.suggest("", 10).isEmpty());
        assertTrue(service.suggest("短缺", 10).contains(new Suggestion("加强短缺药品供应保障", "task")));
    }

    @Test
    void facetValuesFilterByContains() {
        assertEquals(List.of(new FacetValue("国家医保局", 2), new FacetValue("市医保局", 2)),
                service.facetValues(FacetDim.DEPARTMENT, "医保", 10));
        assertEquals(1, service.facetValues(FacetDim.DEPARTMENT, "", 1).size());
    }

    @Test
    void openingAMissingIndexSaysHowToBuildIt() {
        IOException e = assertThrows(IOException.class, () -> LuceneSearchService.open(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("policy-search index"), e.getMessage());
    }
}
