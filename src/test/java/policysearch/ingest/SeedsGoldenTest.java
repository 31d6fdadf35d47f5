package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policysearch.model.Department;
import policysearch.model.ParentReference;
import policysearch.model.PolicyDocument;
import policysearch.model.Role;
import policysearch.model.Task;
import policysearch.model.ParseOutcome;

/** Golden values for the five real seeds: metadata, counts, titles, departments and roles, no chrome in tasks. */
class SeedsGoldenTest {
    private static Map<String, PolicyDocument> docs;

    @BeforeAll
    static void parseSeeds() throws Exception {
        List<ParseOutcome> outcomes = SeedReader.standard().readAll(Path.of("seeds"));
        assertEquals(5, outcomes.size());
        outcomes.forEach(o -> assertTrue(o.ok(), () -> o.source() + ": " + o.problems()));
        docs = outcomes.stream().collect(Collectors.toMap(ParseOutcome::source, ParseOutcome::document));
    }

    private static PolicyDocument doc(String prefix) {
        return docs.values().stream().filter(d -> d.source().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String roles(Task t) {
        return t.departments().stream().map(d -> d.name() + ":" + d.role().id()).collect(Collectors.joining(" "));
    }

    @Test
    void everyDocumentHasItsTaskCountAndSections() {
        assertEquals(26, doc("000").tasks().size());
        assertEquals(20, doc("001").tasks().size());
        assertEquals(26, doc("002").tasks().size());
        assertEquals(30, doc("003").tasks().size());
        assertEquals(22, doc("004").tasks().size());
        assertEquals(124, docs.values().stream().mapToInt(d -> d.tasks().size()).sum());
        assertEquals(List.of(6, 4, 6, 8, 7), List.of("000", "001", "002", "003", "004").stream()
                .map(p -> doc(p).sections().size()).toList());
        for (PolicyDocument d : docs.values()) {
            for (int i = 0; i < d.tasks().size(); i++) {
                assertEquals(i + 1, d.tasks().get(i).no(), d.source());
            }
        }
    }

    @Test
    void metadataIsReadNotInvented() {
        PolicyDocument national = doc("000");
        assertEquals("gbf-2020-25", national.id());
        assertEquals("国务院办公厅关于印发深化医药卫生体制改革2020年下半年重点工作任务的通知", national.title());
        assertEquals("深化医药卫生体制改革2020年下半年重点工作任务", national.listTitle());
        assertEquals("国办发〔2020〕25号", national.number());
        assertEquals(LocalDate.of(2020, 7, 16), national.date());
        assertEquals("国家", national.region());

        PolicyDocument web = doc("001");
        assertEquals("国办发〔2021〕20号", web.number());
        assertEquals("国务院办公厅关于印发深化医药卫生体制改革2021年重点工作任务的通知", web.title());
        assertEquals(LocalDate.of(2021, 5, 24), web.date());

        PolicyDocument chongqing = doc("002");
        assertEquals("渝府办发〔2020〕110号", chongqing.number());
        assertEquals("重庆市人民政府办公厅", chongqing.issuer());
        assertEquals("重庆市", chongqing.region());
        assertEquals(2020, chongqing.year());

        PolicyDocument sichuan = doc("003");
        assertEquals("川办发〔2020〕53号", sichuan.number(), "spaces and brackets normalised");
        assertEquals("cbf-2020-53", sichuan.id());
        assertEquals("四川省深化医药卫生体制改革2020年下半年重点工作任务", sichuan.listTitle());
        assertEquals("四川省", sichuan.region());
        assertEquals(LocalDate.of(2020, 8, 20), sichuan.date());

        PolicyDocument y2024 = doc("004");
        assertNull(y2024.number(), "the 2024 document states no 文号");
        assertEquals("深化医药卫生体制改革2024年重点工作任务", y2024.title());
        assertEquals("国务院办公厅", y2024.issuer());
        assertEquals(2024, y2024.year());
        assertTrue(y2024.id().startsWith("cn-20240603-"));
    }

    @Test
    void localDocumentsNameTheNationalDocumentTheyImplement() {
        assertEquals(new ParentReference(null, "国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工"),
                doc("002").parent(), "Chongqing's title names it");
        assertEquals(new ParentReference("国办发〔2020〕25号",
                "国务院办公厅关于印发深化医药卫生体制改革2020年下半年重点工作任务的通知"), doc("003").parent(),
                "Sichuan's preamble cites it with its 文号");
        for (String national : List.of("000", "001", "004")) {
            assertNull(doc(national).parent(), national + ": a preamble that only 贯彻 a policy names no parent");
        }
    }

    @Test
    void sectionsAndTitlesAreClean() {
        assertEquals("加强医改组织领导", doc("004").sections().get(0).title(), "doubled heading collapsed");
        assertEquals("加强公共卫生体系建设", doc("002").sections().get(0).title(),
                "the notice's own numbered requirements are not sections");
        assertEquals("推进医保支付方式改革", doc("001").task(5).title());
        assertEquals("完善疾病预防控制体系", doc("003").task(1).title());
        assertEquals("深化医疗保障制度改革", doc("003").task(13).section().title());
        assertTrue(doc("003").task(1).text().startsWith("完善疾病预防控制体系。优化疾病预防控制机构职能,"),
                "spaces between Chinese characters removed, half-width punctuation kept");
        assertTrue(doc("003").task(11).text().contains("2020年各市(州)至少调整1次医疗服务价格"));
    }

    @Test
    void departmentsAndRoles() {
        assertEquals("国家卫生健康委:lead 海关总署:lead 国家发展改革委:support 财政部:support "
                + "人力资源社会保障部:support 国家中医药局:support", roles(doc("000").task(1)));
        assertEquals("国家卫生健康委:lead 国家发展改革委:responsible 财政部:responsible 国家中医药局:responsible",
                roles(doc("000").task(4)), "first listed leads from the task that says so");
        assertEquals("国家医保局:lead 财政部:responsible", roles(doc("000").task(14)), "下同 carries the convention on");
        assertEquals("国务院医改领导小组办公室:responsible", roles(doc("001").task(1)), "各相关部门 dropped");
        Task covid = doc("001").task(12);
        assertTrue(roles(covid).contains("国家疾病预防控制局:responsible"), "alias definition resolved");
        assertTrue(roles(covid).contains("工业和信息化部:responsible 财政部:responsible"), "page-break fragment repaired");
        assertEquals(List.of("国家卫生健康委", "国家疾病预防控制局"),
                doc("001").task(13).departments().stream().limit(2).map(Department::name).toList(),
                "国家疾控局 is the same body as 国家疾病预防控制局");
        assertEquals("重庆市卫生健康委:lead 重庆海关:lead 重庆市发展改革委:support 重庆市财政局:support "
                + "重庆市人力社保局:support", roles(doc("002").task(1)));
        assertEquals("重庆市医保局:lead 重庆市财政局:responsible", roles(doc("002").task(14)));
        assertEquals("四川省医保局:lead 四川省卫生健康委:responsible 四川省各市（州）人民政府:responsible",
                roles(doc("003").task(11)), "〔…〕 clause with nested brackets");
        assertEquals("四川省卫生健康委", doc("003").task(1).departments().get(0).name());
        assertEquals("四川省财政厅", doc("003").task(2).departments().get(2).name(), "bare 财政厅 qualified");
        assertTrue(doc("004").tasks().stream().allMatch(t -> t.departments().isEmpty()));
    }

    @Test
    void sectorsGroupBodiesAcrossLevels() {
        List<String> healthCommissions = docs.values().stream().flatMap(d -> d.tasks().stream())
                .flatMap(t -> t.departments().stream()).filter(d -> d.sector().equals("卫生健康"))
                .map(Department::name).distinct().sorted().toList();
        assertEquals(List.of("四川省卫生健康委", "国家卫生健康委", "重庆市卫生健康委"), healthCommissions);
        assertEquals("医疗保障", doc("002").task(14).departments().get(0).sector());
        assertEquals("地方政府", doc("003").task(11).departments().get(2).sector());
    }

    @Test
    void noChromeOrClosingMatterInsideTasks() {
        List<String> debris = List.of("相关报道", "解读", "扫一扫", "打印本页", "版权所有", "各地各有关部门",
                "首页", "@所有人", "下同", "负责）", "负责)", "　");
        for (PolicyDocument d : docs.values()) {
            for (Task t : d.tasks()) {
                for (String s : debris) {
                    assertFalse(t.text().contains(s) || t.title().contains(s), t.id() + " contains " + s);
                }
                assertFalse(t.text().matches(".*\\p{IsHan} \\p{IsHan}.*"), t.id() + " has a space between characters");
                assertTrue(t.departments().stream().allMatch(x -> x.role() != null));
            }
        }
        assertTrue(doc("000").task(26).text().endsWith("促进合理医疗检查。"));
        assertTrue(doc("001").task(3).text().endsWith("2021年9月底前印发政策文件。"), "link block between tasks dropped");
        assertTrue(doc("003").task(30).text().endsWith("建立卫生应急和传染病疫情信息共享机制。"));
        assertEquals(Role.LEAD, doc("003").task(30).departments().get(0).role());
    }

    @Test
    void idsAreStableAndReadable() throws Exception {
        List<String> again = SeedReader.standard().readAll(Path.of("seeds")).stream()
                .map(o -> o.document().tasks().get(4).id()).toList();
        assertEquals(List.of("gbf-2020-25-t5", "gbf-2021-20-t5", "yfbf-2020-110-t5", "cbf-2020-53-t5",
                doc("004").id() + "-t5"), again);
    }
}
