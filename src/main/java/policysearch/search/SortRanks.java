package policysearch.search;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import policysearch.index.Schema;

/**
 * Every task's place in the two orders results are listed in, newest first and oldest first (document date, then
 * document id, then task number), held as one int per task and order, with the tasks in each order. A top-hits pass
 * compares two ints where a sort over doc values would read three fields per competing hit, and a listing reads its
 * page off the front of an order. Built once per snapshot.
 */
final class SortRanks {
    /** Rank of a record that is not a task: after every task. */
    static final int NONE = Integer.MAX_VALUE;
    private final int[] newest;
    private final int[] oldest;
    /** The tasks in each order (the inverse of the ranks). */
    private final int[] newestOrder;
    private final int[] oldestOrder;

    private SortRanks(int[] newestOrder, int[] oldestOrder, int maxDoc) {
        this.newestOrder = newestOrder;
        this.oldestOrder = oldestOrder;
        this.newest = ranks(newestOrder, maxDoc);
        this.oldest = ranks(oldestOrder, maxDoc);
    }

    /** Reads the sort fields of every task ({@code tasks}) of {@code reader}. */
    static SortRanks read(IndexReader reader, FixedBitSet tasks) throws IOException {
        int maxDoc = reader.maxDoc();
        long[] date = new long[maxDoc];
        int[] doc = new int[maxDoc];
        int[] no = new int[maxDoc];
        SortedDocValues ids = MultiDocValues.getSortedValues(reader, Schema.SORT_DOC);
        for (int d = ids == null ? Integer.MAX_VALUE : ids.nextDoc(); d < maxDoc; d = ids.nextDoc()) {
            doc[d] = ids.ordValue() + 1; // a missing id (0) sorts first, as Lucene's string sort puts it
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            read(leaf.reader().getNumericDocValues(Schema.SORT_DATE), leaf.docBase, date, null);
            read(leaf.reader().getNumericDocValues(Schema.SORT_NO), leaf.docBase, null, no);
        }
        int[] order = new int[tasks.cardinality()];
        int n = 0;
        // nextSetBit answers NO_MORE_DOCS past the last task, wherever the last task lies
        for (int d = maxDoc == 0 ? NO_MORE_DOCS : tasks.nextSetBit(0); d != NO_MORE_DOCS;
             d = d + 1 < maxDoc ? tasks.nextSetBit(d + 1) : NO_MORE_DOCS) {
            order[n++] = d;
        }
        int[] newestOrder = order.clone();
        sort(newestOrder, date, doc, no, true);
        sort(order, date, doc, no, false);
        return new SortRanks(newestOrder, order, maxDoc);
    }

    private static void read(NumericDocValues values, int base, long[] longs, int[] ints) throws IOException {
        if (values == null) {
            return;
        }
        for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
            if (longs != null) {
                longs[base + d] = values.longValue();
            } else {
                ints[base + d] = (int) values.longValue();
            }
        }
    }

    private static void sort(int[] order, long[] date, int[] doc, int[] no, boolean newestFirst) {
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }

            @Override
            protected void setPivot(int i) {
                pivot = order[i];
            }

            @Override
            protected int comparePivot(int j) {
                return before(pivot, order[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return before(order[i], order[j]);
            }

            private int before(int a, int b) {
                int c = Long.compare(date[a], date[b]);
                if (c != 0) {
                    return newestFirst ? -c : c;
                }
                c = Integer.compare(doc[a], doc[b]);
                return c != 0 ? c : Integer.compare(no[a], no[b]);
            }
        }.sort(0, order.length);
    }

    private static int[] ranks(int[] order, int maxDoc) {
        int[] rank = new int[maxDoc];
        Arrays.fill(rank, NONE);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** Ranks newest first (null: oldest first). */
    int[] ranks(boolean newestFirst) {
        return newestFirst ? newest : oldest;
    }

    /**
     * The first {@code n} of {@code hits} (holding {@code total} tasks; null: every task) in an order, unscored.
     * When the hits are many the order is walked until {@code n} of them are met, about {@code n * tasks / total}
     * look-ups; when they are few a bounded heap goes over the hits themselves.
     */
    ScoreDoc[] first(FixedBitSet hits, long total, int n, boolean newestFirst) {
        int[] order = newestFirst ? newestOrder : oldestOrder;
        if (hits != null && total * total < (long) n * order.length) {
            return TopRanked.byRank(hits, n, ranks(newestFirst));
        }
        ScoreDoc[] out = new ScoreDoc[(int) Math.min(n, hits == null ? order.length : total)];
        int found = 0;
        for (int i = 0; i < order.length && found < out.length; i++) {
            if (hits == null || hits.get(order[i])) {
                out[found++] = new ScoreDoc(order[i], 0f);
            }
        }
        return found == out.length ? out : Arrays.copyOf(out, found);
    }
}
