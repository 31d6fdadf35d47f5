package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Role;
import policysearch.model.Section;
import policysearch.model.Task;

/**
 * Abbreviations the index never writes (健教, 流调) find their full form in the texts, said to the user; and a
 * dictionary spelling the texts never write as one run matches by its pieces close together.
 */
class AbbreviationsTest {
    @TempDir
    static Path tmp;
    private static LuceneSearchService fixtures;
    private static LuceneSearchService seeds;

    @BeforeAll
    static void build() throws IOException {
        Section s = new Section(1, "加强公共卫生体系建设");
        List<Task> tasks = List.of(
                task(1, s, "加强健康促进", "广泛开展健康教育，普及健康知识。"),
                task(2, s, "开展健康教育进校园", "推进学校健康教育，培养健康生活方式。"),
                task(3, s, "提升现场处置能力", "提升现场流行病学调查和应急处置能力。"),
                task(4, s, "加强队伍建设", "培养流行病学调查人员，充实基层力量。"),
                task(5, s, "做好院内防控", "严防院内感染，落实医院消毒制度。"),
                task(6, s, "提升慢性病防治水平", "以高血压、糖尿病等慢性病管理为突破口，强化基层防治结合。"),
                task(7, s, "加强心血管疾病防治", "开展高血压筛查，推进心脑血管疾病早诊早治，健全基层慢病服务网络，做好儿童糖尿病的宣传。"),
                task(8, s, "推进医保支付", "推进医保支付方式改革，扩大按病种付费范围。"),
                task(9, s, "鼓励社会办医", "支持社会办医，放宽准入。"),
                task(10, s, "规范多元办医", "促进社会办医持续健康规范发展。"));
        PolicyDocument doc = new PolicyDocument("t-2021-1", "t.txt", "关于印发测试重点工作任务的通知", null, "测〔2021〕1号",
                "测试办公厅", LocalDate.of(2021, 5, 1), 2021, "国家", null, List.of(s), tasks);
        try (Schema schema = new Schema()) {
            new IndexBuilder(schema).build(List.of(doc), tmp.resolve("fixtures"), "abbreviations");
            SeedCorpus corpus = new SeedCorpus(Path.of("seeds"), tmp.resolve("seeds"));
            corpus.ensureFresh(schema);
            seeds = LuceneSearchService.open(corpus.index());
        }
        fixtures = LuceneSearchService.open(tmp.resolve("fixtures"));
    }

    @AfterAll
    static void close() throws IOException {
        fixtures.close();
        seeds.close();
    }

    private static Task task(int no, Section section, String title, String text) {
        return new Task("t-2021-1-t" + no, no, "（" + no + "）", title, text, section,
                new ArrayList<>(List.of(new Department("测试部门", Role.LEAD, "其他"))));
    }

    private static Set<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void anAbbreviationTheTextsNeverWriteFindsItsFullFormAndSaysSo() {
        SearchResult r = fixtures.search(SearchRequest.of("健教"));
        assertEquals(Set.of("t-2021-1-t1", "t-2021-1-t2"), ids(r));
        assertEquals(List.of("健康教育（据索引推测的“健教”全称）"), r.expansions());
    }

    @Test
    void theFullFormMayHaveAWordBetweenItsTwoWords() {
        SearchResult r = fixtures.search(SearchRequest.of("流调"));
        assertEquals(Set.of("t-2021-1-t3", "t-2021-1-t4"), ids(r));
        assertEquals(List.of("流行病学调查（据索引推测的“流调”全称）"), r.expansions());
    }

    @Test
    void aRunInOnlyOneTaskIsNoEvidence() {
        SearchResult r = fixtures.search(SearchRequest.of("院感"));
        assertEquals(0, r.total(), "院内感染 occurs in one task only");
        assertTrue(r.expansions().isEmpty());
    }

    @Test
    void aThreeCharacterAbbreviationFindsTheWordsItsCharactersBegin() {
        // 社办医: 社会 then 办 then 医 (each character begins the next word or is that word)
        SearchResult r = fixtures.search(SearchRequest.of("社办医"));
        assertEquals(Set.of("t-2021-1-t9", "t-2021-1-t10"), ids(r));
        assertEquals(List.of("社会办医（据索引推测的“社办医”全称）"), r.expansions());
    }

    @Test
    void threeCharactersThatBeginNoRunOfTheTextsGuessNothing() {
        SearchResult r = fixtures.search(SearchRequest.of("宠物店"));
        assertEquals(0, r.total());
        assertTrue(r.expansions().isEmpty(), r.expansions().toString());
    }

    @Test
    void aWordTheTextsContainIsSearchedAsTyped() {
        SearchResult r = fixtures.search(SearchRequest.of("医保"));
        assertEquals(Set.of("t-2021-1-t8"), ids(r));
        assertTrue(r.expansions().stream().noneMatch(e -> e.contains("推测")), r.expansions().toString());
    }

    @Test
    void aDictionarySpellingNeverWrittenAsOneRunMatchesItsPiecesCloseTogether() {
        // 两病 → 高血压糖尿病: the texts write 高血压、糖尿病; task 7 names both far apart, about other things
        SearchResult r = fixtures.search(SearchRequest.of("两病"));
        assertEquals(Set.of("t-2021-1-t6"), ids(r));
    }

    @Test
    void onTheSeedsAbbreviationsOfTheirOwnPhrasesAreFound() {
        SearchResult procurement = seeds.search(SearchRequest.of("药采"));
        assertEquals(List.of("药品采购（据索引推测的“药采”全称）"), procurement.expansions());
        SearchResult typed = seeds.search(SearchRequest.of("药品采购"));
        assertTrue(typed.total() >= 5, "the national and local procurement tasks");
        assertEquals(typed.total(), procurement.total(), "the abbreviation finds what its full form finds");
        assertEquals(ids(typed), ids(procurement));
        SearchResult socially = seeds.search(SearchRequest.of("社办医"));
        assertEquals(List.of("社会办医（据索引推测的“社办医”全称）"), socially.expansions());
        assertTrue(socially.total() >= 5, "the tasks on socially run medical care: " + ids(socially));
        assertTrue(ids(seeds.search(SearchRequest.of("社会办医"))).containsAll(ids(socially)));
        SearchResult pets = seeds.search(SearchRequest.of("宠物"));
        assertEquals(0, pets.total());
        assertTrue(pets.expansions().isEmpty(), "no phrase of the seeds reads as 宠物");
    }
}
