package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** A task's citation names issuer, title, 文号, date, task and departments with roles, and links on the base URL. */
class CitationTest extends IndexedTest {
    private static final BaseUrl SITE = new BaseUrl("https://policy.example.org");

    private String cite(String taskId) {
        return Citation.of(service.task(taskId).orElseThrow(), SITE);
    }

    @Test
    void aNationalTaskWithItsNumberDateAndResponsibleBodiesInClauseOrder() {
        assertEquals("国务院办公厅《深化医药卫生体制改革2021年重点工作任务》（国办发〔2021〕20号），2021年5月24日。"
                + "（五）推进医保支付方式改革（国家医保局、财政部、国家卫生健康委、国家中医药局负责）。"
                + "https://policy.example.org/tasks/gbf-2021-20-t5", cite("gbf-2021-20-t5"));
    }

    @Test
    void leadBodiesThenSupportingOnesWithTheRolesTheDocumentGives() {
        assertEquals("国务院办公厅《深化医药卫生体制改革2020年下半年重点工作任务》（国办发〔2020〕25号），2020年7月16日。"
                + "（一）改革完善疾病预防控制体系（国家卫生健康委、海关总署牵头，"
                + "国家发展改革委、财政部、人力资源社会保障部、国家中医药局参与）。"
                + "https://policy.example.org/tasks/gbf-2020-25-t1", cite("gbf-2020-25-t1"));
        assertTrue(cite("cbf-2020-53-t1").startsWith("四川省人民政府办公厅《四川省深化医药卫生体制改革2020年下半年重点工作任务》"
                + "（川办发〔2020〕53号），2020年8月20日。（一）完善疾病预防控制体系（四川省卫生健康委牵头，四川省委编办、"),
                cite("cbf-2020-53-t1"));
    }

    @Test
    void aDocumentWithoutNumberOrDepartmentsLeavesThemOut() {
        assertEquals("国务院办公厅《深化医药卫生体制改革2024年重点工作任务》，2024年6月3日。"
                + "（三）推进药品和医用耗材集中带量采购提质扩面。https://policy.example.org/tasks/cn-20240603-8032-t3",
                cite("cn-20240603-8032-t3"));
    }

    @Test
    void theApiGivesEveryTaskItsCitationOnTheBaseUrlAndTheTaskPageShowsIt() {
        JavalinTest.test(WebApp.create(service, Templates.precompiled(), SITE), (server, client) -> {
            ObjectMapper json = new ObjectMapper();
            JsonNode task = json.readTree(client.get("/api/tasks/gbf-2021-20-t5").body().string());
            assertEquals(cite("gbf-2021-20-t5"), task.get("citation").asText());
            JsonNode search = json.readTree(client.get("/api/search?q=DRG").body().string());
            assertFalse(search.get("hits").isEmpty());
            for (JsonNode hit : search.get("hits")) {
                assertEquals(cite(hit.get("id").asText()), hit.get("citation").asText());
            }
            JsonNode related = json.readTree(JsonMapping.mapper(SITE).writeValueAsString(
                    new policysearch.search.Related(service.task("gbf-2021-20-t5").orElseThrow(), 0.8f)));
            assertEquals(cite("gbf-2021-20-t5"), related.get("citation").asText(), "related tasks too");
            String page = client.get("/tasks/cn-20240603-8032-t3").body().string();
            assertTrue(page.contains(">" + cite("cn-20240603-8032-t3") + "</textarea>"), page);
        });
    }
}
