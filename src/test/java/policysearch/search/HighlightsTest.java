package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.model.Department;
import policysearch.model.Role;

class HighlightsTest {
    private static Highlights.Word word(Highlights.Spelling... spellings) {
        return new Highlights.Word(List.of(spellings));
    }

    private static Highlights.Spelling spelling(String whole, String... pieces) {
        return new Highlights.Spelling(whole, List.of(pieces), false);
    }

    @Test
    void aSpellingFoundWholeIsMarkedWholeNotItsPieces() {
        // 医联体 searched as 医疗联合体 and, one way, as 医疗集团 (pieces 医疗 | 集团)
        Highlights.Word alliance = word(spelling("医联体", "医联体"), spelling("医疗联合体", "医疗联合体"),
                spelling("医疗集团", "医疗", "集团"));
        String text = "加强医疗协作。支持两地医疗机构开展跨区域医疗集团、远程医疗等合作。";
        assertEquals(List.of("医疗集团"), Highlights.terms(List.of(alliance), text));
        assertEquals(List.of("支持两地医疗机构开展跨区域<mark>医疗集团</mark>、远程医疗等合作。"),
                Highlights.of(List.of(alliance), "加强医疗协作", text, List.of()));
    }

    @Test
    void piecesAreMarkedOnlyWhenTheirWordIsNotFoundWhole() {
        Highlights.Word w = word(spelling("公立医院高质量发展", "公立", "医院", "高质量", "发展"));
        assertEquals(List.of("公立医院高质量发展"),
                Highlights.terms(List.of(w), "完善公立医院绩效考核。推进公立医院高质量发展。"));
        assertEquals(List.of("公立", "医院", "高质量", "发展"),
                Highlights.terms(List.of(w), "完善公立医院绩效考核，推动高质量发展。"));
        assertEquals(List.of("完善<mark>公立医院</mark>绩效考核，推动<mark>高质量发展</mark>。"),
                Highlights.of(List.of(w), "题", "完善公立医院绩效考核，推动高质量发展。", List.of()));
    }

    @Test
    void aBodyMatchedThroughItsDepartmentsSaysSo() {
        Highlights.Word body = word(new Highlights.Spelling("卫健委", List.of("卫健委"), true),
                new Highlights.Spelling("卫生健康委", List.of("卫生健康委"), true));
        List<Department> deps = List.of(new Department("国家医保局", Role.LEAD, "医疗保障"),
                new Department("国家卫生健康委", Role.SUPPORT, "卫生健康"),
                new Department("<财政部>", Role.RESPONSIBLE, "财政"));
        assertEquals(List.of("责任部门：<mark>国家卫生健康委</mark>（参与）"),
                Highlights.of(List.of(body), "推进医保支付方式改革", "推进医保支付方式改革。扩大范围。", deps));
        Highlights.Word escaped = word(new Highlights.Spelling("财政部", List.of("财政部"), true));
        assertEquals("责任部门：<mark>&lt;财政部&gt;</mark>（负责）", Highlights.departmentPassage(List.of(escaped), deps));
    }

    @Test
    void aHeadingHoldingWordsTheTaskLacksIsShownFirstMarkedAndEscaped() {
        Highlights.Word theme = word(spelling("公共卫生体系", "公共", "卫生", "体系"));
        Highlights.Word contract = word(spelling("签约", "签约"));
        assertEquals(List.of("所属章节：加强<mark>公共卫生体系</mark>建设&lt;试点&gt;", "推进家庭医生<mark>签约</mark>服务。"),
                Highlights.of(List.of(theme, contract), "家庭医生", "推进家庭医生签约服务。", List.of(),
                        "加强公共卫生体系建设<试点>"));
        assertEquals(List.of("推进<mark>公共卫生体系</mark>建设。"), Highlights.of(List.of(theme), "题", "推进公共卫生体系建设。",
                List.of(), "加强公共卫生体系建设"), "the task's own words hold it: no heading passage");
        assertEquals(null, Highlights.sectionPassage(List.of(contract), "题", "加强公共卫生体系建设"));
    }
}
