package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.index.Schema;

/** On the real seeds: counts from the ordinal array, with and without the role-pair dimensions. */
class FacetOrdinalsTest {
    @TempDir
    static Path tmp;
    private static SeedSnapshot seeds;
    private static Snapshot snapshot;

    @BeforeAll
    static void open() throws IOException {
        seeds = SeedSnapshot.open(tmp.resolve("index"));
        snapshot = seeds.snapshot();
    }

    @AfterAll
    static void close() throws IOException {
        seeds.close();
    }

    @Test
    void leavingOutTheRolePairsChangesNoOtherCountForSmallAndLargeSets() throws IOException {
        FacetOrdinals ordinals = snapshot.facetOrdinals();
        FixedBitSet tasks = ordinals.tasks();
        int all = tasks.cardinality();
        FixedBitSet small = new FixedBitSet(tasks.length());
        FixedBitSet large = tasks.clone();
        int i = 0;
        for (int d = tasks.nextSetBit(0); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < tasks.length() ? tasks.nextSetBit(d + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            if (i++ % 5 == 0) {
                small.set(d);
                large.clear(d);
            }
        }
        for (FixedBitSet set : List.of(small, large)) { // a fifth, counted over the set; four fifths, over the rest
            int n = set.cardinality();
            int[] with = ordinals.count(set, n, true);
            int[] without = ordinals.count(set, n, false);
            int pairLabels = 0;
            for (String dim : Schema.DIMS) {
                boolean pair = FacetOrdinals.PAIRS.contains(dim);
                pairLabels += pair ? ordinals.values(with, dim).size() : 0;
                if (pair) {
                    assertTrue(ordinals.values(without, dim).isEmpty(), dim + " left out");
                } else {
                    assertEquals(ordinals.values(with, dim), ordinals.values(without, dim), dim);
                }
            }
            assertTrue(pairLabels > 0, "the seeds' tasks carry role pairs");
        }
        // every task: the same counts as Lucene's own facet counting over all tasks, pairs included
        int[] every = ordinals.count(tasks, all, true);
        var lucene = new SortedSetDocValuesFacetCounts(snapshot.facetState(),
                snapshot.search(DocumentRecords.TASKS, new org.apache.lucene.facet.FacetsCollectorManager()));
        for (String dim : List.of(Schema.DIM_DEPT_ROLE, Schema.DIM_DEPARTMENT, Schema.DIM_YEAR)) {
            var top = lucene.getAllChildren(dim);
            assertEquals(top.childCount, ordinals.values(every, dim).size(), dim);
            for (var lv : top.labelValues) {
                assertTrue(ordinals.values(every, dim).contains(new FacetValue(lv.label, lv.value.longValue())),
                        dim + " " + lv.label);
            }
        }
        assertFalse(FacetOrdinals.pairsRead(List.of(Schema.DIM_YEAR, Schema.DIM_ISSUER)));
        assertTrue(FacetOrdinals.pairsRead(List.of(Schema.DIM_YEAR, Schema.DIM_ROLE)));
        assertArrayEquals(every, ordinals.count(tasks, all, true), "counting twice gives the same");
    }
}
