package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;

/**
 * Queries, parameters and paths a hostile or careless client sends: every answer is a 200 with results or a
 * notice, a 400 with a message or a 404, never a 500, never slow, never a file from outside the served assets.
 */
class HostileInputTest extends IndexedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above what a bounded query takes on the seeds; a runaway query would take much longer. */
    private static final long SLOW_MS = 5_000;

    private static String enc(String s) {
        return SearchParams.encodeValue(s);
    }

    /** Queries of at most 1,000 characters shaped to be expensive: each must answer 200 quickly. */
    private static List<String> longQueries() {
        StringBuilder or = new StringBuilder("医保");
        for (int i = 0; or.length() + 8 <= 1_000; i++) {
            or.append(" OR 词").append(i);
        }
        return List.of(
                "(".repeat(1_000),
                "(".repeat(500) + ")".repeat(500),
                "((((医保 AND (支付 OR (改革".repeat(60).substring(0, 1_000),
                or.toString(),
                "医保 ".repeat(333),
                "\"".repeat(999) + "医",
                "-".repeat(1_000),
                "医".repeat(1_000),
                "a*?~^:[]{}\\/!".repeat(80).substring(0, 1_000),
                "医保 NOT ".repeat(142));
    }

    @Test
    void queriesUpToAThousandCharactersAnswerWithResultsOrANotice() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String q : longQueries()) {
                assertTrue(q.length() <= 1_000, q.length() + "");
                long start = System.nanoTime();
                Response api = client.get("/api/search?q=" + enc(q));
                String label = q.substring(0, 20) + "… (" + q.length() + ")";
                assertEquals(200, api.code(), label);
                JsonNode body = JSON.readTree(api.body().string());
                assertTrue(body.get("total").asLong() > 0 || body.hasNonNull("notice"), label);
                Response page = client.get("/search?q=" + enc(q));
                assertEquals(200, page.code(), label);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(ms < SLOW_MS, label + " took " + ms + " ms");
            }
        });
    }

    @Test
    void longerQueriesAre400WithAChineseMessage() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            StringBuilder or = new StringBuilder("a");
            for (int i = 0; i < 5_000; i++) {
                or.append(" OR t").append(i);
            }
            for (String q : List.of("x".repeat(1_001), "(".repeat(10_000), or.toString(), "医".repeat(2_700))) {
                Response api = client.get("/api/search?q=" + enc(q));
                assertEquals(400, api.code());
                assertTrue(JSON.readTree(api.body().string()).get("error").asText().contains("查询过长"));
                Response page = client.get("/search?q=" + enc(q));
                assertEquals(400, page.code());
                String html = page.body().string();
                assertTrue(html.contains("查询过长"), html);
                assertFalse(html.contains("Exception"));
            }
        });
    }

    @Test
    void requestLinesPastWhatTheServerReadsAre414() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Answer a = raw(server.port(), "/api/search?q=" + "x".repeat(WebApp.MAX_REQUEST_HEADER_BYTES + 1));
            assertEquals(414, a.status);
        });
    }

    @Test
    void aSearchThatRunsOutOfTimeStopsWithANotice() throws Exception {
        try (SearchService hurried = LuceneSearchService.open(indexDir, Duration.ZERO)) {
            JavalinTest.test(WebApp.create(hurried), (server, client) -> {
                Response r = client.get("/api/search?q=" + TestIndex.QUERY);
                assertEquals(200, r.code());
                JsonNode body = JSON.readTree(r.body().string());
                assertTrue(body.get("notice").asText().contains("查询耗时过长"), body.toString());
                assertEquals(0, body.get("total").asInt());
                Response page = client.get("/search?q=" + TestIndex.QUERY);
                assertEquals(200, page.code());
                assertTrue(page.body().string().contains("查询耗时过长"));
                // lookups by id are not budgeted searches
                assertEquals(200, client.get("/api/tasks/" + TestIndex.TASK_ID).code());
            });
        }
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode body = JSON.readTree(client.get("/api/search?q=" + TestIndex.QUERY).body().string());
            assertFalse(body.has("notice"), "the default budget is ample for the seeds");
        });
    }

    @Test
    void repeatedAndUnknownParametersNeverFail() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String url : List.of("/api/search?q=医保&q=支付", "/api/search?page=1&page=2",
                    "/api/search?size=5&size=500", "/api/search?sort=date&sort=foo", "/api/search?zzz=1&zzz=2",
                    "/api/search?year=2020&year=2020&year=2021", "/api/search?dept=&dept=&role=")) {
                Response r = client.get(url);
                assertTrue(r.code() == 200 || r.code() == 400, url + " " + r.code());
                assertTrue(JSON.readTree(r.body().string()).isObject(), url);
            }
            for (String filter : List.of("year=1999", "dept=" + enc("不存在的部门"), "issuer=" + enc("某某办公厅"),
                    "region=" + enc("火星"), "section=" + enc("没有这一部分"), "sector=" + enc("航天"),
                    "doc=gbf-1999-1")) {
                for (String path : List.of("/api/search?", "/search?")) {
                    Response r = client.get(path + filter);
                    assertEquals(200, r.code(), path + filter);
                    String text = r.body().string();
                    if (path.startsWith("/api")) {
                        JsonNode body = JSON.readTree(text);
                        assertEquals(0, body.get("total").asInt(), filter);
                        assertFalse(body.path("notice").asText().isBlank(), filter + " says why: " + text);
                    }
                }
            }
        });
    }

    @Test
    void urlsOfTenKilobytesAre400OrEmptyWithTheReason() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String manyYears = "year=2020&".repeat(1_000);
            String manyDepts = "dept=" + enc("部门") + "&";
            StringBuilder depts = new StringBuilder();
            for (int i = 0; depts.length() < 10_000; i++) {
                depts.append(manyDepts.replace("&", i + "&"));
            }
            for (String url : List.of("/api/search?" + manyYears, "/api/search?" + depts,
                    "/api/search?q=" + enc("医".repeat(900)) + "&x=" + "y".repeat(8_000),
                    "/search?" + depts, "/api/search?q=" + "x".repeat(8_000))) {
                assertTrue(url.length() >= 8_000, url.length() + "");
                Response r = client.get(url);
                assertTrue(r.code() == 400 || r.code() == 200, r.code() + " for " + url.substring(0, 40));
                String text = r.body().string();
                if (r.code() == 200 && url.startsWith("/api")) {
                    JsonNode body = JSON.readTree(text);
                    assertTrue(body.get("total").asLong() > 0 || body.hasNonNull("notice"), text);
                }
                assertFalse(text.contains("Exception"));
            }
        });
    }

    @Test
    void nothingOutsideTheServedAssetsIsReachable() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            assertEquals(200, raw(server.port(), "/static/css/site.css").status);
            for (String path : List.of("/static/..%2f..%2fetc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd",
                    "/static/%2e%2e/%2e%2e/etc/passwd", "/static/../../etc/passwd", "/static/..\\..\\etc\\passwd",
                    "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/static/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc",
                    "/static/css/site.css%00.txt", "/static/%00", "/static/..%00/..%00/etc/passwd",
                    "/static/..%252f..%252fetc/passwd", "/static/policysearch/web/WebApp.class",
                    "/static/../policysearch/web/WebApp.class", "/static/%2e%2e/logback.xml",
                    "/tasks/..%2f..%2fetc%2fpasswd", "/tasks/%00", "/tasks/%c0%ae%c0%ae",
                    "/documents/..%2f..%2fetc%2fpasswd", "/documents/gbf-2021-20%00",
                    "/api/tasks/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/documents/%c0%ae%c0%ae%2fetc",
                    "/api/tasks/gbf-1999-1-t1", "/api/documents/gbf-1999-1", "/tasks/gbf-1999-1-t1",
                    "/documents/gbf-1999-1", "/..%2f..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd")) {
                Answer a = raw(server.port(), path);
                assertTrue(a.status == 400 || a.status == 404, a.status + " for " + path);
                assertFalse(a.body.contains("root:"), path);
                assertFalse(a.body.contains("Exception"), path);
                assertFalse(a.body.contains("\u00ca\u00fe\u00ba\u00be"), path); // a class file's magic number
            }
        });
    }

    private record Answer(int status, String body) {
    }

    /** Sends {@code target} byte for byte as the request target (an HTTP client would normalize it first). */
    private static Answer raw(int port, String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(text.substring(9, 12));
            return new Answer(status, text);
        }
    }
}
