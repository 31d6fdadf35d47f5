package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private static Synonyms dict(String text) throws IOException {
        return Synonyms.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wholeWordExpandsToItsGroup() throws IOException {
        Synonyms s = dict("# comment\n卫健委 卫生健康委  # trailing comment\n\nDRG，按疾病诊断相关分组\n");
        assertEquals(List.of("卫健委", "卫生健康委"), s.expand("卫健委"));
        assertEquals(List.of("卫生健康委", "卫健委"), s.expand("卫生健康委"));
    }

    @Test
    void latinMatchesCaseInsensitively() throws IOException {
        Synonyms s = dict("DRG 按疾病诊断相关分组\n");
        assertEquals(List.of("drg", "按疾病诊断相关分组"), s.expand("drg"));
    }

    @Test
    void termsInsideALongerWordAreReplaced() throws IOException {
        Synonyms s = dict("医保 医疗保障\n");
        assertEquals(List.of("医保支付方式改革", "医疗保障支付方式改革"), s.expand("医保支付方式改革"));
        assertEquals(List.of("医疗保障"), s.alternatives("医保支付方式改革"));
    }

    @Test
    void longestTermWinsAndSeveralTermsCombine() throws IOException {
        Synonyms s = dict("医保 医疗保障\n医保局 医疗保障局\n集采 集中采购\n");
        assertEquals(List.of("医保局", "医疗保障局"), s.expand("医保局"));
        assertEquals(List.of("医保集采", "医疗保障集采", "医保集中采购", "医疗保障集中采购"), s.expand("医保集采"));
    }

    @Test
    void arrowExpandsOneWayOnly() throws IOException {
        Synonyms s = dict("医联体 医疗联合体 => 医共体 城市医疗集团\n");
        assertEquals(List.of("医联体", "医疗联合体", "医共体", "城市医疗集团"), s.expand("医联体"));
        assertEquals(List.of("医共体"), s.expand("医共体"));
        assertEquals(List.of(new Synonyms.Variant("医联体", false), new Synonyms.Variant("医疗联合体", false),
                new Synonyms.Variant("医共体", true), new Synonyms.Variant("城市医疗集团", true)), s.variants("医联体"));
    }

    @Test
    void oneWayTermThatIsAlsoAnEquivalentStaysEqual() throws IOException {
        Synonyms s = dict("医联体 医疗联合体\n医联体 => 医疗联合体 医共体\n");
        assertEquals(List.of(new Synonyms.Variant("医联体", false), new Synonyms.Variant("医疗联合体", false),
                new Synonyms.Variant("医共体", true)), s.variants("医联体"));
    }

    @Test
    void aTermInsideALongerSpellingOfItsGroupIsLeftAlone() throws IOException {
        Synonyms s = dict("科普 => 健康知识普及 健康科普\n医保 医疗保障\n");
        assertEquals(List.of("科普", "健康知识普及", "健康科普"), s.expand("科普"));
        assertEquals(List.of("健康科普"), s.expand("健康科普"), "the word already says it the documents' way");
        assertEquals(List.of(), s.alternatives("健康科普"));
        assertEquals(List.of("医保科普", "医疗保障科普", "医保健康知识普及", "医保健康科普", "医疗保障健康知识普及",
                "医疗保障健康科普"), s.expand("医保科普"), "elsewhere the term still expands");
    }

    @Test
    void wordWithoutDictionaryTermsIsItself() throws IOException {
        assertEquals(List.of("三明"), dict("医保 医疗保障\n").expand("三明"));
    }

    @Test
    void bundledDictionaryCoversTheDomain() {
        Synonyms s = Synonyms.standard();
        assertTrue(s.expand("卫健委").contains("卫生健康委"));
        assertTrue(s.expand("医改").contains("医药卫生体制改革"));
        assertTrue(s.expand("基药").contains("基本药物"));
        assertTrue(s.expand("医联体").contains("医疗联合体"));
        assertTrue(s.expand("集采").contains("集中带量采购"));
        assertTrue(s.expand("DRG").contains("按疾病诊断相关分组"));
        assertTrue(s.expand("DIP").contains("按病种分值"));
        assertTrue(s.expand("疾控").contains("疾病预防控制"));
        assertTrue(s.expand("公卫").contains("公共卫生"));
        assertTrue(s.expand("发改委").contains("发展改革委"));
        assertTrue(s.expand("人社").contains("人力资源社会保障"));
        assertTrue(s.expand("医共体").contains("县域医共体"));
    }
}
