package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.search.Counts;
import policysearch.search.SearchService;

/** The JSON API over the test index: contract shape, validation (400), unknown ids (404). */
class ApiTest extends IndexedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void searchAnswersTheDocumentedShape() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/api/search?q=" + TestIndex.QUERY + "&size=5");
            assertEquals(200, r.code());
            assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/json"));
            JsonNode body = json(r);
            for (String key : List.of("query", "total", "page", "size", "tookMs", "expansions", "hits", "facets")) {
                assertTrue(body.has(key), "missing " + key);
            }
            assertFalse(body.has("notice"), "notice only when the query degraded");
            assertTrue(body.get("total").asInt() > 0);
            assertEquals(5, body.get("size").asInt());
            for (String dim : List.of("issuer", "year", "region", "section", "department", "sector", "role")) {
                assertTrue(body.get("facets").has(dim), "missing facet " + dim);
            }
            JsonNode hit = body.get("hits").get(0);
            for (String key : List.of("id", "url", "source", "no", "label", "title", "text", "highlights",
                    "section", "departments", "document", "score")) {
                assertTrue(hit.has(key), "hit lacks " + key);
            }
            assertTrue(hit.get("url").asText().startsWith("/tasks/"));
            String role = hit.get("departments").get(0).get("role").asText();
            assertTrue(List.of("lead", "responsible", "support").contains(role), role);
        });
    }

    @Test
    void emptyQueryListsEveryTaskAndFiltersNarrow() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            int all = json(client.get("/api/search")).get("total").asInt();
            assertEquals(TestIndex.TASKS, all);
            JsonNode led = json(client.get("/api/search?dept=" + TestIndex.CQ_INSURANCE + "&role=lead&year=2020"));
            assertTrue(led.get("total").asInt() > 0);
            assertTrue(led.get("total").asInt() < all);
            for (JsonNode hit : led.get("hits")) {
                boolean leads = false;
                for (JsonNode d : hit.get("departments")) {
                    leads |= d.get("name").asText().equals(TestIndex.CQ_INSURANCE)
                            && d.get("role").asText().equals("lead");
                }
                assertTrue(leads, hit.get("id").asText() + " is not led by " + TestIndex.CQ_INSURANCE);
            }
        });
    }

    @Test
    void badParametersAre400WithAMessage() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String url : List.of("/api/search?page=abc", "/api/search?size=500", "/api/search?size=0",
                    "/api/search?sort=foo", "/api/search?role=boss", "/api/search?year=20x0",
                    "/api/search?q=" + "x".repeat(1001), "/api/tasks/NOT_AN_ID", "/api/documents/..%2Fetc",
                    "/api/suggest?q=" + "x".repeat(101), "/api/documents?size=101", "/api/documents?size=0",
                    "/api/documents?page=0", "/api/documents?page=abc", "/api/documents?size=-5")) {
                Response r = client.get(url);
                assertEquals(400, r.code(), url);
                JsonNode body = json(r);
                assertFalse(body.get("error").asText().isBlank(), url);
                assertFalse(r.body().string().contains("Exception"), url);
            }
        });
    }

    @Test
    void unknownIdsAre404Json() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String url : List.of("/api/tasks/gbf-1999-1-t1", "/api/documents/gbf-1999-1", "/api/nothing")) {
                Response r = client.get(url);
                assertEquals(404, r.code(), url);
                assertTrue(json(r).has("error"), url);
            }
        });
    }

    @Test
    void tasksDocumentsSuggestAndHealth() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode task = json(client.get("/api/tasks/" + TestIndex.TASK_ID));
            assertEquals(TestIndex.TASK_ID, task.get("id").asText());
            assertEquals(TestIndex.TASK_TITLE, task.get("title").asText());
            JsonNode docs = json(client.get("/api/documents"));
            assertEquals(TestIndex.DOCUMENTS, docs.get("total").asInt());
            assertEquals(TestIndex.DOCUMENTS, docs.get("documents").size());
            JsonNode doc = json(client.get("/api/documents/" + TestIndex.DOC_ID));
            assertEquals(TestIndex.DOC_ID, doc.get("id").asText(), "document keys at the top level");
            assertEquals(TestIndex.DOC_NUMBER, doc.get("number").asText());
            assertEquals(TestIndex.TASK_ID, doc.get("tasks").get(4).get("id").asText());
            JsonNode suggest = json(client.get("/api/suggest?q=" + TestIndex.SUGGEST_PREFIX));
            assertTrue(suggest.get("suggestions").size() > 0);
            assertTrue(suggest.get("suggestions").size() <= 10);
            JsonNode health = json(client.get("/health"));
            assertEquals("ok", health.get("status").asText());
            assertEquals(TestIndex.TASKS, health.get("tasks").asInt());
            assertEquals("off", health.get("semantic").asText(), "the test index has no passage vectors");
        });
    }

    @Test
    void aShortNameSuggestsDepartmentsWithTheUrlOfTheirFilter() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode first = json(client.get("/api/suggest?q=" + SearchParams.encodeValue("卫健委")))
                    .get("suggestions").get(0);
            assertEquals("国家卫生健康委", first.get("text").asText());
            assertEquals("department", first.get("kind").asText());
            assertEquals("/search?dept=" + SearchParams.encodeValue("国家卫生健康委"), first.get("url").asText());
            JsonNode filtered = json(client.get(first.get("url").asText().replace("/search", "/api/search")));
            assertEquals(42, filtered.get("total").asInt(), "the department's tasks");
            JsonNode term = json(client.get("/api/suggest?q=" + SearchParams.encodeValue("医保支付")))
                    .get("suggestions").get(0);
            assertFalse(term.has("url"), "text suggestions are searched as typed: " + term);
        });
    }

    @Test
    void searchReportsTheWordsItReadAsFilters() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + SearchParams.encodeValue("2024年 公立医院改革")));
            JsonNode year = body.get("understood").get(0);
            assertEquals("year", year.get("dim").asText(), "the dimension's JSON key");
            assertEquals("2024", year.get("value").asText());
            assertEquals("年份：2024", year.get("label").asText());
            assertEquals("2024年", year.get("surface").asText());
            assertTrue(year.get("literalQuery").asText().contains("\"2024年\""), year.toString());
            assertEquals("2024年 公立医院改革", body.get("query").asText(), "the query as typed");
            assertTrue(body.get("total").asInt() > 0);
            for (JsonNode hit : body.get("hits")) {
                assertEquals(2024, hit.get("document").get("year").asInt(), hit.get("id").asText());
            }
            assertTrue(body.get("related").isArray());
            assertEquals(0, body.get("related").size(), "no related tasks without passage vectors");
            JsonNode dept = json(client.get("/api/search?q=" + SearchParams.encodeValue("川医保局")));
            assertEquals("department", dept.get("understood").get(0).get("dim").asText());
            assertEquals("四川省医保局", dept.get("understood").get(0).get("value").asText());
        });
    }

    @Test
    void documentsComeInPages() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode first = json(client.get("/api/documents"));
            assertEquals(List.of("total", "page", "size", "documents"), keys(first));
            assertEquals(1, first.get("page").asInt());
            assertEquals(50, first.get("size").asInt(), "default page size");
            JsonNode doc = first.get("documents").get(0);
            for (String key : List.of("id", "url", "source", "title", "number", "issuer", "date", "year", "region",
                    "sections", "taskCount")) {
                assertTrue(doc.has(key), "document lacks " + key);
            }
            JsonNode second = json(client.get("/api/documents?page=2&size=2"));
            assertEquals(TestIndex.DOCUMENTS, second.get("total").asInt());
            assertEquals(2, second.get("size").asInt());
            assertEquals(2, second.get("documents").size());
            assertEquals(first.get("documents").get(2), second.get("documents").get(0), "the same order, page by page");
            assertEquals(1, json(client.get("/api/documents?page=3&size=2")).get("documents").size());
            assertEquals(0, json(client.get("/api/documents?page=4&size=2")).get("documents").size());
            assertEquals(100, json(client.get("/api/documents?size=100")).get("size").asInt());
        });
    }

    @Test
    void healthReadsCountsWithoutListingDocuments() {
        SearchService countsOnly = new FailingSearchService() {
            @Override
            public Counts counts() {
                return new Counts(40_000, 1_000_000);
            }
        };
        JavalinTest.test(WebApp.create(countsOnly), (server, client) -> {
            Response r = client.get("/health");
            assertEquals(200, r.code(), "documents() and document() are never called");
            JsonNode health = json(r);
            assertEquals("ok", health.get("status").asText());
            assertEquals(40_000, health.get("documents").asInt());
            assertEquals(1_000_000, health.get("tasks").asInt());
        });
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void scriptInTheQueryStaysInertInJson() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
            assertEquals(200, r.code());
            assertFalse(r.body().string().contains("<script>"), "raw <script> in JSON");
            assertEquals("<script>alert(1)</script>", json(r).get("query").asText());
        });
    }

    @Test
    void searchListsMatchingDocumentsBesideTheTasks() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + SearchParams.encodeValue("凝聚改革共识")));
            assertEquals(0, body.get("total").asInt());
            JsonNode docs = body.get("documents");
            assertTrue(docs.size() > 0 && docs.size() <= 5, docs.toString());
            JsonNode doc = docs.get(0);
            assertEquals(List.of("id", "title", "url", "highlights"), fieldNames(doc));
            assertTrue(doc.get("highlights").get(0).asText().contains("<mark>凝聚改革共识</mark>"));
        });
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
