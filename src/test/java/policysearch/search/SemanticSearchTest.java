package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;

/** The related list on the real seeds: outside the exact set, within the filters, first when nothing matches. */
class SemanticSearchTest {
    @TempDir
    static Path tmp;
    private static Embeddings embeddings;
    private static LuceneSearchService service;
    private static Schema schema;

    @BeforeAll
    static void build() throws IOException {
        embeddings = Embeddings.standard(RelevanceEvaluationTest.VECTOR_CACHE);
        schema = new Schema(embeddings);
        new SeedCorpus(Path.of("seeds"), tmp.resolve("index")).build(schema);
        service = LuceneSearchService.open(tmp.resolve("index"), schema, Synonyms.standard());
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
        embeddings.close();
    }

    private static Set<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).collect(Collectors.toSet());
    }

    private static Set<String> relatedIds(SearchResult r) {
        return r.related().stream().map(x -> x.hit().id()).collect(Collectors.toSet());
    }

    @Test
    void semanticRetrievalIsOnAndSaysSo() {
        assertEquals("on", service.semantic());
    }

    @Test
    void aWordNoTaskContainsAlsoSearchesTheIndexWordNearestInMeaning() {
        // No task says 孩子; the model puts 儿童 nearest (儿童青少年近视防控): the four tasks on children's myopia.
        SearchResult r = service.search(SearchRequest.of("孩子近视"));
        assertEquals(4, r.total());
        assertTrue(r.expansions().contains("儿童（据语义推测的“孩子”）"), r.expansions().toString());
        r.hits().forEach(h -> assertTrue(h.text().contains("儿童青少年近视"), h.id()));
        // Words close to nothing in the index stay as typed: no exact hits for a topic the corpus lacks.
        assertEquals(0, service.search(SearchRequest.of("宠物医院")).total());
        assertEquals(0, service.search(SearchRequest.of("辅助生殖")).total());
    }

    @Test
    void aColloquialQueryWithNoExactMatchShowsRelatedTasksWithANotice() {
        SearchResult r = service.search(SearchRequest.of("外地看病报销"));
        assertEquals(0, r.total());
        assertFalse(r.related().isEmpty());
        assertEquals(TaskSearch.ONLY_RELATED_NOTICE, r.notice());
        assertTrue(r.related().size() <= SemanticSearch.LIMIT);
        r.related().forEach(x -> assertTrue(x.similarity() >= SemanticSearch.THRESHOLD, "similarity " + x));
        // closest first, a task holding some of the words ranked at most the bonus closer than it is
        for (int i = 1; i < r.related().size(); i++) {
            assertTrue(r.related().get(i - 1).similarity() + SemanticSearch.WORDED_BONUS
                    >= r.related().get(i).similarity(), r.related().toString());
        }
    }

    @Test
    void relatedTasksAreNeverExactHitsAndKeepTheFilters() {
        SearchRequest req = new SearchRequest("医保支付", Map.of(FacetDim.YEAR, List.of("2020")), SortOrder.RELEVANCE,
                1, 100);
        SearchResult r = service.search(req);
        assertTrue(r.total() > 0);
        Set<String> related = relatedIds(r);
        assertFalse(related.isEmpty());
        Set<String> exact = ids(service.searchAll(req));
        related.forEach(id -> assertFalse(exact.contains(id), id + " is an exact hit"));
        r.related().forEach(x -> assertEquals(2020, x.hit().document().year(), x.hit().id()));
    }

    @Test
    void anOldNameOfABodyIsNotGuessedByMeaning() {
        // 卫生厅 (a province's health department before 2018) is nearest in meaning to 卫生室 (a village clinic); the
        // dictionary says it became the health commission, so the model's guess is not searched
        SearchResult r = service.search(SearchRequest.of("卫生厅"));
        assertTrue(r.expansions().stream().noneMatch(e -> e.contains("据语义推测")), r.expansions().toString());
        assertTrue(r.expansions().contains("卫生健康委"), r.expansions().toString());
    }

    @Test
    void aTopicAbsentFromTheCorpusHasNoExactHits() {
        // one generic word (医院) shared with the corpus no longer floods the exact set
        assertEquals(0, service.search(SearchRequest.of("宠物医院")).total());
        assertEquals(List.of(), service.searchAll(SearchRequest.of("宠物医院")));
    }

    @Test
    void randomQueriesNeverBreakTheSemanticPath() {
        // query understanding, the query embedding and the kNN search see the same hostile strings as the lexical path
        policysearch.fixtures.ForAll.check(200, RandomQueries::query, policysearch.fixtures.ForAll::shorter, q -> {
            SearchResult r = service.search(SearchRequest.of(q));
            assertTrue(r.total() >= r.hits().size());
            assertTrue(r.related().size() <= SemanticSearch.LIMIT);
            Set<String> hits = ids(r.hits());
            r.related().forEach(x -> assertFalse(hits.contains(x.hit().id()), q));
        });
    }

    @Test
    void everyTaskWithVectorsIsCountedForTheExactScan() throws IOException {
        // vector fields have no terms, so the reader's term statistics would count none and the scan would be taken
        // at any size
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index"));
             org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            Snapshot s = (Snapshot) Snapshot.factory(schema, Synonyms.standard(), tmp.resolve("index"))
                    .newSearcher(reader, null);
            assertEquals(124, NearestTasks.withVectors(s));
            assertTrue(NearestTasks.withVectors(s) <= NearestTasks.SCAN_BELOW, "the seeds are scored whole");
        }
    }

    @Test
    void aTaskWhoseOneSentenceAnswersTheQueryIsAmongTheFirstRelated() {
        // 集贸市场 is not in the seeds; 农贸市场 is, in one sentence of each 2020 task on living conditions
        SearchResult r = service.search(SearchRequest.of("集贸市场防疫"));
        assertEquals(0, r.total());
        List<String> first = r.related().stream().limit(3).map(x -> x.hit().text()).toList();
        assertEquals(3, first.size(), r.related().toString());
        first.forEach(text -> assertTrue(text.contains("农贸市场"), text));
        first.forEach(text -> assertTrue(text.split("。").length > 3, "a longer task: " + text));
    }

    @Test
    void tasksWithSomeOfTheWordsAndASentenceMeaningTheQueryMakeUpAnEmptyExactSet() {
        // no task says 口岸防疫; three say 口岸 in a sentence on border-post epidemic control (口岸传染病防控)
        SearchResult r = service.search(SearchRequest.of("口岸防疫"));
        assertEquals(3, r.total());
        assertEquals(Reach.MEANT.notice, r.notice());
        r.hits().forEach(h -> assertTrue(h.text().contains("口岸"), h.text()));
        // words that only share a generic word with some tasks still have no exact hits
        assertEquals(0, service.search(SearchRequest.of("宠物医院")).total());
        assertEquals(0, service.search(SearchRequest.of("医美监管")).total());
    }

    @Test
    void aQueryWithNothingCloseEnoughGetsTheFewNearestSaidToBeOnlyThat() {
        SearchResult r = service.search(SearchRequest.of("排班表")); // duty rosters: no task speaks of them
        assertEquals(0, r.total());
        assertTrue(r.related().size() >= 1 && r.related().size() <= SemanticSearch.NEAREST, r.related().toString());
        r.related().forEach(x -> assertTrue(x.similarity() < SemanticSearch.THRESHOLD
                && x.similarity() >= SemanticSearch.FLOOR, x.toString()));
        assertEquals(TaskSearch.NEAREST_NOTICE, r.notice());
        SearchResult close = service.search(SearchRequest.of("消防"));
        assertEquals(TaskSearch.ONLY_RELATED_NOTICE, close.notice(), "related tasks above the threshold: the usual list");
    }

    @Test
    void latinTermsAreSearchedByMeaningThroughTheirChineseSpelling() {
        // the model reads every Latin abbreviation as one unknown token: its dictionary spelling stands in
        Synonyms synonyms = Synonyms.standard();
        assertEquals("按疾病诊断相关分组 付费", SemanticSearch.meaningText("DRG付费", synonyms));
        assertEquals("国家发展改革委 价格", SemanticSearch.meaningText("NDRC 价格", synonyms));
        assertEquals("医保", SemanticSearch.meaningText("xyz 医保", synonyms), "unknown Latin beside Chinese: left out");
        assertEquals("xyz", SemanticSearch.meaningText("xyz", synonyms), "Latin only: as typed");
    }

    @Test
    void laterPagesCarryNoRelatedList() {
        SearchResult r = service.search(new SearchRequest("医保", Map.of(), SortOrder.RELEVANCE, 2, 10));
        assertEquals(List.of(), r.related());
    }

    @Test
    void withoutVectorsSearchIsLexicalAndFallsBackToPartialMatches() throws IOException {
        try (LuceneSearchService lexical = LuceneSearchService.open(RelevanceEvaluationTest.lexicalIndex(tmp))) {
            assertEquals("off", lexical.semantic());
            SearchResult r = lexical.search(SearchRequest.of("宠物医院"));
            assertEquals(List.of(), r.related());
            assertEquals(TaskSearch.RELAXED_NOTICE, r.notice());
        }
    }
}
