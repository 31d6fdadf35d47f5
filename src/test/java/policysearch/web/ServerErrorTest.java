package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing service yields a friendly 500 on every route, never a stack trace or an internal path. */
class ServerErrorTest {

    @Test
    void failuresAreHiddenBehindAFriendlyMessage() {
        JavalinTest.test(WebApp.create(new FailingSearchService()), (server, client) -> {
            for (String url : List.of("/", "/search?q=x", "/search.csv", "/tasks/gbf-2021-20-t5", "/documents",
                    "/documents/gbf-2021-20")) {
                Response page = client.get(url);
                assertEquals(500, page.code(), url);
                String html = page.body().string();
                assertTrue(html.contains("服务暂时出错"), url);
                assertFalse(html.contains(FailingSearchService.SECRET), url);
                assertFalse(html.contains("IllegalStateException"), url);
            }
            for (String url : List.of("/api/search?q=x", "/api/tasks/gbf-2021-20-t5", "/api/documents",
                    "/api/suggest?q=x", "/health")) {
                Response api = client.get(url);
                assertEquals(500, api.code(), url);
                String body = api.body().string();
                assertTrue(body.startsWith("{\"error\":"), url + ": " + body);
                assertFalse(body.contains(FailingSearchService.SECRET), url);
            }
        });
    }
}
