package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.bench.SyntheticCorpus;
import policysearch.corpus.SeedCorpus;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.model.PolicyDocument;

/**
 * Queries with text, counted as sets of tasks, give exactly what Lucene's drill-sideways gives: totals, every facet
 * count, hit order and the page, with and without filters, over the seeds and a synthetic corpus read together (two
 * indexes, so facet ordinals are mapped across segments), for narrow queries and for ones matching most tasks.
 */
class BitsetSidewaysTest {
    @TempDir
    static Path tmp;
    private static Schema schema;
    private static Directory seeds;
    private static Directory synthetic;
    private static IndexReader reader;
    private static Snapshot snapshot;
    private static TaskSearch fast;
    private static TaskSearch sideways;

    @BeforeAll
    static void open() throws IOException {
        schema = new Schema();
        SeedCorpus corpus = new SeedCorpus(SeedSearchTest.SEEDS, tmp.resolve("seeds"));
        corpus.ensureFresh(schema);
        List<PolicyDocument> base = SeedCorpus.documents(SeedSearchTest.SEEDS);
        new IndexBuilder(schema).build(SyntheticCorpus.of(base, 3000), tmp.resolve("synthetic"), "test");
        seeds = FSDirectory.open(corpus.index());
        synthetic = FSDirectory.open(tmp.resolve("synthetic"));
        reader = new MultiReader(DirectoryReader.open(seeds), DirectoryReader.open(synthetic));
        Synonyms synonyms = Synonyms.standard();
        snapshot = (Snapshot) Snapshot.factory(schema, synonyms, corpus.index()).newSearcher(reader, null);
        fast = new TaskSearch(schema, synonyms);
        sideways = new TaskSearch(schema, synonyms, true);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        seeds.close();
        synthetic.close();
        schema.close();
    }

    private static final List<String> QUERIES = List.of("医保", "卫健委", "公立医院", "\"家庭医生\"", "分级诊疗 -城市",
            "医保 OR 医疗", "国家卫生健康委", "2021 医保支付", "负责", "看病贵", "宠物医院", "健教", "四川 医保局",
            "推进", "医疗 -医保");

    private static final List<Map<FacetDim, List<String>>> FILTERS = List.of(
            Map.of(),
            Map.of(FacetDim.YEAR, List.of("2020", "2021")),
            Map.of(FacetDim.DEPARTMENT, List.of("国家医保局")),
            Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.ROLE, List.of("lead")),
            Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.SECTOR, List.of("卫生健康")),
            Map.of(FacetDim.DEPARTMENT, List.of("国家医保局"), FacetDim.SECTOR, List.of("医疗保障", "卫生健康"),
                    FacetDim.ROLE, List.of("lead"), FacetDim.YEAR, List.of("2020")),
            Map.of(FacetDim.REGION, List.of("国家"), FacetDim.YEAR, List.of("2021")),
            Map.of(FacetDim.SECTOR, List.of("医疗保障"), FacetDim.ROLE, List.of("lead", "support")),
            Map.of(FacetDim.ISSUER, List.of("国务院办公厅"), FacetDim.SECTION, List.of("没有这个章节")));

    @Test
    void everyQueryAndFilterCountsAsDrillSideways() throws IOException {
        int found = 0;
        int broad = 0;
        for (String q : QUERIES) {
            for (Map<FacetDim, List<String>> f : FILTERS) {
                SearchResult r = assertSame(new SearchRequest(q, f, SortOrder.RELEVANCE, 1, 50), q + " " + f);
                found += r.total() > 0 ? 1 : 0;
                broad += r.total() * 2 > snapshot.counts().tasks() ? 1 : 0;
            }
        }
        assertTrue(found > QUERIES.size() * FILTERS.size() / 2, "most searches find tasks: " + found);
        assertTrue(broad > 0, "some searches match more than half the tasks (counted from the tasks left out)");
    }

    @Test
    void pagesAndDateOrdersCountAsDrillSideways() throws IOException {
        Map<FacetDim, List<String>> f = Map.of(FacetDim.SECTOR, List.of("卫生健康"), FacetDim.ROLE, List.of("lead"));
        for (SortOrder sort : SortOrder.values()) {
            for (int page = 1; page <= 3; page++) {
                assertSame(new SearchRequest("医疗", f, sort, page, 7), sort + " page " + page);
            }
        }
    }

    private static SearchResult assertSame(SearchRequest request, String what) throws IOException {
        SearchResult expected = sideways.search(snapshot, request);
        SearchResult actual = fast.search(snapshot, request);
        assertEquals(expected.total(), actual.total(), what + ": total");
        assertEquals(expected.facets(), actual.facets(), what + ": facets");
        assertEquals(expected.hits(), actual.hits(), what + ": hits");
        assertEquals(expected.notice(), actual.notice(), what + ": notice");
        assertEquals(expected.expansions(), actual.expansions(), what + ": expansions");
        return actual;
    }
}
