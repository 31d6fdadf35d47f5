package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** A page or an API answer without hits says why, in terms of the seeds, and where the results are. */
class ExplainedResultsTest extends IndexedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String enc(String s) {
        return SearchParams.encodeValue(s);
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksToTheLastPage() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String q = "q=" + enc("医保");
            JsonNode first = JSON.readTree(client.get("/api/search?" + q).body().string());
            long total = first.get("total").asLong();
            long last = (total + 9) / 10;
            String html = client.get("/search?" + q + "&page=99").body().string();
            assertTrue(html.contains("第 99 页没有结果：共 " + total + " 条任务，只有 " + last + " 页。"), html);
            assertTrue(html.contains("<a href=\"/search?" + q + "&amp;page=" + last + "\">前往最后一页（第 " + last
                    + " 页）</a>"), "a link to the last page");
            assertFalse(html.contains("没有找到匹配的任务"), "not a query without matches");
            JsonNode api = JSON.readTree(client.get("/api/search?" + q + "&page=99").body().string());
            assertEquals(total, api.get("total").asLong());
            assertEquals(0, api.get("hits").size());
            assertEquals("第 99 页超出结果范围：共 " + total + " 项任务，每页 10 项，最后一页是第 " + last + " 页。",
                    api.get("notice").asText());
            JsonNode lastPage = JSON.readTree(client.get("/api/search?" + q + "&page=" + last).body().string());
            assertTrue(lastPage.get("hits").size() > 0);
            assertFalse(lastPage.has("notice"), "the last page itself needs no notice");
        });
    }
}
