package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the search page shows for a URL, {@code /api/search} answers for the same parameters. */
class ApiParityTest extends IndexedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOTAL = Pattern.compile("共 <strong>(\\d+)</strong> 条任务");
    private static final Pattern HIT = Pattern.compile("<article class=\"hit\">\\s*<h3><a href=\"/tasks/([a-z0-9-]+)\"");
    private static final Pattern DEPT = Pattern.compile("name=\"dept\" value=\"([^\"]+)\"");

    /** Every parameter of /search at least once. */
    static final List<String> QUERIES = List.of(
            "q=" + enc("医保") + "&year=2020&sort=date_asc&page=2&size=5",
            "issuer=" + enc("国务院办公厅") + "&region=" + enc("国家") + "&sort=date",
            "dept=" + enc("国家医保局") + "&role=lead&role=responsible&size=20",
            "sector=" + enc("医疗保障") + "&section=" + enc("深化公立医院综合改革"),
            "doc=gbf-2021-20&dq=" + enc("医保") + "&sort=relevance",
            "q=" + enc("卫健委") + "&dq=" + enc("四川"));

    private static String enc(String s) {
        return SearchParams.encodeValue(s);
    }

    @Test
    void everySearchParameterAnswersTheSameOnThePageAndInTheApi() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String qs : QUERIES) {
                String html = client.get("/search?" + qs).body().string();
                JsonNode api = JSON.readTree(client.get("/api/search?" + qs).body().string());
                Matcher total = TOTAL.matcher(html);
                assertTrue(total.find(), qs);
                assertEquals(Long.parseLong(total.group(1)), api.get("total").asLong(), qs);
                assertEquals(all(HIT, html), values(api.get("hits"), "id"), qs + ": the same hits in the same order");
                List<String> departments = values(api.get("facets").get("department"), "value");
                assertEquals(all(DEPT, html).stream().sorted().toList(), departments.stream().sorted().toList(),
                        qs + ": the department list the sidebar shows");
            }
        });
    }

    @Test
    void theDepartmentNameFilterNarrowsTheDepartmentFacetInTheApi() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode all = JSON.readTree(client.get("/api/search").body().string());
            JsonNode narrowed = JSON.readTree(client.get("/api/search?dq=" + enc("医保")).body().string());
            List<String> names = values(narrowed.get("facets").get("department"), "value");
            assertEquals(List.of("国家医保局", "四川省医保局", "重庆市医保局"), names);
            assertEquals(all.get("total"), narrowed.get("total"), "dq narrows the list, not the tasks");
            assertEquals(all.get("facets").get("year"), narrowed.get("facets").get("year"));
            JsonNode none = JSON.readTree(client.get("/api/search?dq=" + enc("没有这个部门")).body().string());
            assertEquals(0, none.get("facets").get("department").size());
            assertEquals(3, narrowed.get("facetTotals").get("department").asInt(), "the total counts the narrowed list");
            assertEquals(all.get("facets").get("department").size(), all.get("facetTotals").get("department").asInt(),
                    "the seeds' departments are all listed");
            assertEquals(all.get("facets").size(), all.get("facetTotals").size(), "a total for every dimension");
        });
    }

    @Test
    void aYearIsANumberInFacetsHitsReadingsAndDocuments() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            JsonNode body = JSON.readTree(client.get("/api/search?q=" + enc("2021年 医保")).body().string());
            for (JsonNode v : body.get("facets").get("year")) {
                assertTrue(v.get("value").isInt(), v.toString());
            }
            JsonNode hitYear = body.get("hits").get(0).get("document").get("year");
            assertEquals(2021, hitYear.intValue());
            List<JsonNode> facetYears = new ArrayList<>();
            body.get("facets").get("year").forEach(v -> facetYears.add(v.get("value")));
            assertTrue(facetYears.contains(hitYear), "a hit's year equals its facet value, type and all");
            JsonNode read = body.get("understood").get(0);
            assertEquals("year", read.get("dim").asText());
            assertTrue(read.get("value").isInt(), read.toString());
            assertTrue(JSON.readTree(client.get("/api/documents").body().string())
                    .get("documents").get(0).get("year").isInt());
            for (JsonNode v : body.get("facets").get("region")) {
                assertTrue(v.get("value").isTextual(), "other facet values stay strings: " + v);
            }
            assertFalse(body.get("facets").get("issuer").isEmpty());
        });
    }

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> values(JsonNode array, String key) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(key).asText()));
        return out;
    }
}
