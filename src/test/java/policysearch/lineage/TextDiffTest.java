package policysearch.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The diff marks exactly the changed runs, as whole runs, over escaped text. */
class TextDiffTest {

    @Test
    void aDeletedWordIsOneRunOnTheLeftOnly() {
        Diff d = TextDiff.of("推进按疾病诊断相关分组付费国家试点和按病种付费。", "推进按疾病诊断相关分组付费试点和按病种付费。");
        assertEquals("推进按疾病诊断相关分组付费<del>国家</del>试点和按病种付费。", d.left());
        assertEquals("推进按疾病诊断相关分组付费试点和按病种付费。", d.right());
        assertEquals(2, d.removed());
        assertEquals(0, d.added());
    }

    @Test
    void aRewrittenPhraseIsOneDeletionAndOneInsertion() {
        Diff d = TextDiff.of("制定建立医保药品支付标准的指导意见。", "贯彻落实国家医保药品支付标准的指导意见。");
        assertEquals("<del>制定建立</del>医保药品支付标准的指导意见。", d.left());
        assertEquals("<ins>贯彻落实国家</ins>医保药品支付标准的指导意见。", d.right());
    }

    @Test
    void changesInDifferentPlacesAreSeparateRuns() {
        Diff d = TextDiff.of("加强国家医疗保障信息平台建设，推进省级集中监控。", "加强全市医疗保障信息平台建设，推进市级集中监控。");
        assertEquals("加强<del>国家</del>医疗保障信息平台建设，推进<del>省</del>级集中监控。", d.left());
        assertEquals("加强<ins>全市</ins>医疗保障信息平台建设，推进<ins>市</ins>级集中监控。", d.right());
    }

    @Test
    void aSingleUnchangedCharacterBetweenChangesJoinsThem() {
        Diff d = TextDiff.of("甲乙丙丁", "子乙丑丁");
        assertEquals("<del>甲乙丙</del>丁", d.left());
        assertEquals("<ins>子乙丑</ins>丁", d.right());
    }

    @Test
    void textIsEscapedBeforeItIsMarked() {
        Diff d = TextDiff.of("落实<script>签约服务费 & 激励", "落实<b>签约服务费 & 激励");
        assertEquals("落实&lt;<del>script</del>&gt;签约服务费 &amp; 激励", d.left());
        assertEquals("落实&lt;<ins>b</ins>&gt;签约服务费 &amp; 激励", d.right());
        assertTrue(!d.left().contains("<script") && !d.right().contains("<b>"));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverSplit() {
        Diff d = TextDiff.of("建设\uD840\uDC00院区", "建设\uD840\uDC01院区");
        assertEquals("建设<del>\uD840\uDC00</del>院区", d.left());
        assertEquals("建设<ins>\uD840\uDC01</ins>院区", d.right());
        assertEquals(1, d.removed());
    }

    @Test
    void theSameTextHasNoMarks() {
        Diff d = TextDiff.of("加快发展商业健康保险。", "加快发展商业健康保险。");
        assertTrue(d.same());
        assertEquals("加快发展商业健康保险。", d.left());
    }
}
