package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;

/** Lineage on the pages and in the API: counterparts with diffs, implementations, related, compare, timeline. */
class LineagePagesTest extends IndexedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LOCAL_TASK = "yfbf-2020-110-t15";
    static final String NATIONAL_TASK = "gbf-2020-25-t15";
    static final String NEW_LOCAL_TASK = "cbf-2020-53-t30";
    static final String THEME = SearchParams.encodeValue("医保支付方式改革");

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void aLocalTaskShowsItsNationalCounterpartAndWhatChanged() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/tasks/" + LOCAL_TASK).body().string();
            assertTrue(html.contains("对应国家任务"));
            assertTrue(html.contains("href=\"/tasks/" + NATIONAL_TASK + "\""), "links the national task");
            assertTrue(html.contains("<del>制定建立</del>医保药品支付标准"), "removed text marked");
            assertTrue(html.contains("<ins>贯彻落实国家</ins>医保药品支付标准"), "added text marked");
            assertTrue(html.contains("相似度 0.92"), "with its score");
            assertTrue(html.contains("href=\"/compare?a=" + NATIONAL_TASK + "&amp;b=" + LOCAL_TASK + "\""));
        });
    }

    @Test
    void aLocalTaskWithoutCounterpartSaysSo() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/tasks/" + NEW_LOCAL_TASK).body().string();
            assertTrue(html.contains("对应国家任务"));
            assertTrue(html.contains("这项任务是本地新增的"), "no forced match");
            assertFalse(html.contains("<del>"));
        });
    }

    @Test
    void aNationalTaskListsItsLocalImplementations() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String html = client.get("/tasks/" + NATIONAL_TASK).body().string();
            assertTrue(html.contains("各地落实"));
            assertFalse(html.contains("对应国家任务"), "a national task implements nothing");
            for (String local : List.of(LOCAL_TASK, "cbf-2020-53-t14", "cbf-2020-53-t15")) {
                assertTrue(html.contains("href=\"/tasks/" + local + "\""), local);
            }
            assertTrue(html.contains("重庆市人民政府办公厅") && html.contains("四川省人民政府办公厅"), "issuers");
        });
    }

    @Test
    void everyTaskPageListsRelatedTasks() {
        List<String> ids = new ArrayList<>();
        for (DocumentSummary d : service.documents(1, 10).documents()) {
            service.document(d.id()).orElseThrow().tasks().stream().map(Hit::id).forEach(ids::add);
        }
        assertEquals(TestIndex.TASKS, ids.size());
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            int withRelated = 0;
            for (String id : ids) {
                String html = client.get("/tasks/" + id).body().string();
                assertTrue(html.contains("<h2 id=\"related-h\">相关任务</h2>"), id);
                withRelated += html.contains("其他年份或文件中主题相近的任务") ? 1 : 0;
            }
            assertTrue(withRelated > ids.size() * 3 / 4, withRelated + " of " + ids.size());
            String html = client.get("/tasks/" + NATIONAL_TASK).body().string();
            assertTrue(html.contains("href=\"/tasks/gbf-2021-20-t5\""), "the theme a year later");
        });
    }

    @Test
    void documentsShowTheirParentAndTheirImplementations() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String local = client.get("/documents/yfbf-2020-110").body().string();
            assertTrue(local.contains("<th scope=\"row\">落实</th>"));
            assertTrue(local.contains("href=\"/documents/gbf-2020-25\""));
            String national = client.get("/documents/gbf-2020-25").body().string();
            assertTrue(national.contains("<th scope=\"row\">各地落实</th>"));
            assertTrue(national.contains("href=\"/documents/yfbf-2020-110\"")
                    && national.contains("href=\"/documents/cbf-2020-53\""));
            String other = client.get("/documents/" + TestIndex.DOC_ID).body().string();
            assertFalse(other.contains("落实</th>"), "the 2021 document neither implements nor is implemented");
        });
    }

    @Test
    void anyTwoTasksCompareSideBySideAndBadIdsAreRefused() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            Response r = client.get("/compare?a=" + NATIONAL_TASK + "&b=" + TestIndex.TASK_ID);
            assertEquals(200, r.code());
            String html = r.body().string();
            assertTrue(html.contains("推进医保支付方式改革"));
            assertTrue(html.contains("<del>") && html.contains("<ins>"));
            assertTrue(html.contains("href=\"/compare?a=" + TestIndex.TASK_ID + "&amp;b=" + NATIONAL_TASK + "\""),
                    "swap");
            for (String url : List.of("/compare", "/compare?a=" + NATIONAL_TASK, "/compare?a=Bad_Id&b=" + NATIONAL_TASK,
                    "/compare?a=" + NATIONAL_TASK + "&b=../x")) {
                Response bad = client.get(url);
                assertEquals(400, bad.code(), url);
                assertTrue(bad.body().string().contains("请求有误"), url);
            }
            Response unknown = client.get("/compare?a=" + NATIONAL_TASK + "&b=gbf-1999-1-t1");
            assertEquals(404, unknown.code());
            assertTrue(unknown.body().string().contains("页面不存在"));
        });
    }

    @Test
    void aThemeAcrossYearsIsLinkedFromTheResults() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            String results = client.get("/search?q=" + THEME).body().string();
            assertTrue(results.contains("href=\"/timeline?q=" + THEME + "\""), "linked from the results page");
            String html = client.get("/timeline?q=" + THEME).body().string();
            int h2 = html.indexOf("<h2>2020年下半年</h2>");
            int y2021 = html.indexOf("<h2>2021年</h2>");
            int y2024 = html.indexOf("<h2>2024年</h2>");
            assertTrue(h2 > 0 && h2 < y2021 && y2021 < y2024, "oldest first");
            assertTrue(html.contains("国家 <span class=\"count\">1 项</span>"));
            assertTrue(html.contains("地方 <span class=\"count\">2 项</span>"));
            assertTrue(html.contains("href=\"/compare?a=" + NATIONAL_TASK + "&amp;b=gbf-2021-20-t5\""),
                    "each national task compared with the previous period's");
            assertEquals(200, client.get("/timeline").code(), "a form without a query");
            assertEquals(400, client.get("/timeline?q=" + "x".repeat(1001)).code());
        });
    }

    @Test
    void theApiLinksTasksWithScores() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode local = json(client.get("/api/tasks/" + LOCAL_TASK));
            assertEquals(LOCAL_TASK, local.get("id").asText(), "the hit's fields stay at the top level");
            JsonNode parent = local.get("parent").get(0);
            assertEquals(NATIONAL_TASK, parent.get("id").asText());
            assertEquals("/tasks/" + NATIONAL_TASK, parent.get("url").asText());
            assertEquals("推进医保支付方式改革", parent.get("title").asText());
            assertEquals("国务院办公厅", parent.get("issuer").asText());
            assertTrue(parent.get("score").asDouble() > 0.9);
            assertEquals(0, local.get("implementations").size());
            JsonNode national = json(client.get("/api/tasks/" + NATIONAL_TASK));
            assertEquals(0, national.get("parent").size());
            assertEquals(3, national.get("implementations").size());
            assertEquals("重庆市人民政府办公厅", national.get("implementations").get(0).get("issuer").asText());
            assertTrue(national.get("related").size() > 0);
            assertEquals(0, json(client.get("/api/tasks/" + NEW_LOCAL_TASK)).get("parent").size());

            JsonNode doc = json(client.get("/api/documents/yfbf-2020-110"));
            assertEquals("gbf-2020-25", doc.get("parentDocument").get("id").asText());
            assertEquals(2, json(client.get("/api/documents/gbf-2020-25")).get("implementations").size());

            JsonNode timeline = json(client.get("/api/timeline?q=" + THEME));
            assertEquals(5, timeline.get("total").asInt());
            JsonNode y2021 = timeline.get("periods").get(1);
            assertEquals("2021年", y2021.get("label").asText());
            assertEquals(NATIONAL_TASK, y2021.get("national").get(0).get("tasks").get(0).get("previous").asText());
            assertEquals(400, client.get("/api/timeline").code());
        });
    }
}
