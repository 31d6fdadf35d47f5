package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.Socket;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.search.FacetDim;
import policysearch.search.Hit;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;

/** The CSV export opens in Excel: BOM, Chinese header, one row per matching task, a telling name, no formulas. */
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
            assertEquals("文件,文号,发文机关,日期,年份,地区,任务类别,任务编号,任务标题,正文,牵头部门,负责部门,参与部门,部门领域,链接",
                    lines.get(0));
            int expected = new ApiCount(client).total("/api/search?year=2020");
            assertEquals(expected + 1, lines.size(), "all rows, not one page");
            List<CSVRecord> rows = rows(body);
            assertEquals(expected, rows.size(), "all rows, not one page");
            for (CSVRecord row : rows) {
                assertEquals("2020", row.get("年份"));
                assertTrue(row.get("链接").matches("http://[^,]+/tasks/[a-z0-9-]+"), row.get("链接"));
            }
        });
    }

    @Test
    void rowsCarryTheTextDateRegionAndSectorsOfEachTask() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            CSVRecord row = rows(client.get("/search.csv?q=" + SearchParams.encodeValue("医保支付") + "&year=2021")
                    .body().string()).stream().filter(r -> r.get("链接").endsWith("/tasks/" + TestIndex.TASK_ID))
                    .findFirst().orElseThrow();
            assertEquals(TestIndex.TASK_TITLE, row.get("任务标题"));
            assertEquals("推进医保支付方式改革。推进按疾病诊断相关分组付费、按病种分值付费试点，促进精细化管理，"
                    + "适时总结经验并向全国推广。完善基层机构医保政策，引导恢复期和康复期患者到基层就诊。", row.get("正文"));
            assertEquals("2021-05-24", row.get("日期"));
            assertEquals("国家", row.get("地区"));
            assertEquals("国家医保局、财政部、国家卫生健康委、国家中医药局", row.get("负责部门"));
            assertEquals("医疗保障、财政、卫生健康、中医药", row.get("部门领域"));
        });
    }

    @Test
    void theDownloadIsNamedAfterTheQueryFiltersAndDay() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            LocalDate before = LocalDate.now();
            Response r = client.get("/search.csv?q=" + SearchParams.encodeValue("医保支付") + "&year=2021");
            String day = LocalDate.now().toString();
            if (!before.toString().equals(day) && !r.headers().get("Content-Disposition").get(0).contains(day)) {
                day = before.toString(); // the request ran across midnight
            }
            String header = r.headers().get("Content-Disposition").get(0);
            assertTrue(header.startsWith(
                    "attachment; filename=\"policy-tasks_2021_" + day + ".csv\"; filename*=UTF-8''"), header);
            String encoded = header.substring(header.indexOf("UTF-8''") + "UTF-8''".length());
            assertTrue(encoded.matches("[A-Za-z0-9%._-]+"), "only attr-chars and percent escapes: " + encoded);
            assertEquals("政策任务_医保支付_2021_" + day + ".csv", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        });
    }

    @Test
    void fileNamesKeepEveryFilterInOrderAndDropWhatAFileNameCannotHold() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        Map<FacetDim, List<String>> filters = new java.util.EnumMap<>(FacetDim.class);
        filters.put(FacetDim.YEAR, List.of("2020"));
        filters.put(FacetDim.DEPARTMENT, List.of(TestIndex.CQ_INSURANCE));
        filters.put(FacetDim.ROLE, List.of("lead"));
        assertEquals(new CsvExport.FileName("政策任务_2020_重庆市医保局_牵头_2026-12-02.csv",
                "policy-tasks_2020_lead_2026-12-02.csv"), CsvExport.fileName("", filters, day));
        assertEquals(new CsvExport.FileName("政策任务_DRG_OR_DIP_2026-12-02.csv", "policy-tasks_DRG-OR-DIP_2026-12-02.csv"),
                CsvExport.fileName("DRG OR DIP", Map.of(), day));
        assertEquals("政策任务_家庭医生_医保医疗_2026-12-02.csv",
                CsvExport.fileName("\"家庭医生\"  医保/医疗?", Map.of(), day).name(), "no quotes, slashes, wildcards");
    }

    @Test
    void cellsThatExcelWouldRunAsFormulasAreQuoted() throws IOException {
        Hit task = service.task(TestIndex.TASK_ID).orElseThrow();
        Hit hostile = new Hit(task.id(), task.url(), task.source(), task.no(), "=1+1", "=HYPERLINK(\"http://evil\")",
                "@SUM(A1)", List.of(), task.section(), List.of(new Department("+国家医保局", Role.LEAD, "-医疗保障")),
                task.document(), 0f);
        CSVRecord row = rows(new String(CsvExport.write(List.of(hostile), WebApp.DEFAULT_BASE_URL),
                StandardCharsets.UTF_8)).get(0);
        assertEquals("'=1+1", row.get("任务编号"));
        assertEquals("'=HYPERLINK(\"http://evil\")", row.get("任务标题"));
        assertEquals("'@SUM(A1)", row.get("正文"));
        assertEquals("'+国家医保局", row.get("牵头部门"));
        assertEquals("'-医疗保障", row.get("部门领域"));
        assertEquals(TestIndex.DOC_NUMBER, row.get("文号"), "ordinary cells untouched");
    }

    /** The data rows of a CSV body (BOM and header skipped). */
    private static List<CSVRecord> rows(String body) throws IOException {
        String csv = body.substring(body.indexOf("文件,文号"));
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
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
