package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embedder;
import policysearch.embed.Embeddings;
import policysearch.fixtures.CountingEmbedder;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;
import policysearch.search.Synonyms;
import policysearch.web.page.SearchPage;

/**
 * A server answers before the embedding model has loaded: searches run lexically and say {@code semantic: loading},
 * {@code /health} says so too, and once the model is in, both say {@code on}. The model is a stand-in held back by
 * a latch, so nothing depends on timing.
 */
class SemanticLoadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "/api/search?q=" + SearchParams.encodeValue("医保支付方式改革");

    @TempDir
    Path indexDir;

    @Test
    void searchesAnswerLexicallyWhileTheModelLoadsThenSemanticIsOn() throws IOException {
        CountingEmbedder model = new CountingEmbedder();
        try (Embeddings built = Embeddings.of(model, null); Schema schema = new Schema(built)) {
            new SeedCorpus(TestIndex.SEEDS, indexDir).build(schema); // the index holds the stand-in's vectors
        }
        CountDownLatch release = new CountDownLatch(1);
        try (Embeddings loading = Embeddings.loading(() -> heldBack(model, release), model.modelId(), null);
             Schema schema = new Schema(loading);
             SearchService service = LuceneSearchService.open(indexDir, schema, Synonyms.standard())) {
            JavalinTest.test(WebApp.create(service), (server, client) -> {
                assertEquals("loading", json(client.get("/health").body().string()).get("semantic").asText());
                JsonNode during = json(client.get(QUERY).body().string());
                assertEquals("loading", during.get("semantic").asText());
                assertTrue(during.get("total").asInt() > 0, "lexical hits while the model loads");
                assertEquals(0, during.get("related").size(), "no related list without the model");
                String page = client.get("/search?q=" + SearchParams.encodeValue("医保")).body().string();
                assertTrue(page.contains(SearchPage.MODEL_LOADING_NOTICE), "the page says the model is loading");

                release.countDown();
                assertEquals(Embeddings.Status.ON, loading.await());
                assertEquals("on", json(client.get("/health").body().string()).get("semantic").asText());
                JsonNode after = json(client.get(QUERY).body().string());
                assertEquals("on", after.get("semantic").asText());
                assertEquals(during.get("total"), after.get("total"), "the same exact hits");
                assertFalse(client.get("/search?q=" + SearchParams.encodeValue("医保")).body().string()
                        .contains(SearchPage.MODEL_LOADING_NOTICE), "no notice once the model is in");
            });
        }
    }

    /** The model, once {@code release} opens. */
    private static Embedder heldBack(Embedder model, CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held back", e);
        }
        return model;
    }

    private static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}
