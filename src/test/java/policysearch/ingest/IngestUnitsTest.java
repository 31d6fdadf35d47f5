package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import policysearch.model.Department;
import policysearch.model.ParentReference;

/** Small units of the parser: cleaning, numerals, 文号, decoding, clauses, names. */
class IngestUnitsTest {

    @Test
    void cleaningRemovesSpacesBetweenChineseAndCollapsesDoubledLines() {
        assertEquals("2020年下半年", LineCleaner.cleanLine(" 2020 年下半年　"));
        assertEquals("提升能力。健全机制", LineCleaner.cleanLine("提升能力。 健全机制"));
        assertEquals("开展5G智慧医疗", LineCleaner.cleanLine("开展 5G 智慧医疗"));
        assertEquals("Chromium 156", LineCleaner.cleanLine("Chromium 156"));
        assertEquals("一、加强医改组织领导", LineCleaner.cleanLine("一、加强医改组织领导一、加强医改组织领导"));
        assertEquals("发文机关:\t国务院办公厅", LineCleaner.cleanLine("发文机关:\t国务院办公厅\t\t"));
    }

    @Test
    void chineseNumerals() {
        assertEquals(1, ChineseNumerals.parse("一"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(15, ChineseNumerals.parse("十五"));
        assertEquals(30, ChineseNumerals.parse("三十"));
        assertEquals(29, ChineseNumerals.parse("二十九"));
        assertEquals(105, ChineseNumerals.parse("一百零五"));
        assertEquals(-1, ChineseNumerals.parse("甲"));
        assertEquals("二十一", ChineseNumerals.format(21));
        assertEquals("十", ChineseNumerals.format(10));
        assertEquals("（十五）", Structure.taskLabel(15));
        assertEquals(2, Structure.task("( 二 )推进").orElseThrow().no());
        assertTrue(Structure.task("(十三) 深化").isPresent());
        assertFalse(Structure.task("（含中医医院）服务").isPresent());
    }

    @Test
    void numbersAreNormalised() {
        assertEquals("川办发〔2020〕53号", HeaderReader.normaliseNumber("川办发〔2020〕53 号"));
        assertEquals("国办发〔2021〕20号", HeaderReader.normaliseNumber("国办发[2021]20号"));
        assertEquals("渝府办发〔2020〕110号", HeaderReader.normaliseNumber("渝府办发（2020）110号"));
        assertEquals(null, HeaderReader.normaliseNumber("各省、自治区〔2020〕"));
        assertEquals("gbf", DocumentIds.initials("国办发"));
        assertEquals("yfbf", DocumentIds.initials("渝府办发"));
    }

    @Test
    void aParentIsNamedByTheTitleOrCitedAfterACue() {
        assertEquals(new ParentReference(null, "国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工"),
                ParentReader.named("重庆市人民政府办公厅关于印发贯彻落实国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工的通知"));
        assertNull(ParentReader.named("落实医改工作党政一把手负责制"), "names no document");
        assertNull(ParentReader.named("国务院办公厅关于印发深化医药卫生体制改革2021年重点工作任务的通知"));
        assertEquals(new ParentReference("国办发〔2020〕25号", "国务院办公厅关于印发深化医药卫生体制改革2020年下半年重点工作任务的通知"),
                ParentReader.cited("为持续推动各项部署落地落实,根据《国务院办公厅关于印发深化医药卫生体制改革 2020 年下半年"
                        + "重点工作任务的通知》 (国办发〔2020〕25 号)要求,结合我省实际"));
        assertEquals(new ParentReference(null, "关于深化医药卫生体制改革的意见"),
                ParentReader.cited("按照《关于深化医药卫生体制改革的意见》要求"), "a title without 文号");
        assertNull(ParentReader.cited("认真贯彻落实党中央决策部署，结合市医改专项小组印发的《深化医药卫生体制改革2020年工作要点》"
                + "(渝医改〔2020〕3号)精神"), "a citation read for context is no parent");
        assertEquals(new ParentReference("国办发〔2020〕25号", null), ParentReader.stated("国办发〔2020〕25 号"));
        assertEquals(new ParentReference(null, "深化医药卫生体制改革2024年重点工作任务"),
                ParentReader.stated("《深化医药卫生体制改革2024年重点工作任务》"));
    }

    @Test
    void decoderDetectsEncodings() throws Exception {
        String text = "深化医药卫生体制改革重点工作任务，推进分级诊疗制度建设。";
        TextDecoder d = new TextDecoder();
        assertEquals(text, d.decode(text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(text, d.decode(text.getBytes(Charset.forName("GBK"))).text());
        assertEquals("GB18030", d.decode(text.getBytes(Charset.forName("GB18030"))).charset());
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, d.decode(bom).text());
        assertEquals(text, d.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)).text());
        assertThrows(TextDecoder.NotTextException.class, () -> d.decode(new byte[0]));
    }

    @Test
    void clauseIsTheFinalBracketGroupThatNamesBodies() {
        assertEquals("国家医保局负责", DepartmentClause.atEnd("推进改革。（国家医保局负责）").orElseThrow().content());
        assertEquals("省医保局、各市(州)人民政府负责",
                DepartmentClause.atEnd("调整价格。〔省医保局、各市(州)人民政府负责〕").orElseThrow().content());
        assertEquals("国家卫生健康委负责", DepartmentClause.atEnd("加强防控。（国家卫生健康委负责)").orElseThrow().content(),
                "mixed widths");
        assertTrue(DepartmentClause.atEnd("制定指南（科普版）。").isEmpty());
        assertTrue(DepartmentClause.atEnd("（国家医保局负责）后面还有文字。").isEmpty());
    }

    @Test
    void rolesFollowTheDocumentsConventions() {
        DepartmentClauseParser p = new DepartmentClauseParser(DepartmentNames.standard(), "国家");
        List<String> warnings = new ArrayList<>();
        assertEquals("国家卫生健康委:responsible 财政部:responsible", roles(p.parse("国家卫生健康委、财政部等负责", warnings)));
        assertEquals("国家卫生健康委:lead 海关总署:lead 财政部:support",
                roles(p.parse("国家卫生健康委、海关总署分别负责，财政部等参与", warnings)));
        assertEquals("国家卫生健康委:lead 财政部:responsible",
                roles(p.parse("国家卫生健康委、财政部负责。排在第一位的为牵头部门，下同", warnings)));
        assertEquals("国家医保局:lead 国家卫生健康委:responsible", roles(p.parse("国家医保局、国家卫生健康委负责", warnings)),
                "the convention holds for later clauses");
        assertEquals("国家疾病预防控制局:lead 外交部:responsible",
                roles(p.parse("国家疾病预防控制局〔以下简称国家疾控局〕、外交部负责", warnings)));
        assertEquals("国家疾病预防控制局:lead", roles(p.parse("国家疾控局、各相关部门负责", warnings)));
        assertEquals("国家卫生健康委:lead", roles(p.parse("国家卫健委牵头", warnings)), "bundled alias");
        assertTrue(warnings.isEmpty(), warnings.toString());
        p.parse("国家卫生健康委、财政部", warnings);
        assertEquals(1, warnings.size(), "a part without a role verb is reported");
    }

    @Test
    void localNamesAreQualified() {
        DepartmentNames n = DepartmentNames.standard();
        assertEquals("重庆市卫生健康委", n.canonical("市卫生健康委", "重庆市", Map.of()));
        assertEquals("重庆市委编办", n.canonical("市委编办", "重庆市", Map.of()));
        assertEquals("重庆海关", n.canonical("重庆海关", "重庆市", Map.of()));
        assertEquals("四川省医保局", n.canonical("省医保局", "四川省", Map.of()));
        assertEquals("四川省财政厅", n.canonical("财政厅", "四川省", Map.of()));
        assertEquals("成都海关", n.canonical("成都海关", "四川省", Map.of()));
        assertEquals("武警四川省总队", n.canonical("武警四川省总队", "四川省", Map.of()));
        assertEquals("财政部", n.canonical("财政部", "国家", Map.of()));
        assertTrue(n.isPlaceholder("市级有关部门"));
        assertTrue(n.isPlaceholder("各相关部门"));
        assertFalse(n.isPlaceholder("各市（州）人民政府"));
        assertEquals("卫生健康", n.sectorOf("重庆市卫生健康委"));
        assertEquals("军队", n.sectorOf("中央军委后勤保障部卫生局"));
    }

    private static String roles(List<Department> ds) {
        return ds.stream().map(d -> d.name() + ":" + d.role().id()).collect(Collectors.joining(" "));
    }
}
