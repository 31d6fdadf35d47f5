package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;

/** A failing service yields a friendly 500, never a stack trace. */
class ServerErrorTest {

    /** The fake, made to fail on search. */
    private static final class Broken extends FakeSearchService {
        Broken() {
            super(java.nio.file.Path.of("seeds"));
        }

        @Override
        public SearchResult search(SearchRequest request) {
            throw new IllegalStateException("index unreadable at /secret/path");
        }
    }

    @Test
    void failuresAreHiddenBehindAFriendlyMessage() {
        JavalinTest.test(WebApp.create(new Broken()), (server, client) -> {
            Response page = client.get("/search?q=x");
            assertEquals(500, page.code());
            String html = page.body().string();
            assertTrue(html.contains("服务暂时出错"));
            assertFalse(html.contains("/secret/path"));
            assertFalse(html.contains("IllegalStateException"));
            Response api = client.get("/api/search?q=x");
            assertEquals(500, api.code());
            assertTrue(api.body().string().contains("\"error\""));
            assertFalse(api.body().string().contains("/secret/path"));
        });
    }
}
