package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;

/** The CSV export opens in Excel: BOM, Chinese header, one row per matching task. */
class CsvExportTest extends IndexedTest {

    @Test
    void csvHasBomHeaderAndTheWholeFilteredSet() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/search.csv?year=2020&size=1");
            assertEquals(200, r.code());
            assertTrue(r.headers().get("Content-Type").get(0).startsWith("text/csv"));
            String body = r.body().string();
            assertEquals('\uFEFF', body.charAt(0), "UTF-8 byte-order mark");
            List<String> lines = body.substring(1).lines().toList();
            assertEquals("文件,文号,发文机关,年份,任务类别,任务编号,任务标题,牵头部门,负责部门,参与部门,链接", lines.get(0));
            int expected = new ApiCount(client).total("/api/search?year=2020");
            assertEquals(expected + 1, lines.size(), "all rows, not one page");
            assertTrue(lines.get(1).contains(",2020,"));
            assertTrue(lines.get(1).matches(".*,http://[^,]+/tasks/[a-z0-9-]+$"), lines.get(1));
        });
    }

    @Test
    void linksUseTheConfiguredBaseUrlNeverTheHostHeader() {
        BaseUrl base = new BaseUrl("https://policy.example.org");
        JavalinTest.test(WebApp.create(service, Templates.precompiled(), base), (server, client) -> {
            String body = getWithHost(server.port(), "/search.csv?q=DRG", "evil.example");
            assertFalse(body.contains("evil.example"), body);
            List<String> rows = body.lines().dropWhile(l -> !l.contains("文件,文号")).skip(1).toList();
            assertFalse(rows.isEmpty(), body);
            for (String row : rows) {
                assertTrue(row.matches(".*,https://policy\\.example\\.org/tasks/[a-z0-9-]+$"), row);
            }
        });
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String body = getWithHost(server.port(), "/search.csv?q=DRG", "evil.example");
            assertFalse(body.contains("evil.example"), body);
            assertTrue(body.contains(",http://localhost:7070/tasks/"), body);
        });
    }

    /** A raw HTTP/1.0 GET with a forged Host header (Java's HttpClient refuses to set one). */
    private static String getWithHost(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200") || response.startsWith("HTTP/1.0 200"), response);
            return response;
        }
    }

    @Test
    void aHugeResultSetMustBeNarrowedFirst() {
        SearchService huge = new FailingSearchService() {
            @Override
            public SearchResult search(SearchRequest request) {
                return new SearchResult(request.query(), PageHandlers.MAX_CSV_ROWS + 1L, 1, 1, 0, List.of(),
                        List.of(), Map.of(), null);
            }
        };
        JavalinTest.test(WebApp.create(huge), (server, client) -> {
            Response r = client.get("/search.csv");
            assertEquals(400, r.code(), "searchAll is never called for an oversized export");
            assertTrue(r.body().string().contains("超过导出上限"));
        });
    }

    /** Reads {@code total} from the API. */
    private record ApiCount(io.javalin.testtools.HttpClient client) {
        int total(String url) throws Exception {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(client.get(url).body().string())
                    .get("total").asInt();
        }
    }
}
