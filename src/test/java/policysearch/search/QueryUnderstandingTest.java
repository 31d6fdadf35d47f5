package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words of a query that name a year, region, document, issuer, sector or body become undoable filters. */
class QueryUnderstandingTest {
    static final Vocabulary VOCABULARY = new Vocabulary(Set.of("2020", "2021", "2024"),
            Set.of("国家", "重庆市", "四川省"), Set.of("国务院办公厅", "四川省人民政府办公厅"),
            List.of("国家医保局", "重庆市医保局", "四川省医保局", "国家卫生健康委", "重庆市卫生健康委", "四川省人力资源社会保障厅",
                    "国家疾病预防控制局", "国家中医药局", "中央编办", "四川省委编办", "市场监管总局", "国务院医改领导小组秘书处",
                    "财政部", "银保监会", "四川银保监局", "民政部", "重庆市民政局", "四川省民政厅", "海关总署", "重庆海关"),
            Set.of("医疗保障", "卫生健康", "市场监管", "财政", "中医药"),
            List.of(new Vocabulary.Doc("gbf-2020-25", "国务院办公厅关于印发深化医药卫生体制改革2020年下半年重点工作任务的通知",
                            "深化医药卫生体制改革2020年下半年重点工作任务", "国办发〔2020〕25号", 2020, "国家", "国务院办公厅"),
                    new Vocabulary.Doc("cbf-2020-53", "四川省人民政府办公厅关于印发四川省深化医药卫生体制改革2020年下半年重点工作任务的通知",
                            "四川省深化医药卫生体制改革2020年下半年重点工作任务", "川办发〔2020〕53号", 2020, "四川省",
                            "四川省人民政府办公厅"),
                    new Vocabulary.Doc("cn-20240603-8032", "深化医药卫生体制改革2024年重点工作任务",
                            "深化医药卫生体制改革2024年重点工作任务", null, 2024, "国家", "国务院办公厅")));
    private final QueryUnderstanding reader = new QueryUnderstanding(VOCABULARY, Synonyms.standard(),
            RegionNames.standard(), IN_TEXTS::contains);
    /** What the tasks' texts of this small vocabulary speak of. */
    static final Set<String> IN_TEXTS = Set.of("DRG", "中医药", "医保", "财政", "医疗保障", "卫生健康", "市场监管");

    private QueryUnderstanding.Reading read(String q) {
        return reader.read(q);
    }

    @Test
    void aYearAtEitherEndOfAWordIsAFilter() {
        QueryUnderstanding.Reading r = read("2024年 公立医院改革");
        assertEquals("公立医院改革", r.text());
        assertEquals(List.of("2024"), r.values(FacetDim.YEAR));
        assertEquals("年份：2024", r.understood().get(0).label());
        assertEquals(List.of("2021"), read("医保支付2021").values(FacetDim.YEAR));
        assertEquals("医保支付", read("医保支付2021").text());
        // a deadline is text, not the document's year
        assertEquals(List.of(), read("2020年底前").values(FacetDim.YEAR));
    }

    @Test
    void aBodyFollowedByThePartItPlaysIsReadAsItsFilters() {
        QueryUnderstanding.Reading led = read("医保局牵头的任务");
        assertEquals(List.of("国家医保局", "重庆市医保局", "四川省医保局"), led.values(FacetDim.DEPARTMENT));
        assertEquals(List.of("lead"), led.values(FacetDim.ROLE));
        assertEquals("", led.text(), "the words for the tasks themselves are not searched");
        assertTrue(led.understood().stream().anyMatch(u -> u.label().equals("“的任务”泛指任务，未作为检索词")));
        // 参与 and 配合: any part but the lead (the national 参与, the local 负责 bodies beside the lead)
        assertEquals(List.of("support", "responsible"), read("四川省医保局配合的工作").values(FacetDim.ROLE));
        // 负责 in a query: in charge, any part; said so
        QueryUnderstanding.Reading any = read("编办负责哪些");
        assertEquals(List.of("中央编办", "四川省委编办"), any.values(FacetDim.DEPARTMENT));
        assertEquals(List.of(), any.values(FacetDim.ROLE));
        assertEquals("", any.text());
        assertTrue(any.understood().stream().anyMatch(u -> u.label().equals("“负责”指任一角色，未作为检索词")));
        // a topic after 的 is searched
        QueryUnderstanding.Reading topic = read("医保局牵头的支付方式改革");
        assertEquals("支付方式改革", topic.text());
        assertEquals(List.of("lead"), topic.values(FacetDim.ROLE));
        // the role word as a word of its own after the body
        assertEquals(List.of("lead"), read("医保局 牵头").values(FacetDim.ROLE));
    }

    @Test
    void roleAndTaskWordsWithoutABodyStayText() {
        assertEquals("牵头", read("牵头").text());
        assertEquals(List.of(), read("牵头").understood());
        assertTrue(read("重点任务").understood().stream().noneMatch(u -> u.label().contains("泛指任务")));
        // 负责人 is not 负责 + 人, nor is 牵头单位 a role: no body reading for these words
        assertEquals(List.of(), read("医保局负责人").values(FacetDim.DEPARTMENT));
        assertEquals("医保局负责人", read("医保局负责人").text());
        assertEquals(List.of(), read("医保局牵头单位").values(FacetDim.ROLE));
    }

    @Test
    void undoingTheRoleSearchesItsWordAsText() {
        QueryUnderstanding.Reading led = read("医保局牵头的任务");
        Understood role = led.understood().stream().filter(u -> u.dim() == FacetDim.ROLE).findFirst().orElseThrow();
        assertEquals("医保局\"牵头\"的任务", role.literalQuery().replace(" ", ""));
        assertEquals(List.of(), read(role.literalQuery()).values(FacetDim.ROLE));
    }

    @Test
    void undoQuotesTheWordSoItIsSearchedAsText() {
        Understood year = read("2024年 公立医院改革").understood().get(0);
        assertEquals("2024年", year.surface());
        assertEquals("\"2024年\" 公立医院改革", year.literalQuery());
        QueryUnderstanding.Reading again = read(year.literalQuery());
        assertEquals(List.of(), again.understood(), "a quoted word is never read as a filter");
    }

    @Test
    void regionsAndLevels() {
        assertEquals(List.of("四川省"), read("四川 分级诊疗").values(FacetDim.REGION));
        assertEquals(List.of("四川省"), read("四川分级诊疗").values(FacetDim.REGION));
        assertEquals("分级诊疗", read("四川分级诊疗").text());
        assertEquals(List.of("国家"), read("国家层面 疫苗").values(FacetDim.REGION));
        assertEquals(List.of("四川省", "重庆市"), read("省级 医保").values(FacetDim.REGION));
        // bare 国家 inside a word is a topic (国家组织集采), not the national level
        assertEquals(List.of(), read("国家组织药品集中采购").values(FacetDim.REGION));
    }

    @Test
    void regionsNamedTogetherByTheirAbbreviationsAreEachAFilter() {
        QueryUnderstanding.Reading both = read("川渝 医保智能监控");
        assertEquals(List.of("四川省", "重庆市"), both.values(FacetDim.REGION));
        assertEquals("医保智能监控", both.text());
        assertEquals("医保", read("川渝医保").text());
        assertEquals(List.of("四川省", "重庆市"), read("川渝两地 医保").values(FacetDim.REGION));
        assertEquals("医保", read("川渝两地 医保").text());
        // one abbreviation alone, or one followed by a character that abbreviates nothing, stays text
        assertEquals(List.of(), read("川芎").values(FacetDim.REGION));
        assertEquals("川芎", read("川芎").text());
        assertEquals(List.of(), read("渝").values(FacetDim.REGION));
        // a full name is read as itself, never as two abbreviations (辽 and 宁)
        assertEquals(List.of("辽宁省"), read("辽宁").values(FacetDim.REGION));
    }

    @Test
    void aDocumentNumberOrItsTitleWordsNameTheDocument() {
        assertEquals(List.of("gbf-2020-25"), read("国办发〔2020〕25号 药品").values(FacetDim.DOCUMENT));
        QueryUnderstanding.Reading undated = read("川办发53号 中医");
        assertEquals(List.of("cbf-2020-53"), undated.values(FacetDim.DOCUMENT), "a 文号 typed without its year");
        assertEquals("中医", undated.text());
        assertEquals(List.of(), read("国办发99号").values(FacetDim.DOCUMENT), "no document has that serial");
        QueryUnderstanding twoYears = new QueryUnderstanding(new Vocabulary(Set.of("2020", "2021"), Set.of("国家"),
                Set.of("国务院办公厅"), List.of(), Set.of(), List.of(
                        new Vocabulary.Doc("a", "甲", "甲", "国办发〔2020〕25号", 2020, "国家", "国务院办公厅"),
                        new Vocabulary.Doc("b", "乙", "乙", "国办发〔2021〕25号", 2021, "国家", "国务院办公厅"))),
                Synonyms.standard(), RegionNames.standard(), IN_TEXTS::contains);
        QueryUnderstanding.Reading both = twoYears.read("国办发25号 药品");
        assertEquals(List.of("a", "b"), both.values(FacetDim.DOCUMENT), "every year's document with that serial");
        assertEquals("药品", both.text());
        assertEquals(List.of("cbf-2020-53"), read("川办发[2020]53号").values(FacetDim.DOCUMENT));
        QueryUnderstanding.Reading r = read("2024年医改重点任务 中医药");
        assertEquals(List.of("2024"), r.values(FacetDim.YEAR));
        assertEquals("中医药", r.text());
        assertTrue(r.understood().stream().anyMatch(u -> u.dim() == null && u.surface().equals("医改重点任务")),
                "words every title shares are said to be document words, not searched");
    }

    @Test
    void shortAgencyNamesResolveToTheBodiesTheFacetsUse() {
        assertEquals(List.of("四川省医保局"), read("川医保局").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("重庆市医保局"), read("渝医保局").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("国家医保局", "重庆市医保局", "四川省医保局"), read("医保局").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("国家卫生健康委", "重庆市卫生健康委"), read("卫健委").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("重庆市卫生健康委"), read("重庆卫健委").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("国家疾病预防控制局"), read("国家疾控局").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("四川省人力资源社会保障厅"), read("四川人社厅").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("中央编办", "四川省委编办"), read("编办").values(FacetDim.DEPARTMENT));
        // a body whose name ends in neither 局 nor 委: found through the vocabulary, not an ending list
        assertEquals(List.of("国务院医改领导小组秘书处"), read("医改领导小组秘书处").values(FacetDim.DEPARTMENT));
        // a body's name at one level names it at the others (部 national, 厅 provincial, 局 city)
        assertEquals(List.of("民政部", "重庆市民政局", "四川省民政厅"), read("民政局").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("四川省民政厅"), read("川民政局").values(FacetDim.DEPARTMENT));
        // the national administration of a body the regions name bare is its 总署 or 总局
        assertEquals(List.of("海关总署", "重庆海关"), read("海关").values(FacetDim.DEPARTMENT));
        // a national body's short name leaves out its level (国务院, 中央, 国家) before abbreviating the rest
        assertEquals(List.of("国务院医改领导小组秘书处"), read("医改秘书处").values(FacetDim.DEPARTMENT));
    }

    @Test
    void aBodysNameWithoutItsLastCharacterNamesItUnlessTheTextsUseTheWord() {
        assertEquals(List.of("银保监会", "四川银保监局"), read("银保监").values(FacetDim.DEPARTMENT));
        assertEquals(List.of("四川银保监局"), read("四川银保监").values(FacetDim.DEPARTMENT));
        assertEquals(List.of(), read("中医药").understood(), "中医药局 minus 局, but the tasks speak of 中医药");
    }

    @Test
    void topicsThatShareABodysCharactersStayTopics() {
        for (String topic : List.of("中医药", "医保", "财政", "医疗保障", "卫生健康")) {
            QueryUnderstanding.Reading r = read(topic);
            assertEquals(List.of(), r.understood(), topic);
            assertEquals(topic, r.text());
        }
    }

    @Test
    void aSectorsBodiesAndAnIssuer() {
        assertEquals(List.of("市场监管"), read("市场监管部门").values(FacetDim.SECTOR));
        assertEquals(List.of("财政"), read("财政部门").values(FacetDim.SECTOR));
        assertEquals(List.of("国务院办公厅"), read("国务院办公厅 疫苗").values(FacetDim.ISSUER));
    }

    @Test
    void aLatinTermNoTaskUsesIsDroppedWhenEnoughIsLeft() {
        QueryUnderstanding.Reading r = read("CT检查结果互认");
        assertEquals("检查结果互认", r.text());
        assertTrue(r.understood().get(0).label().contains("CT"));
        assertEquals("医疗器械UDI", read("医疗器械UDI").text(), "a term the lexicon knows stays (UDI → 唯一标识)");
        assertEquals("DRG付费", read("DRG付费").text(), "a term the tasks use stays");
        assertEquals("HPV疫苗", read("HPV疫苗").text(), "too little left beside it: kept, so nothing false matches");
    }

    @Test
    void theQuestionWordsOfAQuestionAreNotSearched() {
        QueryUnderstanding.Reading r = read("医保怎么报销");
        assertEquals("医保 报销", r.text());
        Understood u = r.understood().get(0);
        assertEquals("“怎么”为提问用语，未作为检索词", u.label());
        assertEquals("\"医保怎么报销\"", u.literalQuery(), "undo searches the question as typed");
        assertEquals("报销", read("能不能报销").text());
        assertEquals("药 报销", read("哪些药可以报销吗").text());
        QueryUnderstanding.Reading dated = read("2024年医保如何报销");
        assertEquals("医保 报销", dated.text());
        assertEquals(List.of("2024"), dated.values(FacetDim.YEAR), "the year in a question is still read");
    }

    @Test
    void aShortWordEveryTitleAbbreviatesNamesTheYearsDocumentBesideAYear() {
        QueryUnderstanding.Reading r = read("2021年医改 公立医院");
        assertEquals("公立医院", r.text());
        assertEquals(List.of("2021"), r.values(FacetDim.YEAR));
        assertEquals("文件名称用语，未作为检索词", r.understood().get(1).label());
        assertEquals("医改 公立医院", read("医改 公立医院").text(), "without a year 医改 is a topic");
        assertEquals("医保", read("2021年医保").text(), "医保 abbreviates no title");
    }

    @Test
    void aStatementOrTooShortAQuestionKeepsItsWords() {
        assertEquals("提升能力", read("提升能力").text());
        assertEquals("可以报销的药品", read("可以报销的药品").text(), "no question word: 可以 stays");
        assertEquals("什么", read("什么").text());
        assertEquals(List.of(), read("什么").understood());
    }

    @Test
    void operatorsExclusionsAndPhrasesAreLeftAlone() {
        assertEquals(List.of(), read("2021 OR 2024").understood());
        assertEquals(List.of(), read("医保 -2021").understood());
        assertEquals(List.of(), read("\"川医保局\"").understood());
        assertEquals(List.of(), read("").understood());
    }

    @Test
    void operatorsInAnyLetterCaseLeaveTheirOperandsAsText() {
        assertEquals(List.of(), read("2021 or 2024").understood());
        QueryUnderstanding.Reading not = read("医保 NOT 2021年");
        assertEquals(List.of(), not.understood(), "the word after NOT is left out, not read as a year");
        assertEquals("医保 NOT 2021年", not.text());
        assertEquals(List.of(), read("医保 not 2021年").understood());
        QueryUnderstanding.Reading before = read("2024年 NOT 支付");
        assertEquals(List.of("2024"), before.values(FacetDim.YEAR), "the word before NOT is an ordinary word");
        assertEquals("NOT 支付", before.text());
        QueryUnderstanding.Reading and = read("2024年 and 医保");
        assertEquals(List.of("2024"), and.values(FacetDim.YEAR), "AND joins like a space");
        assertEquals("医保", and.text());
        assertEquals("UDI/DRG医疗器械", read("UDI/DRG医疗器械").text(), "alternatives stay whole");
        assertEquals(List.of(), read("UDI/DRG医疗器械").understood());
    }
}
