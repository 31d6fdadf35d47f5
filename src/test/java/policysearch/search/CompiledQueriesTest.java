package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;

/**
 * A query asked again on the same snapshot reuses its compiled reading and plan and answers exactly as the first
 * time, whatever filters, pages and orders come with it; what a snapshot keeps stays bounded.
 */
class CompiledQueriesTest {
    @TempDir
    static Path tmp;
    private static Schema schema;
    private static Directory directory;
    private static SeedCorpus corpus;
    private static Synonyms synonyms;

    @BeforeAll
    static void open() throws IOException {
        schema = new Schema();
        corpus = new SeedCorpus(SeedSearchTest.SEEDS, tmp.resolve("index"));
        corpus.ensureFresh(schema);
        directory = FSDirectory.open(corpus.index());
        synonyms = Synonyms.standard();
    }

    @AfterAll
    static void close() throws IOException {
        directory.close();
        schema.close();
    }

    private static Snapshot snapshot() throws IOException {
        return (Snapshot) Snapshot.factory(schema, synonyms, corpus.index())
                .newSearcher(DirectoryReader.open(directory), null);
    }

    @Test
    void askedAgainAnswersAsTheFirstTime() throws IOException {
        TaskSearch search = new TaskSearch(schema, synonyms);
        Snapshot warm = snapshot();
        List<SearchRequest> requests = List.of(
                new SearchRequest("卫健委 医保支付", Map.of(), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("卫健委 医保支付", Map.of(FacetDim.YEAR, List.of("2021")), SortOrder.DATE, 1, 10),
                new SearchRequest("卫健委 医保支付", Map.of(), SortOrder.RELEVANCE, 2, 5),
                new SearchRequest("2024年 家庭医生 -城市", Map.of(), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("四川 医保局", Map.of(FacetDim.ROLE, List.of("lead")), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("宠物医院", Map.of(), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("健教", Map.of(), SortOrder.RELEVANCE, 1, 10),
                new SearchRequest("((", Map.of(), SortOrder.RELEVANCE, 1, 10));
        for (SearchRequest r : requests) {
            search.search(warm, r);
        }
        assertTrue(warm.compiledCount() > 0, "the snapshot kept what it compiled");
        for (SearchRequest r : requests) {
            Snapshot cold = snapshot();
            SearchResult first = search.search(cold, r);
            SearchResult again = search.search(warm, r);
            assertEquals(untimed(first), untimed(again), r.toString());
            cold.getIndexReader().close();
        }
        warm.getIndexReader().close();
    }

    private static SearchResult untimed(SearchResult r) {
        return r.with(r.query(), r.understood(), r.related(), r.documents(), null, 0);
    }

    @Test
    void keepsABoundedNumber() throws IOException {
        TaskSearch search = new TaskSearch(schema, synonyms);
        Snapshot s = snapshot();
        for (int i = 0; i < Snapshot.COMPILED_KEPT + 200; i++) {
            search.search(s, new SearchRequest("医保 " + i, Map.of(), SortOrder.RELEVANCE, 2, 1));
        }
        assertTrue(s.compiledCount() <= Snapshot.COMPILED_KEPT, "kept " + s.compiledCount());
        s.getIndexReader().close();
    }
}
