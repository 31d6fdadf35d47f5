package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.embed.Embeddings;
import policysearch.fixtures.CountingEmbedder;
import policysearch.index.BuildSummary;
import policysearch.index.IndexMetadata;
import policysearch.index.IndexStorage;
import policysearch.index.Schema;
import policysearch.search.SearchRequest;

/**
 * Above the embedding budget a build is lexical first and searchable at once; the missing texts are embedded
 * afterwards, the index is built again from cache hits alone and swapped in. Under the budget, vectors are inline.
 */
class EmbedAfterwardsTest {
    static final Path SEEDS = Path.of("seeds");
    /** Far fewer texts than the seeds' 124 tasks have (a passage and a title each). */
    static final int BUDGET = 10;
    @TempDir
    Path tmp;

    @Test
    void aBuildOverTheBudgetIndexesWithoutVectorsAndAfterEmbeddingFindsThemAllCached() throws IOException {
        CountingEmbedder model = new CountingEmbedder();
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("index"), IndexStorage.FILES, BUDGET);
        try (Embeddings embeddings = Embeddings.of(model, null); Schema schema = new Schema(embeddings)) {
            BuildSummary lexical = corpus.build(schema);
            assertTrue(lexical.vectorsDeferred());
            assertEquals(0, model.passages.get(), "nothing embedded while indexing");
            assertEquals(Schema.NO_VECTORS, vectors(corpus));
            assertTrue(corpus.needsVectors(schema));

            EmbeddingProgress progress = new EmbeddingProgress();
            corpus.embedMissing(schema, progress);
            assertTrue(progress.total() > BUDGET, "texts to embed: " + progress.total());
            assertEquals(progress.total(), progress.done());
            assertEquals(progress.total(), model.passages.get(), "each missing text embedded once");

            BuildSummary again = corpus.build(schema);
            assertFalse(again.vectorsDeferred());
            assertEquals(progress.total(), model.passages.get(), "every vector a cache hit");
            assertEquals("hash", vectors(corpus));
            assertFalse(corpus.needsVectors(schema));
        }
    }

    @Test
    void underTheBudgetVectorsAreEmbeddedInline() throws IOException {
        CountingEmbedder model = new CountingEmbedder();
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("index"));
        try (Embeddings embeddings = Embeddings.of(model, null); Schema schema = new Schema(embeddings)) {
            assertFalse(corpus.build(schema).vectorsDeferred());
            assertEquals("hash", vectors(corpus));
            assertTrue(model.passages.get() > 0);
        }
    }

    @Test
    void aServedIndexIsSearchableAtOnceAndGetsItsVectorsInTheBackground() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountingEmbedder held = new CountingEmbedder() {
            @Override
            public float[] passage(String text) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return super.passage(text);
            }
        };
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("index"), IndexStorage.FILES, BUDGET);
        try (Embeddings embeddings = Embeddings.of(held, null);
             ServingIndex served = ServingIndex.openFresh(corpus, embeddings)) {
            assertTrue(served.lastBuild().orElseThrow().vectorsDeferred());
            assertEquals(124, served.service().search(SearchRequest.of("")).total(), "searchable at once");
            assertEquals("off", served.service().semantic(), "no vectors yet");
            assertTrue(served.embedding().isPresent(), "embedding under way");
            assertTrue(served.service().embedding().isPresent(), "as /health tells it");
            assertFalse(served.awaitEmbedding(200), "the model is held");

            release.countDown();
            assertTrue(served.awaitEmbedding(TimeUnit.MINUTES.toMillis(2)), "the vectors never arrived");
            assertEquals("on", served.service().semantic(), "the index with vectors is served");
            assertEquals("hash", vectors(corpus));
            EmbeddingProgress progress = served.embedding().orElseThrow();
            assertEquals(progress.total(), progress.done());
            assertTrue(served.service().embedding().isEmpty(), "nothing under way any more");
            assertEquals(124, served.service().search(SearchRequest.of("")).total());
        }
    }

    private static String vectors(SeedCorpus corpus) throws IOException {
        return IndexMetadata.read(corpus.index()).orElseThrow().get(Schema.META_VECTORS);
    }
}
