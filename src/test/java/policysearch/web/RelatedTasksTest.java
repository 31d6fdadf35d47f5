package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;
import policysearch.search.Synonyms;

/**
 * The 语义相关 block and the API's {@code related} over the seeds indexed with passage vectors (the bundled
 * model, vectors cached in target/vector-cache): after the exact hits, or in their place when there are none.
 */
class RelatedTasksTest {
    static final Path VECTOR_CACHE = Path.of("target", "vector-cache");
    /**
     * No task holds these words; the 2021 and 2024 pay-reform tasks are related. Both queries sit just above the
     * related threshold (SemanticSearch.THRESHOLD): a stricter threshold needs other queries here.
     */
    static final String ONLY_RELATED = "给医务人员涨工资";
    /** Some tasks match exactly; 深化人事薪酬制度改革 is only related. */
    static final String WITH_HITS = "医生待遇";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;
    static Embeddings embeddings;
    static Schema schema;
    static SearchService service;

    @BeforeAll
    static void openIndex() throws IOException {
        embeddings = Embeddings.standard(VECTOR_CACHE);
        schema = new Schema(embeddings);
        new SeedCorpus(TestIndex.SEEDS, indexDir).build(schema);
        service = LuceneSearchService.open(indexDir, schema, Synonyms.standard());
    }

    @AfterAll
    static void closeIndex() throws IOException {
        service.close();
        schema.close();
        embeddings.close();
    }

    @Test
    void relatedTasksStandInForAnEmptyResult() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?q=" + SearchParams.encodeValue(ONLY_RELATED)).body().string();
            assertTrue(html.contains("共 <strong>0</strong> 条任务"), "related tasks are not counted");
            assertTrue(html.contains("<p class=\"notice\" role=\"status\">"), "the notice says so");
            int block = html.indexOf("<section class=\"related\"");
            assertTrue(block > 0, "语义相关 block");
            assertTrue(html.contains("<h2 id=\"related-h\">语义相关</h2>"));
            assertFalse(html.contains("没有找到匹配的任务"), "no empty-result box in its place");
            assertFalse(html.contains("<svg"), "no chart of an empty result");
            String related = html.substring(block);
            assertTrue(related.contains("<article class=\"hit\">"), "cards like the results");
            assertTrue(related.contains("href=\"/tasks/"), "title links to the task");
            assertTrue(related.matches("(?s).*<span class=\"sim\">相似度 0\\.\\d\\d</span>.*"), "similarity");
        });
    }

    @Test
    void relatedTasksFollowTheExactHits() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?q=" + SearchParams.encodeValue(WITH_HITS)).body().string();
            int firstHit = html.indexOf("<article class=\"hit\">");
            int block = html.indexOf("<section class=\"related\"");
            assertTrue(firstHit > 0, "exact hits");
            assertTrue(block > firstHit, "语义相关 after the results");
            assertFalse(html.substring(0, block).contains("相似度"), "exact hits carry no similarity");
            assertTrue(html.substring(block).contains("相似度"), "related tasks show their similarity");
            assertEquals(-1, html.indexOf("class=\"notice\""), "no notice when exact hits exist");
        });
    }

    @Test
    void apiListsRelatedTasksAsHitsWithTheirSimilarity() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode body = JSON.readTree(client.get("/api/search?q=" + SearchParams.encodeValue(ONLY_RELATED))
                    .body().string());
            assertEquals(0, body.get("total").asInt());
            assertEquals(0, body.get("hits").size());
            assertFalse(body.get("notice").asText().isBlank(), "notice for a related-only answer");
            JsonNode related = body.get("related");
            assertTrue(related.size() > 0 && related.size() <= 10, related.toString());
            for (JsonNode r : related) {
                for (String key : java.util.List.of("id", "url", "title", "text", "departments", "document",
                        "similarity")) {
                    assertTrue(r.has(key), "related task lacks " + key);
                }
                assertFalse(r.has("hit"), "hit fields are unwrapped");
                double similarity = r.get("similarity").asDouble();
                assertTrue(similarity > 0.5 && similarity <= 1, Double.toString(similarity));
            }
            JsonNode health = JSON.readTree(client.get("/health").body().string());
            assertEquals("on", health.get("semantic").asText());
        });
    }
}
