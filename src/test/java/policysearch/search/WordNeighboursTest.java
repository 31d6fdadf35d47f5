package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.embed.Embeddings;
import policysearch.embed.Vectors;
import policysearch.fixtures.CountingEmbedder;
import policysearch.fixtures.Fixtures;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;

/**
 * A typed word no task contains also searches the index word nearest in meaning, and says so. The model is a
 * stand-in that gives 药荒 (a shortage of drugs, as the press says) the vector of the fixtures' word 短缺 and every
 * other text a random one, so which words are close is known.
 */
class WordNeighboursTest {
    /** Texts that share a meaning: the same axis; everything else a random direction. */
    private static final Map<String, Integer> MEANINGS = Map.of("药荒", 0, "短缺", 0, "签约", 1);

    /** The stand-in model: {@link #MEANINGS} on their axes, any other text a random direction. */
    private static class Meanings extends CountingEmbedder {
        @Override
        public float[] query(String text) {
            Integer axis = MEANINGS.get(text);
            if (axis == null) {
                return super.query(text);
            }
            float[] v = new float[dimensions()];
            v[axis] = 1f;
            return Vectors.normalized(v);
        }
    }

    @TempDir
    static Path tmp;
    private static Embeddings model;
    private static LuceneSearchService withModel;
    private static LuceneSearchService withoutModel;

    @BeforeAll
    static void build() throws IOException {
        model = Embeddings.of(new Meanings(), null);
        Schema schema = new Schema(model);
        new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("index"), "fixtures");
        withModel = LuceneSearchService.open(tmp.resolve("index"), schema, Synonyms.standard());
        withoutModel = LuceneSearchService.open(tmp.resolve("index"), new Schema(), Synonyms.standard());
    }

    @AfterAll
    static void close() throws IOException {
        withModel.close();
        withoutModel.close();
        model.close();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void aWordNoTaskContainsFindsTheTasksOfItsNearestIndexWordAndSaysSo() {
        SearchResult r = withModel.search(SearchRequest.of("药荒"));
        assertEquals(List.of("yfbf-2020-110-t3"), ids(r)); // 加强短缺药品供应保障
        assertEquals(List.of("短缺（据语义推测的“药荒”）"), r.expansions());
        assertEquals(r.total(), withModel.searchAll(SearchRequest.of("药荒")).size(), "the export lists it too");
    }

    @Test
    void theNeighbourStandsInForThatPieceOnlyTheOtherWordsStillCount() {
        assertEquals(List.of("yfbf-2020-110-t3"), ids(withModel.search(SearchRequest.of("药荒监测预警"))));
        assertEquals(0, withModel.search(SearchRequest.of("药荒 疾病预防控制")).total());
    }

    @Test
    void aWordTheTasksContainIsNeverReplaced() {
        SearchResult r = withModel.search(SearchRequest.of("签约服务"));
        assertEquals(List.of("yfbf-2020-110-t1"), ids(r));
        assertTrue(r.expansions().stream().noneMatch(e -> e.contains("据语义推测")), r.expansions().toString());
    }

    @Test
    void withoutTheModelOrWithoutACloseWordNothingIsGuessed() {
        SearchResult off = withoutModel.search(SearchRequest.of("药荒"));
        assertEquals(0, off.total());
        assertFalse(off.expansions().stream().anyMatch(e -> e.contains("据语义推测")));
        SearchResult far = withModel.search(SearchRequest.of("宠物"));
        assertEquals(0, far.total());
        assertTrue(far.expansions().isEmpty(), far.expansions().toString());
    }

    @Test
    void aQuotedPhraseIsNeverGuessed() {
        assertEquals(0, withModel.search(SearchRequest.of("\"药荒\"")).total());
    }

    @Test
    void embeddingTheWordsOnTheFirstSearchDoesNotCountAgainstItsTimeBudget() throws IOException {
        // every word takes 20 ms to embed, so reading the fixtures' words outlasts a 300 ms budget
        Embeddings slow = Embeddings.of(new Meanings() {
            @Override
            public float[] passage(String text) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.passage(text);
            }
        }, null);
        try (slow; Schema schema = new Schema(slow);
             LuceneSearchService budgeted = LuceneSearchService.open(tmp.resolve("index"), schema,
                     Synonyms.standard(), java.time.Duration.ofMillis(300))) {
            SearchResult r = budgeted.search(SearchRequest.of("药荒"));
            assertFalse(SearchDeadline.OUT_OF_TIME_NOTICE.equals(r.notice()), "cut off while the words were embedded");
            assertEquals(List.of("yfbf-2020-110-t3"), ids(r));
        }
    }
}
