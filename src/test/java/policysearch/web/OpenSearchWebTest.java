package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import policysearch.fixtures.TcpProxy;
import policysearch.fixtures.WithOpenSearch;
import policysearch.search.OpenSearchService;

/**
 * The site on the OpenSearch engine: every page and API route answers from the cluster; a cluster that goes down or
 * stops answering gives a 503 page or JSON message, never a stack trace.
 */
@ExtendWith(WithOpenSearch.class)
class OpenSearchWebTest {
    static final List<String> PAGES = List.of("/", "/search?q=" + TestIndex.QUERY, "/search?q=" + TestIndex.QUERY
            + "&year=2020&dept=" + TestIndex.CQ_INSURANCE, "/search.csv?q=" + TestIndex.QUERY, "/tasks/"
            + TestIndex.TASK_ID, "/documents", "/documents/" + TestIndex.DOC_ID, "/timeline?q=" + TestIndex.QUERY,
            "/compare?a=gbf-2020-25-t1&b=yfbf-2020-110-t1");
    static final List<String> API = List.of("/api/search?q=" + TestIndex.QUERY, "/api/tasks/" + TestIndex.TASK_ID,
            "/api/documents", "/api/documents/" + TestIndex.DOC_ID, "/api/suggest?q=" + TestIndex.SUGGEST_PREFIX,
            "/api/timeline?q=" + TestIndex.QUERY, "/health");

    @Test
    void everyRouteAnswersFromTheClusterAnd503sWhenItIsGone() throws Exception {
        int port = URI.create(WithOpenSearch.seeded()).getPort();
        try (TcpProxy proxy = new TcpProxy(port);
             OpenSearchService service = OpenSearchService.open(proxy.url(), Duration.ofSeconds(2))) {
            JavalinTest.test(WebApp.create(service), (server, client) -> {
                for (String url : PAGES) {
                    assertEquals(200, client.get(url).code(), url);
                }
                for (String url : API) {
                    assertEquals(200, client.get(url).code(), url);
                }
                String health = client.get("/health").body().string();
                assertTrue(health.contains("\"tasks\":" + TestIndex.TASKS), health);
                assertTrue(health.contains("\"semantic\":\"off\""), health);
                assertEquals(400, client.get("/api/search?size=500").code());
                // the deepest page the site serves, far past the results: a notice, as on the embedded engine
                Response deep = client.get("/api/search?q=" + TestIndex.QUERY + "&page=10000&size=100");
                String body = deep.body().string();
                assertEquals(200, deep.code(), body);
                assertTrue(body.contains("超出结果范围"), body);
                assertEquals(404, client.get("/api/tasks/no-such-task").code());

                proxy.stall();
                assertUnavailable(client.get("/search?q=" + TestIndex.QUERY), false);
                assertUnavailable(client.get("/api/search?q=" + TestIndex.QUERY), true);
            });
        }
        try (TcpProxy proxy = new TcpProxy(port);
             OpenSearchService service = OpenSearchService.open(proxy.url(), Duration.ofSeconds(2))) {
            proxy.refuse();
            JavalinTest.test(WebApp.create(service), (server, client) -> {
                for (String url : PAGES) {
                    assertUnavailable(client.get(url), false);
                }
                for (String url : API) {
                    if (url.startsWith("/api/suggest")) {
                        // suggestions come from the names read when the index was opened: they go on answering
                        assertEquals(200, client.get(url).code(), url);
                    } else {
                        assertUnavailable(client.get(url), true);
                    }
                }
            });
        }
    }

    private static void assertUnavailable(Response r, boolean json) throws java.io.IOException {
        String body = r.body().string();
        assertEquals(503, r.code(), body);
        assertTrue(body.contains(ErrorHandlers.UNAVAILABLE), body);
        assertEquals(json, body.startsWith("{\"error\":"), body);
        assertFalse(body.contains("Exception") || body.contains("localhost"), body);
    }
}
