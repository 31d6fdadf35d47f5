package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** The css and js under /static: served with their type, a cache lifetime and an ETag that a revalidation meets. */
class StaticAssetsTest {

    @Test
    void assetsCarryTheirTypeAndAnETagThatARevalidationMeetsWith304() {
        JavalinTest.test(WebApp.create(new FailingSearchService()), (server, client) -> {
            Response css = client.get("/static/css/site.css");
            assertEquals(200, css.code());
            assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
            assertEquals(StaticAssets.CACHE_CONTROL, header(css, "Cache-Control"));
            String etag = header(css, "ETag");
            assertNotNull(etag);
            assertTrue(css.body().string().contains("{"), "the stylesheet itself");
            Response again = client.get("/static/css/site.css", req -> req.header("If-None-Match", etag));
            assertEquals(304, again.code());
            assertEquals("", again.body().string());
            Response js = client.get("/static/js/site.js");
            assertEquals("text/javascript; charset=utf-8", header(js, "Content-Type"));
            assertTrue(!etag.equals(header(js, "ETag")), "each asset its own ETag");
            assertEquals(404, client.get("/static/css/site.css.map").code(), "an unknown type");
            assertEquals(404, client.get("/static/css/none.css").code(), "a missing file");
        });
    }

    private static String header(Response r, String name) {
        var values = r.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
