package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.BuildSummary;
import policysearch.index.Freshness;
import policysearch.index.Schema;

/** End to end on the real seeds: counts, facets, filters and known tasks. */
class SeedSearchTest {
    static final Path SEEDS = Path.of("seeds");
    static final Set<String> PAYMENT_REFORM = Set.of("gbf-2020-25-t15", "gbf-2021-20-t5", "yfbf-2020-110-t15",
            "cbf-2020-53-t15", "cn-20240603-8032-t5");
    @TempDir
    static Path tmp;
    private static LuceneSearchService service;

    @BeforeAll
    static void build() throws IOException {
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("index"));
        try (Schema schema = new Schema()) {
            BuildSummary s = corpus.ensureFresh(schema).orElseThrow();
            assertEquals(5, s.documents());
            assertEquals(124, s.tasks());
            assertEquals(Freshness.FRESH, corpus.freshness());
            assertTrue(corpus.ensureFresh(schema).isEmpty(), "fresh index is kept");
        }
        service = LuceneSearchService.open(corpus.index());
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
    }

    private static SearchResult search(String q, Map<FacetDim, List<String>> filters) {
        return service.search(new SearchRequest(q, filters, SortOrder.RELEVANCE, 1, 10));
    }

    private static Map<String, Long> facet(SearchResult r, FacetDim d) {
        Map<String, Long> m = new LinkedHashMap<>();
        r.facets().get(d.key()).forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    @Test
    void aQuestionFindsWhatItsTopicWordsFind() {
        SearchResult asked = search("家庭医生怎么签约", Map.of());
        SearchResult words = search("家庭医生 签约", Map.of());
        assertTrue(words.total() >= 3, "the national and local tasks on family-doctor contracts");
        assertEquals(words.total(), asked.total());
        assertEquals(ids(words.hits()), ids(asked.hits()));
        assertEquals(List.of("“怎么”为提问用语，未作为检索词"), asked.understood().stream().map(Understood::label).toList());
    }

    @Test
    void anAbbreviationOnlyASectionHeadingSpellsOutFindsThatSection() {
        // 三医联动 → 医疗、医保、医药联动: no task's own words, but the 2021 heading "进一步推广三明市医改经验，加快推进
        // 医疗、医保、医药联动改革" over six tasks.
        SearchResult r = search("三医联动", Map.of());
        assertEquals(6, r.total());
        assertTrue(ids(r.hits()).stream().allMatch(id -> id.startsWith("gbf-2021-20-")), ids(r.hits()).toString());
        assertTrue(r.notice().contains("章节的标题"), r.notice());
        assertTrue(r.hits().stream().allMatch(h -> h.highlights().get(0).startsWith(Highlights.SECTION_LABEL)),
                r.hits().get(0).highlights().toString());
        assertEquals(Map.of("进一步推广三明市医改经验，加快推进医疗、医保、医药联动改革", 6L), facet(r, FacetDim.SECTION));
    }

    @Test
    void emptyQueryListsEveryTaskInDocumentOrder() {
        List<Hit> all = service.searchAll(SearchRequest.of(""));
        assertEquals(124, all.size());
        assertEquals("gbf-2020-25-t1", all.get(0).id());
        assertEquals("gbf-2020-25-t26", all.get(25).id());
        assertEquals("cbf-2020-53-t1", all.get(26).id()); // 2020-08-20
        assertEquals("yfbf-2020-110-t1", all.get(56).id()); // 2020-09-07
        assertEquals("gbf-2021-20-t1", all.get(82).id());
        assertEquals("cn-20240603-8032-t22", all.get(123).id());
    }

    @Test
    void dateSortsPutTheNewestOrTheOldestDocumentFirst() {
        List<Hit> newest = service.searchAll(new SearchRequest("医保支付", Map.of(), SortOrder.DATE, 1, 10));
        List<Hit> oldest = service.searchAll(new SearchRequest("医保支付", Map.of(), SortOrder.DATE_ASC, 1, 10));
        List<String> dates = newest.stream().map(h -> h.document().date()).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertEquals("cn-20240603-8032", newest.get(0).document().id());
        List<String> ascending = oldest.stream().map(h -> h.document().date()).toList();
        assertEquals(ascending.stream().sorted().toList(), ascending);
        assertEquals("gbf-2020-25", oldest.get(0).document().id(), "2020-07-16, the oldest seed");
        assertEquals(Set.copyOf(ids(newest)), Set.copyOf(ids(oldest)));
    }

    @Test
    void facetCountsOverTheCorpus() {
        SearchResult r = search("", Map.of());
        assertEquals(124, r.total());
        assertEquals(Map.of("2020", 82L, "2024", 22L, "2021", 20L), facet(r, FacetDim.YEAR));
        assertEquals(List.of("2020", "2024", "2021"), List.copyOf(facet(r, FacetDim.YEAR).keySet()));
        assertEquals(Map.of("国家", 68L, "四川省", 30L, "重庆市", 26L), facet(r, FacetDim.REGION));
        assertEquals(68L, facet(r, FacetDim.ISSUER).get("国务院办公厅"));
        assertEquals(42L, facet(r, FacetDim.DEPARTMENT).get("国家卫生健康委"));
    }

    @Test
    void theBrowseViewAnswersLikeAFilteredSearchThatKeepsEverything() {
        SearchResult browse = search("", Map.of());
        SearchResult everyYear = search("", Map.of(FacetDim.YEAR, List.of("2020", "2021", "2024")));
        assertEquals(everyYear.total(), browse.total());
        assertEquals(everyYear.facets(), browse.facets(), "corpus counts equal drill-sideways counts");
        assertEquals(ids(everyYear.hits()), ids(browse.hits()));
    }

    @Test
    void tickingAYearKeepsTheOtherYearsCounted() {
        SearchResult r = search("", Map.of(FacetDim.YEAR, List.of("2020")));
        assertEquals(82, r.total());
        assertEquals(Map.of("2020", 82L, "2024", 22L, "2021", 20L), facet(r, FacetDim.YEAR));
        assertEquals(Map.of("四川省", 30L, "国家", 26L, "重庆市", 26L), facet(r, FacetDim.REGION));
        SearchResult two = search("", Map.of(FacetDim.YEAR, List.of("2020", "2021"), FacetDim.REGION, List.of("国家")));
        assertEquals(46, two.total());
    }

    @Test
    void chongqingMedicalSecurityBureauLeadsTenTasksIn2020() {
        Map<FacetDim, List<String>> dept = Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"));
        assertEquals(12, search("", dept).total());
        SearchResult lead = search("", Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"),
                FacetDim.ROLE, List.of("lead"), FacetDim.YEAR, List.of("2020")));
        assertEquals(10, lead.total());
        assertTrue(ids(lead.hits()).contains("yfbf-2020-110-t15"));
        List<Hit> leads = service.searchAll(new SearchRequest("", Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"),
                FacetDim.ROLE, List.of("lead")), SortOrder.RELEVANCE, 1, 10));
        assertEquals(10, leads.size());
        assertFalse(ids(leads).contains("yfbf-2020-110-t12"), "t12: only a supporting role");
        assertEquals(Map.of("lead", 10L, "responsible", 1L, "support", 1L), facet(lead, FacetDim.ROLE));
    }

    @Test
    void aBodyAndThePartItPlaysTypedAsOneWordAreItsFilters() {
        // as typed by an analyst: "the tasks Chongqing's medical security bureau leads"
        SearchResult typed = search("渝医保局牵头的任务", Map.of());
        SearchResult ticked = search("", Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"),
                FacetDim.ROLE, List.of("lead")));
        assertEquals(ticked.total(), typed.total());
        assertEquals(ids(ticked.hits()), ids(typed.hits()));
        assertTrue(typed.understood().stream().anyMatch(u -> u.label().equals("角色：牵头")));
        // 参与: the parts beside the lead, in the local documents' words (责任单位) as in the national ones
        SearchResult beside = search("渝医保局参与的工作", Map.of());
        assertEquals(2, beside.total(), "12 tasks name it, 10 as the lead");
        assertFalse(ids(beside.hits()).contains("yfbf-2020-110-t15"), "t15 it leads");
    }

    @Test
    void roleWithSectorMeansABodyOfThatSectorInThatRole() {
        Map<FacetDim, List<String>> f = Map.of(FacetDim.SECTOR, List.of("医疗保障"), FacetDim.ROLE, List.of("lead"),
                FacetDim.YEAR, List.of("2020"));
        List<Hit> all = service.searchAll(new SearchRequest("", f, SortOrder.RELEVANCE, 1, 10));
        assertEquals(31, all.size());
        assertFalse(ids(all).contains("gbf-2020-25-t12"), "国家医保局 only supports t12");
        assertTrue(all.stream().allMatch(h -> h.departments().stream()
                .anyMatch(d -> d.sector().equals("医疗保障") && d.role() == policysearch.model.Role.LEAD)));
        SearchResult r = search("", f);
        assertEquals(31, r.total());
        assertEquals(Map.of("四川省", 11L, "国家", 10L, "重庆市", 10L), facet(r, FacetDim.REGION));
        assertEquals(31L, facet(r, FacetDim.SECTOR).get("医疗保障"));
        assertCountsMatchTicking(r, f, FacetDim.ROLE);
        assertCountsMatchTicking(r, f, FacetDim.SECTOR);
    }

    @Test
    void roleWithDepartmentAndSectorCountsEachRoleAsTicked() {
        Map<FacetDim, List<String>> f = Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"),
                FacetDim.SECTOR, List.of("医疗保障", "卫生健康"), FacetDim.ROLE, List.of("lead"),
                FacetDim.YEAR, List.of("2020"));
        SearchResult r = search("", f);
        assertEquals(10, r.total());
        assertCountsMatchTicking(r, f, FacetDim.ROLE);
        assertCountsMatchTicking(r, f, FacetDim.SECTOR);
        assertCountsMatchTicking(r, f, FacetDim.DEPARTMENT);
    }

    /** Each value's count equals the total when that value alone is ticked in its dimension. */
    private static void assertCountsMatchTicking(SearchResult r, Map<FacetDim, List<String>> filters, FacetDim dim) {
        facet(r, dim).forEach((value, count) -> {
            Map<FacetDim, List<String>> ticked = new java.util.EnumMap<>(filters);
            ticked.put(dim, List.of(value));
            assertEquals(count, search("", ticked).total(), dim + "=" + value);
        });
    }

    @Test
    void paymentReformFindsTheTasksOfEveryDocument() {
        SearchResult r = search("医保支付方式改革", Map.of());
        assertEquals(PAYMENT_REFORM, Set.copyOf(ids(r.hits()).subList(0, 5)));
        assertEquals(List.of("医疗保障"), r.expansions());
        assertTrue(r.hits().get(0).highlights().get(0).contains("<mark>"));
        assertEquals(PAYMENT_REFORM, Set.copyOf(ids(search("drg", Map.of()).hits())));
    }

    @Test
    void abbreviationsFindTheLongForms() {
        SearchResult health = search("卫健委", Map.of());
        assertEquals(42 + 28 + 23, health.total(), "every task a 卫生健康委 takes part in");
        // 33 tasks with a 发展改革委 leading or responsible, 4 where it only supports: those come last
        List<Hit> reform = service.searchAll(SearchRequest.of("发改委"));
        assertEquals(37, reform.size());
        assertTrue(reform.subList(0, 33).stream().allMatch(h -> h.departments().stream()
                .anyMatch(d -> d.name().contains("发展改革委") && d.role() != policysearch.model.Role.SUPPORT)),
                "tasks it leads come first");
        assertTrue(search("基药", Map.of()).hits().stream().anyMatch(h -> h.id().equals("cbf-2020-53-t17")));
        assertTrue(search("医联体", Map.of()).hits().stream().anyMatch(h -> h.id().equals("cn-20240603-8032-t10")));
    }

    @Test
    void theWordAndItsEquivalentsRankAboveOneWayExpansions() {
        List<Hit> hits = search("医联体", Map.of(FacetDim.YEAR, List.of("2020"))).hits();
        List<Boolean> literal = hits.stream()
                .map(h -> (h.title() + h.text()).matches("(?s).*(医联体|医疗联合体).*")).toList();
        assertEquals(literal.stream().sorted(java.util.Comparator.reverseOrder()).toList(), literal,
                "tasks naming 医联体 or 医疗联合体 come before those found through 医共体 or 医疗集团: " + ids(hits));
        assertTrue(ids(hits).indexOf("cbf-2020-53-t29") < ids(hits).indexOf("cbf-2020-53-t30"));
    }

    @Test
    void highlightsMarkWholeWordsNotFragments() {
        for (Hit h : service.search(new SearchRequest("医联体", Map.of(), SortOrder.RELEVANCE, 1, 50)).hits()) {
            h.highlights().forEach(p -> assertFalse(p.contains("<mark>医疗</mark>"), h.id() + ": " + p));
        }
        for (Hit h : search("公立医院高质量发展", Map.of()).hits()) {
            h.highlights().forEach(p -> assertFalse(p.contains("</mark><mark>") || p.contains("<mark>公立</mark>"),
                    h.id() + ": " + p));
        }
    }

    @Test
    void snippetsDoNotRepeatTheTitle() {
        SearchResult r = search("医保支付方式改革", Map.of());
        assertEquals(5, r.total());
        for (Hit h : r.hits()) {
            assertFalse(h.highlights().isEmpty(), h.id());
            h.highlights().forEach(p -> assertFalse(p.replaceAll("</?mark>", "").startsWith(h.title() + "。"),
                    h.id() + ": " + p));
        }
    }

    @Test
    void aBodyFoundThroughItsDepartmentsSaysSoAndRanksByRoleThenNewest() {
        List<Hit> hits = service.search(new SearchRequest("卫健委", Map.of(), SortOrder.RELEVANCE, 1, 100)).hits();
        assertEquals(93, hits.size());
        List<Integer> roles = hits.stream().map(h -> h.departments().stream()
                .filter(d -> d.name().contains("卫生健康委")).mapToInt(d -> d.role().ordinal()).min().orElse(9))
                .toList();
        assertEquals(roles.stream().sorted().toList(), roles, "lead, then responsible, then support");
        String passage = "责任部门：<mark>[^<]*卫生健康委[^<]*</mark>（(牵头|负责|参与)）.*";
        assertTrue(hits.stream().allMatch(h -> h.highlights().get(0).matches(passage)),
                hits.get(0).highlights().toString());
        for (int i = 1; i < hits.size(); i++) {
            Hit a = hits.get(i - 1);
            Hit b = hits.get(i);
            if (a.score() == b.score()) {
                assertTrue(a.document().date().compareTo(b.document().date()) >= 0, a.id() + " before " + b.id());
            }
        }
    }

    @Test
    void exclusionAndPhraseWork() {
        List<Hit> alliances = service.searchAll(SearchRequest.of("医联体"));
        List<Hit> notCity = service.searchAll(SearchRequest.of("医联体 -城市"));
        assertTrue(notCity.size() < alliances.size());
        assertTrue(notCity.stream().noneMatch(h -> (h.title() + h.text()).contains("城市")));
        List<Hit> phrase = service.searchAll(SearchRequest.of("\"家庭医生签约\""));
        assertEquals(4, phrase.size());
        assertTrue(phrase.stream().allMatch(h -> h.text().contains("家庭医生签约")));
    }

    @Test
    void notLeavesOutAndSplitsTheTasksWithTheWordFromThoseWithout() {
        Set<String> all = Set.copyOf(ids(service.searchAll(SearchRequest.of("医保"))));
        Set<String> with = Set.copyOf(ids(service.searchAll(SearchRequest.of("医保 支付"))));
        Set<String> without = Set.copyOf(ids(service.searchAll(SearchRequest.of("医保 NOT 支付"))));
        assertFalse(without.isEmpty());
        assertTrue(java.util.Collections.disjoint(with, without), "never the tasks with 支付");
        assertEquals(all, union(with, without));
        for (String q : List.of("医保 not 支付", "医保 -支付", "医保 AND NOT 支付")) {
            assertEquals(without, Set.copyOf(ids(service.searchAll(SearchRequest.of(q)))), q);
        }
        assertEquals(with, Set.copyOf(ids(service.searchAll(SearchRequest.of("医保 and 支付")))));
        assertTrue(service.searchAll(SearchRequest.of("医保 NOT 支付")).stream()
                .noneMatch(h -> (h.title() + h.text()).contains("支付")));
    }

    @Test
    void aSlashBetweenLatinTermsFindsEither() {
        Set<String> either = Set.copyOf(ids(service.searchAll(SearchRequest.of("DRG OR DIP"))));
        assertEquals(either, Set.copyOf(ids(service.searchAll(SearchRequest.of("DRG/DIP")))));
        assertEquals(either, Set.copyOf(ids(service.searchAll(SearchRequest.of("drg or dip")))));
        assertTrue(either.containsAll(PAYMENT_REFORM));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void documentsNewestFirstWithCounts() {
        List<DocumentSummary> docs = service.documents(1, 10).documents();
        assertEquals(List.of("cn-20240603-8032", "gbf-2021-20", "yfbf-2020-110", "cbf-2020-53", "gbf-2020-25"),
                docs.stream().map(DocumentSummary::id).toList());
        assertEquals(List.of(22, 20, 26, 30, 26), docs.stream().map(DocumentSummary::taskCount).toList());
        assertEquals(new Counts(5, 124), service.counts());
        DocumentList second = service.documents(2, 2);
        assertEquals(5, second.total());
        assertEquals(docs.subList(2, 4), second.documents(), "pages follow the same order");
        assertEquals(List.of(docs.get(4)), service.documents(3, 2).documents());
        assertTrue(service.documents(4, 2).documents().isEmpty(), "beyond the last page");
        assertEquals(30, service.document("cbf-2020-53").orElseThrow().tasks().size());
    }

    @Test
    void suggestionsAndDepartmentFilterBox() {
        List<Suggestion> s = service.suggest("医保", 10);
        assertEquals(10, s.size());
        assertTrue(s.contains(new Suggestion("国家医保局", "department")), s.toString());
        assertEquals(s.size(), s.stream().map(Suggestion::text).distinct().count(), "each text once: " + s);
        assertEquals(List.of(new FacetValue("国家医保局", 23), new FacetValue("四川省医保局", 18),
                new FacetValue("重庆市医保局", 12)), service.facetValues(FacetDim.DEPARTMENT, "医保局", 3));
    }

    @Test
    void theTextOutsideTheTaskListFindsItsDocuments() {
        SearchResult closing = search("凝聚改革共识", Map.of());
        assertEquals(0, closing.total(), "the closing requirements are no task");
        assertEquals(Set.of("gbf-2020-25", "gbf-2021-20", "cbf-2020-53"),
                Set.copyOf(closing.documents().stream().map(DocumentHit::id).toList()));
        DocumentHit first = closing.documents().get(0);
        assertEquals("/documents/" + first.id(), first.url());
        assertTrue(first.highlights().stream().anyMatch(h -> h.contains("<mark>凝聚改革共识</mark>")), first.highlights().toString());

        SearchResult preface = search("医改 下半年 疫情防治", Map.of(FacetDim.REGION, List.of("四川省")));
        assertEquals(List.of("cbf-2020-53"), preface.documents().stream().map(DocumentHit::id).toList(),
                "the preamble is searchable, within the document-level filters");
        assertTrue(search("请结合实际，认真组织实施", Map.of()).documents().size() >= 3, "the notice is searchable");
        assertEquals(List.of(), search("凝聚改革共识", Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"))).documents(),
                "a filter on tasks says nothing about a document's own text");
    }

    @Test
    void documentsAreListedBesideMatchingTasksAtMostFive() {
        SearchResult r = search("深化医药卫生体制改革", Map.of());
        assertTrue(r.total() > 0);
        assertEquals(DocumentSearch.LIMIT, r.documents().size(), "every title matches; at most five are shown");
        assertEquals(List.of(), service.search(new SearchRequest("深化医药卫生体制改革", Map.of(), SortOrder.RELEVANCE, 2,
                10)).documents(), "only on the first page");
        assertEquals(List.of(), search("", Map.of()).documents(), "not when browsing");
    }

    @Test
    void similarTasksComeFromOtherDocuments() {
        List<Hit> similar = service.similar("gbf-2020-25-t15", 10);
        assertFalse(similar.isEmpty());
        assertTrue(similar.size() <= 10, "no vectors in this index: the lexical candidates only");
        assertTrue(similar.stream().noneMatch(h -> h.document().id().equals("gbf-2020-25")), ids(similar).toString());
        assertTrue(ids(similar).subList(0, 4).containsAll(List.of("yfbf-2020-110-t15", "cbf-2020-53-t15")),
                "the implementations read most alike: " + ids(similar));
        assertEquals(List.of(), service.similar("gbf-1999-1-t1", 10));
        assertEquals(List.of(), service.similar("NOT AN ID", 10));
    }

    @Test
    void aBodysShortNameSuggestsTheCanonicalDepartmentsFirstEachLeadingToItsFilter() {
        List<Suggestion> health = service.suggest("卫健委", 10);
        assertEquals(List.of("国家卫生健康委", "四川省卫生健康委", "重庆市卫生健康委"),
                health.subList(0, 3).stream().map(Suggestion::text).toList(), health.toString());
        assertEquals(new Suggestion("国家卫生健康委", "department",
                "/search?dept=%E5%9B%BD%E5%AE%B6%E5%8D%AB%E7%94%9F%E5%81%A5%E5%BA%B7%E5%A7%94"), health.get(0));
        assertEquals(List.of("国家医保局", "四川省医保局", "重庆市医保局"),
                service.suggest("医保局", 10).subList(0, 3).stream().map(Suggestion::text).toList());
        List<Suggestion> sichuan = service.suggest("川医保局", 10);
        assertEquals(new Suggestion("四川省医保局", "department"), sichuan.get(0), sichuan.toString());
        assertEquals("/search?dept=" + java.net.URLEncoder.encode("四川省医保局", java.nio.charset.StandardCharsets.UTF_8),
                sichuan.get(0).url());
        assertTrue(sichuan.stream().noneMatch(x -> x.text().equals("重庆市医保局")), "only Sichuan's: " + sichuan);
        assertEquals(null, service.suggest("医保支付", 10).get(0).url(), "a text suggestion is searched as typed");
    }
}
