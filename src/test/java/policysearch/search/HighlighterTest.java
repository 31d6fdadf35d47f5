package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void sentencesAreCutAtChineseAndLatinPunctuation() {
        assertEquals(List.of("一。", "二；", "三！", "四？", "five;", "six!", "seven"),
                Highlighter.sentences("一。二；三！四？five; six!seven"));
    }

    @Test
    void escapesFirstThenMarks() {
        List<String> out = Highlighter.passages("总则。落实<script>alert(1)</script>签约服务费 & 政策。", List.of("签约"));
        assertEquals(List.of("落实&lt;script&gt;alert(1)&lt;/script&gt;<mark>签约</mark>服务费 &amp; 政策。"), out);
    }

    @Test
    void markupInTheQueryIsEscapedToo() {
        List<String> out = Highlighter.passages("落实<script>签约。", List.of("<script>"));
        assertEquals(List.of("落实<mark>&lt;script&gt;</mark>签约。"), out);
    }

    @Test
    void longestTermWinsAndLatinIsCaseInsensitive() {
        assertEquals(List.of("开展<mark>DRG</mark>付费，<mark>医疗保障</mark>。"),
                Highlighter.passages("开展DRG付费，医疗保障。", List.of("医疗", "drg", "医疗保障")));
    }

    @Test
    void keepsTheBestSentencesInTextOrder() {
        String text = "甲医保。乙无关。丙医保支付。丁医保。";
        assertEquals(List.of("甲<mark>医保</mark>。", "丙<mark>医保支付</mark>。"),
                Highlighter.passages(text, List.of("医保", "支付")));
    }

    @Test
    void noMatchGivesTheFirstSentenceEscaped() {
        assertEquals(List.of("a&lt;b。"), Highlighter.passages("a<b。其他。", List.of("医保")));
    }

    @Test
    void adjacentMatchesMergeIntoOneMark() {
        assertEquals(List.of("完善三级<mark>公立医院</mark>绩效考核。"),
                Highlighter.passages("完善三级公立医院绩效考核。", List.of("公立", "医院")));
    }

    @Test
    void theTitleSentenceIsSkippedUnlessNothingElseMatches() {
        String text = "推进医保支付方式改革。扩大按病种付费范围。健全医保经办机构协商机制。";
        assertEquals(List.of("健全<mark>医保</mark>经办机构协商机制。"),
                Highlighter.passages(text, List.of("医保"), "推进医保支付方式改革", true));
        assertEquals(List.of("推进医保支付方式<mark>改革</mark>。"),
                Highlighter.passages(text, List.of("改革"), "推进医保支付方式改革", true));
        assertEquals(List.of("扩大按病种付费范围。"),
                Highlighter.passages(text, List.of("药品"), "推进医保支付方式改革", true));
        assertEquals(List.of(), Highlighter.passages(text, List.of("药品"), "推进医保支付方式改革", false));
    }
}
