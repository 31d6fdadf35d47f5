package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * On the real seeds: the 2021 document names no lead bodies (every clause is 按职责分工负责) and the 2024 document
 * no departments at all. An empty result says so and offers the nearest search with results; a department or
 * role filter says how many tasks it could not see.
 */
class UnstatedTest {
    static final String BUREAU = "国家医保局";
    @TempDir
    static Path tmp;
    private static LuceneSearchService service;

    @BeforeAll
    static void build() throws IOException {
        try (Schema schema = new Schema()) {
            new SeedCorpus(Path.of("seeds"), tmp).build(schema);
        }
        service = LuceneSearchService.open(tmp);
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
    }

    private static SearchResult search(String q, Map<FacetDim, List<String>> filters) {
        return service.search(new SearchRequest(q, filters, SortOrder.RELEVANCE, 1, 10));
    }

    @Test
    void documentsSayWhichRolesTheyNameAndHowManyTasksListNoDepartment() {
        DocumentSummary national2021 = service.document("gbf-2021-20").orElseThrow().summary();
        assertEquals(List.of(Role.RESPONSIBLE), national2021.roles());
        assertEquals(0, national2021.tasksWithoutDepartments());
        DocumentSummary national2024 = service.document("cn-20240603-8032").orElseThrow().summary();
        assertEquals(List.of(), national2024.roles());
        assertEquals(22, national2024.tasksWithoutDepartments());
        assertTrue(national2024.listsNoDepartments());
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE),
                service.document("cbf-2020-53").orElseThrow().summary().roles(), "Sichuan names no supporting body");
    }

    @Test
    void noLeadIn2021SaysTheDocumentNamesNoLeadBodiesAndOffersTheResponsibleOnes() {
        SearchResult r = search("", Map.of(FacetDim.DEPARTMENT, List.of(BUREAU), FacetDim.ROLE, List.of("lead"),
                FacetDim.YEAR, List.of("2021")));
        assertEquals(0, r.total());
        assertEquals("2021年的文件（国办发〔2021〕20号）未标明牵头部门，只列出负责部门。可改看：角色改为“负责”（11 项）。",
                r.notice());
        NearestView near = r.nearest();
        assertEquals(Map.of(FacetDim.DEPARTMENT, List.of(BUREAU), FacetDim.ROLE, List.of("responsible"),
                FacetDim.YEAR, List.of("2021")), near.filters());
        assertEquals(11, near.total());
        SearchResult responsible = search(near.query(), near.filters());
        assertEquals(11, responsible.total(), "the offered search has the results it promises");
        assertNull(responsible.nearest());
    }

    @Test
    void aDepartmentIn2024SaysTheDocumentListsNoDepartments() {
        SearchResult r = search("", Map.of(FacetDim.DEPARTMENT, List.of(BUREAU), FacetDim.YEAR, List.of("2024")));
        assertEquals(0, r.total());
        assertEquals("2024年的文件（《深化医药卫生体制改革2024年重点工作任务》）未列出责任部门：其 22 项任务的原文均未写明负责部门。"
                + "可改看：不限责任部门（22 项）。", r.notice());
        assertEquals(Map.of(FacetDim.YEAR, List.of("2024")), r.nearest().filters());
        SearchResult withWords = search("医保支付", Map.of(FacetDim.DEPARTMENT, List.of(BUREAU),
                FacetDim.ROLE, List.of("lead"), FacetDim.DOCUMENT, List.of("cn-20240603-8032")));
        assertTrue(withWords.notice().startsWith("《深化医药卫生体制改革2024年重点工作任务》未列出责任部门"), withWords.notice());
        assertEquals("医保支付", withWords.nearest().query());
        assertEquals(search("医保支付", Map.of(FacetDim.DOCUMENT, List.of("cn-20240603-8032"))).total(),
                withWords.nearest().total());
    }

    @Test
    void aDepartmentOrRoleFilterSaysHowManyTasksItCouldNotSee() {
        SearchResult leads = search("", Map.of(FacetDim.DEPARTMENT, List.of(BUREAU), FacetDim.ROLE, List.of("lead")));
        assertEquals(10, leads.total());
        assertEquals("另有 22 项任务原文未列出责任部门，未计入。另有 11 项任务所在文件未标明牵头部门（国办发〔2021〕20号），未计入。",
                leads.notice());
        assertNull(leads.nearest());
        SearchResult bureau = search("", Map.of(FacetDim.DEPARTMENT, List.of(BUREAU)));
        assertEquals("另有 22 项任务原文未列出责任部门，未计入。", bureau.notice());
        SearchResult payment = search("医保", Map.of(FacetDim.SECTOR, List.of("医疗保障")));
        long in2024 = search("医保", Map.of(FacetDim.YEAR, List.of("2024"))).total();
        assertEquals("另有 " + in2024 + " 项任务原文未列出责任部门，未计入。", payment.notice(), "counted among the matches");
        assertNull(search("", Map.of(FacetDim.YEAR, List.of("2021"))).notice(), "no body filter, nothing left out");
        assertNull(search("", Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"), FacetDim.YEAR, List.of("2020")))
                .notice(), "the 2020 documents list their departments");
    }

    @Test
    void otherEmptyResultsOfferTheNearestSearchWithResults() {
        SearchResult noYear = search("", Map.of(FacetDim.YEAR, List.of("2019")));
        assertEquals("没有符合所选年份的文件。可改看：不限年份（124 项）。", noYear.notice());
        SearchResult elsewhere = search("", Map.of(FacetDim.DEPARTMENT, List.of("重庆市医保局"),
                FacetDim.YEAR, List.of("2021")));
        assertEquals("没有同时满足所选条件的任务。可改看：不限责任部门（20 项）。", elsewhere.notice());
        SearchResult nothing = search("zzzz", Map.of(FacetDim.YEAR, List.of("2021")));
        assertEquals(0, nothing.total());
        assertNull(nothing.nearest(), "the words match nothing anywhere: no filter to blame");
    }
}
