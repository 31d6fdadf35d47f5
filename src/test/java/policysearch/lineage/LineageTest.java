package policysearch.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;

/** Parents, counterparts, implementations, related tasks, comparisons and a timeline on the seeds. */
class LineageTest extends SeedLineage {

    private static TaskLineage of(String id) {
        return lineage.task(service.task(id).orElseThrow());
    }

    private static List<String> ids(List<Counterpart> cs) {
        return cs.stream().map(c -> c.task().id()).toList();
    }

    @Test
    void localDocumentsResolveToTheNationalDocumentTheyName() {
        assertEquals(NATIONAL, lineage.document(CHONGQING).orElseThrow().parent().id(), "by the title it names");
        assertEquals(NATIONAL, lineage.document(SICHUAN).orElseThrow().parent().id(), "by the 文号 it cites");
        DocumentLineage national = lineage.document(NATIONAL).orElseThrow();
        assertNull(national.parent());
        assertEquals(Set.of(CHONGQING, SICHUAN),
                Set.copyOf(national.implementations().stream().map(DocumentSummary::id).toList()));
        assertNull(lineage.document(NATIONAL_2021).orElseThrow().parent(), "a later national document is no child");
        assertEquals(List.of(), lineage.document(NATIONAL_2021).orElseThrow().implementations());
        assertTrue(lineage.document("gbf-1999-1").isEmpty());
    }

    @Test
    void aChongqingTaskShowsItsNationalCounterpartAndWhatChanged() {
        TaskLineage l = of(task(CHONGQING, 15));
        assertEquals(NATIONAL, l.parentDocument().id());
        assertEquals(1, l.parent().size());
        Comparison c = l.parent().get(0);
        assertEquals(task(NATIONAL, 15), c.left().id());
        assertTrue(c.score() > 0.9, "kept nearly word for word: " + c.score());
        assertTrue(c.diff().left().contains("<del>制定建立</del>医保药品支付标准"), c.diff().left());
        assertTrue(c.diff().right().contains("<ins>贯彻落实国家</ins>医保药品支付标准"), c.diff().right());
    }

    @Test
    void aSichuanTaskRenumberedFindsItsCounterpartByContent() {
        Comparison c = of(task(SICHUAN, 24)).parent().get(0);
        assertEquals(task(NATIONAL, 16), c.left().id(), "加强医保基金管理, moved to another section");
    }

    @Test
    void aTaskTheNationalDocumentLacksSaysSo() {
        TaskLineage l = of(task(SICHUAN, 30));
        assertEquals(NATIONAL, l.parentDocument().id(), "the document has a parent");
        assertEquals(List.of(), l.parent(), "加强川渝医疗卫生协作 has no national counterpart");
    }

    @Test
    void aNationalTaskListsItsLocalImplementationsBestFirst() {
        TaskLineage l = of(task(NATIONAL, 15));
        assertNull(l.parentDocument());
        assertEquals(List.of(task(CHONGQING, 15), task(SICHUAN, 14), task(SICHUAN, 15)), ids(l.implementations()),
                "Sichuan split 推进医保支付方式改革 into 基金预算管理 and 支付方式改革");
        List<Double> scores = l.implementations().stream().map(Counterpart::score).toList();
        assertEquals(scores.stream().sorted((a, b) -> Double.compare(b, a)).toList(), scores);
        assertEquals(List.of(task(SICHUAN, 12)), ids(of(task(NATIONAL, 23)).implementations()).stream()
                .filter(id -> id.equals(task(SICHUAN, 12))).toList(), "a merged part counts as an implementation");
    }

    @Test
    void relatedTasksComeFromOtherDocumentsAndLeaveOutCounterparts() {
        TaskLineage l = of(task(NATIONAL, 15));
        List<String> related = ids(l.related());
        assertFalse(related.isEmpty());
        assertTrue(related.size() <= Lineage.RELATED);
        assertTrue(related.containsAll(List.of("cn-20240603-8032-t5", task(NATIONAL_2021, 5))), related.toString());
        for (String id : related) {
            assertFalse(id.startsWith(NATIONAL + "-"), "another document: " + id);
            assertFalse(ids(l.implementations()).contains(id), "not repeated: " + id);
        }
    }

    @Test
    void anyTwoTasksCompareSideBySide() {
        Comparison c = lineage.compare(task(NATIONAL, 15), task(NATIONAL_2021, 5)).orElseThrow();
        assertEquals(task(NATIONAL, 15), c.left().id());
        assertEquals(task(NATIONAL_2021, 5), c.right().id());
        assertTrue(c.score() > 0 && c.score() < 1);
        assertFalse(c.diff().same());
        assertTrue(lineage.compare(task(NATIONAL, 15), "gbf-1999-1-t1").isEmpty());
        assertTrue(lineage.compare(task(NATIONAL, 15), task(NATIONAL, 15)).orElseThrow().diff().same());
    }

    @Test
    void aThemeAcrossYearsGoesPeriodByPeriodWithNationalAndLocalApart() {
        Timeline t = lineage.timeline("医保支付方式改革");
        assertFalse(t.truncated());
        assertEquals(List.of("2020年下半年", "2021年", "2024年"), t.periods().stream().map(Timeline.Period::label).toList());
        Timeline.Period h2 = t.periods().get(0);
        assertEquals(List.of(NATIONAL), h2.national().stream().map(d -> d.document().id()).toList());
        assertEquals(Set.of(CHONGQING, SICHUAN), Set.copyOf(h2.local().stream().map(d -> d.document().id()).toList()));
        assertEquals(1, h2.nationalCount());
        assertEquals(2, h2.localCount());
        Timeline.Step y2021 = t.periods().get(1).national().get(0).tasks().get(0);
        assertEquals(task(NATIONAL_2021, 5), y2021.task().id());
        assertEquals(task(NATIONAL, 15), y2021.previous().id(), "compared with the previous national period");
        Timeline.Step y2024 = t.periods().get(2).national().get(0).tasks().get(0);
        assertEquals(task(NATIONAL_2021, 5), y2024.previous().id());
        assertEquals(t.total(), t.periods().stream().mapToInt(p -> p.nationalCount() + p.localCount()).sum());
    }

    @Test
    void theCounterpartsOfASnapshotAreComputedOnce() {
        Hit t = service.task(task(CHONGQING, 1)).orElseThrow();
        Comparison first = lineage.task(t).parent().get(0);
        Comparison again = lineage.task(t).parent().get(0);
        assertTrue(first.left() == again.left(), "the same match object, not recomputed");
    }
}
