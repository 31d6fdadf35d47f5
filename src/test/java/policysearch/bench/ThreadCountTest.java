package policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import policysearch.fixtures.CountingEmbedder;
import policysearch.index.IndexBuilder;
import policysearch.index.IndexMetadata;
import policysearch.index.Schema;
import policysearch.model.PolicyDocument;
import policysearch.search.FacetDim;
import policysearch.search.Hit;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SortOrder;
import policysearch.search.Synonyms;

/**
 * An index built on one thread and one built on several answer every query alike: totals, facet counts, hits and
 * their scores, related tasks, documents, suggestions, similar tasks, on the real seeds and on the benchmark's
 * synthetic corpus (several segments filled at once, so document order differs between the two).
 */
class ThreadCountTest {
    private static final int SYNTHETIC_TASKS = 3000;
    private static final int THREADS = 3;
    private static final Duration NO_DEADLINE = Duration.ofMinutes(5);

    @TempDir
    static Path tmp;
    private static Embeddings embeddings;
    private static Schema schema;
    private static List<String> queries;

    @BeforeAll
    static void setUp() throws IOException {
        embeddings = Embeddings.of(new CountingEmbedder(), null);
        schema = new Schema(embeddings);
        queries = new ArrayList<>(List.of("", "医保支付方式改革", "卫健委", "分级诊疗 -城市", "\"家庭医生\"", "公立医院",
                "看病贵", "老人上门看病", "2021 医保支付", "国家医保局", "重庆", "国办发〔2021〕20号"));
        queries.addAll(judged("/policysearch/search/judged-queries.tsv"));
        queries.addAll(judged("/policysearch/search/judged-queries-users.tsv"));
    }

    @AfterAll
    static void tearDown() {
        schema.close();
        embeddings.close();
    }

    @Test
    void theSeedsIndexedOnSeveralThreadsAnswerAsOnOne() throws IOException {
        List<PolicyDocument> seeds = SeedCorpus.documents(Path.of("seeds"));
        assertSameAnswers(seeds, "seeds", true);
    }

    @Test
    void theSyntheticCorpusIndexedOnSeveralThreadsAnswersAsOnOne() throws IOException {
        List<PolicyDocument> corpus = SyntheticCorpus.of(SeedCorpus.documents(Path.of("seeds")), SYNTHETIC_TASKS);
        assertSameAnswers(corpus, "synthetic", false);
    }

    /**
     * Asks both indexes everything; {@code exactNearest} when the corpus is small enough for the graph search to
     * find the true nearest tasks (the seeds), so related lists and similar tasks must match task for task. On a
     * larger corpus the graph search is approximate and its graphs depend on how the records were split into
     * segments (as they do between any two builds whose merges differ): there everything but the nearest tasks
     * must match. The stand-in model gives one vector per distinct text, so a title repeated in dozens of
     * documents is dozens of equal points, which graph searches find unevenly.
     */
    private void assertSameAnswers(List<PolicyDocument> docs, String name, boolean exactNearest)
            throws IOException {
        Path one = tmp.resolve(name + "-1");
        Path several = tmp.resolve(name + "-" + THREADS);
        new IndexBuilder(schema).threads(1).build(docs, one, "fp");
        new IndexBuilder(schema).threads(THREADS).build(docs, several, "fp");
        assertEquals(IndexMetadata.read(one), IndexMetadata.read(several), "the same commit data");
        try (LuceneSearchService a = LuceneSearchService.open(one, schema, Synonyms.standard(), NO_DEADLINE);
             LuceneSearchService b = LuceneSearchService.open(several, schema, Synonyms.standard(), NO_DEADLINE)) {
            assertEquals("on", b.semantic(), "vectors indexed");
            Map<String, Object> left = answers(a, exactNearest);
            Map<String, Object> right = answers(b, exactNearest);
            assertTrue(left.size() > 100, "questions asked: " + left.size());
            for (String question : left.keySet()) {
                String single = String.valueOf(left.get(question));
                String many = String.valueOf(right.get(question));
                assertTrue(single.equals(many), () -> question + " differs: " + difference(single, many));
            }
        }
    }

    /** Every kind of question the service answers, a few times over with filters and sorts. */
    private static Map<String, Object> answers(LuceneSearchService s, boolean exactNearest) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<FacetDim, List<String>> filtered = Map.of(FacetDim.YEAR, List.of("2020", "2021"), FacetDim.ROLE,
                List.of("lead"));
        for (String q : queries) {
            out.put("search " + q, comparable(s.search(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 20,
                    null)), exactNearest));
            out.put("search by date " + q, comparable(s.search(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 20,
                    null)), exactNearest));
            out.put("search filtered " + q, comparable(s.search(new SearchRequest(q, filtered, SortOrder.RELEVANCE,
                    1, 20, null)), exactNearest));
            out.put("page 2 of " + q, comparable(s.search(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 2,
                    20, null)), exactNearest));
            out.put("all of " + q, s.searchAll(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 10, null))
                    .stream().map(Hit::id).toList());
            if (!q.isEmpty()) {
                out.put("suggest " + q, s.suggest(q.substring(0, 1), 10));
            }
        }
        out.put("documents", s.documents(1, 50));
        for (FacetDim dim : FacetDim.values()) {
            out.put("facet values " + dim, s.facetValues(dim, "", 100));
        }
        for (Hit h : s.searchAll(new SearchRequest("医保", Map.of(), SortOrder.RELEVANCE, 1, 10, null))
                .subList(0, 10)) {
            if (exactNearest) {
                out.put("similar " + h.id(), s.similar(h.id(), 10));
            }
            out.put("document of " + h.id(), s.document(h.document().id()));
        }
        return out;
    }

    /** Where two answers part, with a little of each around it. */
    private static String difference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 100);
        return "\n  one thread:  …" + a.substring(from, Math.min(a.length(), i + 200))
                + "\n  " + THREADS + " threads: …" + b.substring(from, Math.min(b.length(), i + 200));
    }

    /** The result without its timing, and without its related tasks unless {@code exactNearest}. */
    private static SearchResult comparable(SearchResult r, boolean exactNearest) {
        return new SearchResult(r.query(), r.total(), r.page(), r.size(), 0, r.expansions(), r.hits(), r.facets(),
                r.notice(), r.understood(), exactNearest ? r.related() : List.of(), r.nearest(), r.documents());
    }

    private static List<String> judged(String resource) throws IOException {
        try (InputStream in = ThreadCountTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        }
    }
}
