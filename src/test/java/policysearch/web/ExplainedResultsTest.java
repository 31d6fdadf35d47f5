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
    void noLeadIn2021SaysWhyOnThePageAndInTheApiAndLinksToTheResponsibleBodies() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String dept = enc("国家医保局");
            String qs = "dept=" + dept + "&role=lead&year=2021";
            String html = client.get("/search?" + qs).body().string();
            assertTrue(html.contains("<p class=\"notice\" role=\"status\">2021年的文件（国办发〔2021〕20号）未标明牵头部门，"
                    + "只列出负责部门。</p>"), "the reason, in terms of the document");
            String offered = "/search?year=2021&amp;dept=" + dept + "&amp;role=responsible";
            assertTrue(html.contains("可改看：<a href=\"" + offered + "\">角色改为“负责”（11 项）</a>"), "the nearest view");
            assertFalse(html.contains("<svg"), "no chart of an empty result");
            String responsible = client.get(offered.replace("&amp;", "&")).body().string();
            assertTrue(responsible.contains("共 <strong>11</strong> 条任务"), "the link keeps its promise");
            JsonNode api = JSON.readTree(client.get("/api/search?" + qs).body().string());
            assertEquals(0, api.get("total").asInt());
            assertEquals("2021年的文件（国办发〔2021〕20号）未标明牵头部门，只列出负责部门。可改看：角色改为“负责”（11 项）。",
                    api.get("notice").asText());
            JsonNode near = api.get("nearest");
            assertEquals("角色改为“负责”", near.get("label").asText());
            assertEquals(11, near.get("total").asInt());
            assertEquals(JSON.readTree("{\"year\":[2021],\"dept\":[\"国家医保局\"],\"role\":[\"responsible\"]}"),
                    near.get("filters"), "filters by URL parameter");
        });
    }

    @Test
    void tasksWithoutDepartmentsSaySoAndDepartmentFiltersCountThem() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/search?doc=" + TestIndex.DOC_WITHOUT_NUMBER + "&size=30").body().string();
            int cards = html.split("<article class=\"hit\">", -1).length - 1;
            assertEquals(22, cards);
            assertEquals(22, html.split("<p class=\"depts none\">原文未列出责任部门</p>", -1).length - 1,
                    "on every card of the 2024 document");
            String task = client.get("/tasks/" + TestIndex.DOC_WITHOUT_NUMBER + "-t5").body().string();
            assertTrue(task.contains("原文未列出责任部门"), "on the task page");
            String bureau = client.get("/search?dept=" + enc("国家医保局")).body().string();
            assertTrue(bureau.contains("另有 22 项任务原文未列出责任部门，未计入。"), "a department filter counts them");
            JsonNode led = JSON.readTree(client.get("/api/search?role=lead").body().string());
            assertEquals("另有 22 项任务原文未列出责任部门，未计入。另有 20 项任务所在文件未标明牵头部门（国办发〔2021〕20号），未计入。",
                    led.get("notice").asText());
            assertFalse(led.has("nearest"), "only an empty result offers another view");
        });
    }

    @Test
    void theDocumentPageSaysWhichRolesItNames() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            assertTrue(client.get("/documents/" + TestIndex.DOC_ID).body().string()
                    .contains("<th scope=\"row\">部门角色</th><td>负责（未标明牵头部门）</td>"));
            assertTrue(client.get("/documents/" + TestIndex.DOC_WITHOUT_NUMBER).body().string()
                    .contains("<th scope=\"row\">部门角色</th><td>原文未列出责任部门</td>"));
            JsonNode doc = JSON.readTree(client.get("/api/documents/" + TestIndex.DOC_ID).body().string());
            assertEquals(JSON.readTree("[\"responsible\"]"), doc.get("roles"));
            assertEquals(0, doc.get("tasksWithoutDepartments").asInt());
        });
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
