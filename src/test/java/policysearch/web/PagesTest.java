package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages over the test index: status codes, content users rely on, escaping, error pages. */
class PagesTest extends IndexedTest {

    @Test
    void everyPageAnswers() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String url : List.of("/", "/search", "/search?q=" + TestIndex.QUERY, "/search?sort=date&page=1",
                    "/tasks/" + TestIndex.TASK_ID, "/documents", "/documents/" + TestIndex.DOC_ID, "/help",
                    "/static/css/site.css", "/static/js/site.js")) {
                assertEquals(200, client.get(url).code(), url);
            }
        });
    }

    @Test
    void homeOffersEntryPointsAndDocuments() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/").body().string();
            assertTrue(html.contains("href=\"/search?year=2020\""), "year entry point");
            assertTrue(html.contains("href=\"/documents/" + TestIndex.DOC_ID + "\""), "document list");
            assertTrue(html.contains("data-suggest="), "suggesting search box");
            assertTrue(html.contains("检索 " + TestIndex.DOCUMENTS + " 份文件中的 " + TestIndex.TASKS + " 项重点任务"), "counts");
            String list = client.get("/documents").body().string();
            assertTrue(list.contains("共 " + TestIndex.DOCUMENTS + " 份文件"), "document list total");
            assertTrue(list.contains("href=\"/documents/" + TestIndex.DOC_ID + "\""), "document list entries");
        });
    }

    @Test
    void facetsRoundTripThroughTheUrl() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String dept = SearchParams.encodeValue(TestIndex.CQ_INSURANCE);
            String html = client.get("/search?dept=" + dept + "&role=lead").body().string();
            // the ticked department is checked in the sidebar and shown as a removable chip
            assertTrue(Pattern.compile("name=\"dept\" value=\"" + TestIndex.CQ_INSURANCE + "\" checked")
                    .matcher(html).find(), "department checkbox ticked");
            assertTrue(html.contains("责任部门：" + TestIndex.CQ_INSURANCE), "chip");
            assertTrue(html.contains("角色：牵头"), "role chip");
            // the role toggle keeps the department; the chip for the department removes only it
            assertTrue(html.contains("href=\"/search?dept=" + dept + "\""), "all-roles link keeps the department");
            assertTrue(html.contains("href=\"/search?role=lead\""), "removing the department keeps the role");
            Matcher total = Pattern.compile("共 <strong>(\\d+)</strong> 条任务").matcher(html);
            assertTrue(total.find());
            assertTrue(Integer.parseInt(total.group(1)) > 0);
            assertTrue(Integer.parseInt(total.group(1)) < TestIndex.TASKS);
        });
    }

    @Test
    void roleTogglesAddAndRemoveRolesSoLeadAndResponsibleGoTogether() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String dept = SearchParams.encodeValue("国家医保局");
            String led = client.get("/search?dept=" + dept + "&role=lead").body().string();
            assertTrue(led.contains("<a href=\"/search?dept=" + dept + "\" aria-current=\"true\">牵头"),
                    "the chosen role is marked and its link takes it away");
            assertTrue(led.contains("<a href=\"/search?dept=" + dept + "&amp;role=lead&amp;role=responsible\">负责"),
                    "another role is added to it");
            String both = client.get("/search?dept=" + dept + "&role=lead&role=responsible").body().string();
            assertTrue(both.contains("aria-current=\"true\">牵头") && both.contains("aria-current=\"true\">负责"),
                    "both roles marked");
            assertTrue(total(both) > total(led), "either role: more tasks than lead alone");
            assertEquals(total(client.get("/search?dept=" + dept).body().string())
                    - total(client.get("/search?dept=" + dept + "&role=support").body().string()), total(both),
                    "国家医保局 in no task both supports and leads or is responsible");
        });
    }

    private static int total(String html) {
        Matcher m = Pattern.compile("共 <strong>(\\d+)</strong> 条任务").matcher(html);
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void departmentListCanBeFilteredWithoutScript() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?dq=" + SearchParams.encodeValue("医保")).body().string();
            Matcher dept = Pattern.compile("name=\"dept\" value=\"([^\"]+)\"").matcher(html);
            int n = 0;
            while (dept.find()) {
                assertTrue(dept.group(1).contains("医保"), dept.group(1));
                n++;
            }
            assertTrue(n >= 3, "国家医保局, 重庆市医保局, 四川省医保局 ... listed");
            assertTrue(html.contains("id=\"dq\" name=\"dq\" type=\"search\" value=\"医保\""), "filter kept in box");
        });
    }

    @Test
    void responsesCarrySecurityHeaders() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/search");
            assertTrue(r.headers().get("Content-Security-Policy").get(0).contains("default-src 'self'"));
            assertEquals("nosniff", r.headers().get("X-Content-Type-Options").get(0));
        });
    }

    @Test
    void pagesAndSortKeepTheFilters() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?year=2020&page=2").body().string();
            assertTrue(html.contains("<span aria-current=\"page\">2</span>"), "page 2 is current");
            assertTrue(html.contains("href=\"/search?year=2020\" rel=\"prev\""), "previous page is page 1");
            assertTrue(html.contains("href=\"/search?year=2020&amp;page=3\" rel=\"next\""), "next page");
            assertTrue(html.contains("href=\"/search?year=2020&amp;sort=date\">最新在前"), "sort keeps filters, resets page");
            assertTrue(html.contains("href=\"/search?year=2020&amp;sort=date_asc\">最早在前"), "oldest first");
            assertTrue(html.contains("href=\"/search?year=2020\" aria-current=\"true\">按相关度"), "relevance is current");
            assertTrue(html.contains("href=\"/search.csv?year=2020\""), "CSV of the same query");
            assertTrue(html.contains("href=\"/api/search?year=2020&amp;page=2\""), "JSON of the same page");
            assertTrue(html.contains("<svg role=\"img\" aria-label=\"按年份\""), "chart by year");
            assertTrue(html.contains("<svg role=\"img\" aria-label=\"按发文机关\""), "chart by issuer");
        });
    }

    @Test
    void wordsReadAsFiltersShowAChipThatUndoesThem() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String q = SearchParams.encodeValue("2024年 公立医院改革");
            String html = client.get("/search?q=" + q + "&sort=date").body().string();
            assertTrue(html.contains("已按 年份：2024 筛选 · "), "reading chip");
            String undo = "/search?q=" + SearchParams.encodeValue("\"2024年\" 公立医院改革") + "&sort=date";
            assertTrue(html.contains("href=\"" + undo.replace("&", "&amp;") + "\""),
                    "undo quotes the word, keeps sort");
            // undone, the year is searched as text and nothing is read as a filter any more
            assertFalse(client.get(undo).body().string().contains("已按 "), "nothing read after undoing");
            // a word naming three bodies is one chip
            String bodies = client.get("/search?q=" + SearchParams.encodeValue("卫健委")).body().string();
            assertTrue(bodies.contains("已按 责任部门：国家卫生健康委、四川省卫生健康委、重庆市卫生健康委 筛选"),
                    "one chip");
            assertEquals(1, bodies.split("撤销</a>", -1).length - 1, "one undo link");
        });
    }

    @Test
    void documentChipsShowTheNumberOrTheTitle() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?doc=" + TestIndex.DOC_ID + "&doc=" + TestIndex.DOC_WITHOUT_NUMBER)
                    .body().string();
            assertTrue(html.contains("文件：" + TestIndex.DOC_NUMBER + " "), "文号 in the chip");
            assertTrue(html.contains("文件：" + TestIndex.DOC_WITHOUT_NUMBER_TITLE + " "), "list title without 文号");
            // the sidebar has no document checkboxes: its form carries the filter along
            assertTrue(html.contains("<input type=\"hidden\" name=\"doc\" value=\"" + TestIndex.DOC_ID + "\">"),
                    "document filter kept by the facet form");
        });
    }

    @Test
    void anEmptyResultDrawsNoChart() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            // 三明 appears in 2021 and 2024 only: the year's sideways counts are not zero, the result is
            String html = client.get("/search?q=" + SearchParams.encodeValue("三明") + "&year=2020").body().string();
            assertTrue(html.contains("共 <strong>0</strong> 条任务"));
            assertFalse(html.contains("<svg"), "no chart");
            assertTrue(html.contains("没有找到匹配的任务"));
        });
    }

    @Test
    void scriptInTheQueryIsEscaped() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dept=%3Cb%3E");
            assertEquals(200, r.code());
            String html = r.body().string();
            assertFalse(html.contains("<script>alert"), "query echoed raw");
            assertFalse(html.contains("<b>"), "filter echoed raw");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "query shown escaped");
        });
    }

    @Test
    void taskPageHasTextRolesCitationAndNeighbours() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/tasks/" + TestIndex.TASK_ID).body().string();
            assertTrue(html.contains(TestIndex.TASK_TITLE));
            assertTrue(html.contains(TestIndex.CITATION), "citation");
            assertTrue(html.contains("href=\"/documents/" + TestIndex.DOC_ID + "#t5\""), "place in document");
            assertTrue(html.contains("href=\"/tasks/gbf-2021-20-t4\" rel=\"prev\"")
                    || html.contains("rel=\"prev\" href=\"/tasks/gbf-2021-20-t4\""), "previous task");
            assertTrue(html.contains("rel=\"next\" href=\"/tasks/gbf-2021-20-t6\""), "next task");
        });
    }

    @Test
    void documentPageHasAnchorsPerTask() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/documents/" + TestIndex.DOC_ID).body().string();
            assertTrue(html.contains("id=\"t1\""));
            assertTrue(html.contains("id=\"s1\""));
            assertTrue(html.contains(TestIndex.DOC_NUMBER));
        });
    }

    @Test
    void badRequestsAndUnknownPagesAreFriendly() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String url : List.of("/search?page=abc", "/search?size=500", "/search?sort=foo",
                    "/search?role=boss", "/tasks/Bad_Id", "/search.csv?size=101", "/documents?page=x")) {
                Response r = client.get(url);
                assertEquals(400, r.code(), url);
                assertTrue(r.body().string().contains("请求有误"), url);
            }
            for (String url : List.of("/tasks/gbf-1999-1-t1", "/documents/nope", "/no/such/page",
                    "/static/../pom.xml", "/static/nothing.css")) {
                Response r = client.get(url);
                assertEquals(404, r.code(), url);
                assertTrue(r.body().string().contains("页面不存在"), url);
            }
        });
    }
}
