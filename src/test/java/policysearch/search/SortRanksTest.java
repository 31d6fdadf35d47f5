package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import policysearch.index.Schema;

/** Tasks ranked newest or oldest first, wherever the records that are not tasks lie in the index. */
class SortRanksTest {
    private static final int N = SortRanks.NONE;

    @Test
    void aDocumentRecordAfterTheLastTaskIsRankedAfterEveryTask() throws IOException {
        // doc 0: a task of 2020, doc 1: a task of 2024, doc 2: a document record (the index's last record)
        assertRanks(new int[] {1, 0, N}, new int[] {0, 1, N}, true, true, false);
    }

    @Test
    void recordsThatAreNotTasksMayComeFirstOrBetween() throws IOException {
        assertRanks(new int[] {N, 1, N, 0}, new int[] {N, 0, N, 1}, false, true, false, true);
    }

    @Test
    void aPageOfAnySetIsItsFirstTasksInEitherOrderWhetherTheSetIsDenseOrSparse() throws IOException {
        java.util.Random random = new java.util.Random(7);
        int records = 400;
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            FixedBitSet tasks = new FixedBitSet(records);
            for (int i = 0; i < records; i++) {
                Document d = new Document();
                if (i % 7 != 3) { // every seventh record is a document record
                    tasks.set(i);
                    d.add(new NumericDocValuesField(Schema.SORT_DATE, 2010 + random.nextInt(12)));
                    d.add(new SortedDocValuesField(Schema.SORT_DOC, new BytesRef("doc" + random.nextInt(30))));
                    d.add(new NumericDocValuesField(Schema.SORT_NO, random.nextInt(20)));
                }
                w.addDocument(d);
            }
            w.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                SortRanks ranks = SortRanks.read(reader, tasks);
                for (double density : new double[] {1.0, 0.6, 0.2, 0.04, 0.01, 0.0}) {
                    FixedBitSet hits = new FixedBitSet(records);
                    for (int i = 0; i < records; i++) {
                        if (tasks.get(i) && random.nextDouble() < density) {
                            hits.set(i);
                        }
                    }
                    for (boolean newest : new boolean[] {true, false}) {
                        for (int n : new int[] {1, 10, 30, 500}) {
                            int[] expected = java.util.stream.IntStream.range(0, records).filter(hits::get).boxed()
                                    .sorted(java.util.Comparator.comparingInt(d -> ranks.ranks(newest)[d]))
                                    .limit(n).mapToInt(Integer::intValue).toArray();
                            assertArrayEquals(expected, docs(ranks.first(hits, hits.cardinality(), n, newest)),
                                    "density " + density + ", newest " + newest + ", page of " + n);
                        }
                    }
                }
                int[] all = java.util.stream.IntStream.range(0, records).filter(tasks::get).boxed()
                        .sorted(java.util.Comparator.comparingInt(d -> ranks.ranks(false)[d]))
                        .limit(25).mapToInt(Integer::intValue).toArray();
                assertArrayEquals(all, docs(ranks.first(null, tasks.cardinality(), 25, false)), "every task");
            }
        }
    }

    private static int[] docs(org.apache.lucene.search.ScoreDoc[] top) {
        return java.util.Arrays.stream(top).mapToInt(sd -> sd.doc).toArray();
    }

    /** Record i is a task when {@code isTask[i]}; tasks are dated one year apart in index order. */
    private static void assertRanks(int[] newest, int[] oldest, boolean... isTask) throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            FixedBitSet tasks = new FixedBitSet(isTask.length);
            int year = 0;
            for (int i = 0; i < isTask.length; i++) {
                Document d = new Document();
                if (isTask[i]) {
                    tasks.set(i);
                    d.add(new NumericDocValuesField(Schema.SORT_DATE, 2020 + 4 * year++));
                    d.add(new SortedDocValuesField(Schema.SORT_DOC, new BytesRef("doc")));
                    d.add(new NumericDocValuesField(Schema.SORT_NO, i));
                }
                w.addDocument(d);
            }
            w.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                SortRanks ranks = SortRanks.read(reader, tasks);
                assertArrayEquals(newest, ranks.ranks(true));
                assertArrayEquals(oldest, ranks.ranks(false));
            }
        }
    }
}
