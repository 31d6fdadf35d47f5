package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The first {@code n} hits by score then {@link SortRanks rank} (or by rank alone), kept in a heap of plain arrays:
 * the order {@link Plan#sort} describes, without reading doc values for every hit that ties on score.
 */
final class TopRanked implements Collector {
    private final int n;
    private final int[] rank;
    private final boolean byScore;
    private final int[] docs;
    private final float[] scores;
    private int size;

    TopRanked(int n, int[] rank, boolean byScore) {
        this.n = Math.max(1, n);
        this.rank = rank;
        this.byScore = byScore;
        this.docs = new int[this.n];
        this.scores = new float[this.n];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            private float told = Float.NEGATIVE_INFINITY;

            @Override
            public void setScorer(Scorable s) throws IOException {
                scorer = s;
                tell();
            }

            @Override
            public void collect(int doc) throws IOException {
                offer(base + doc, byScore ? scorer.score() : 0f);
                tell();
            }

            /**
             * Once the page is full, hits scoring below its last one can be skipped (the scorer may then pass over
             * whole blocks); hits scoring the same are still seen, since their place in the order may win.
             */
            private void tell() throws IOException {
                if (byScore && size == n && scores[0] > told) {
                    told = scores[0];
                    scorer.setMinCompetitiveScore(told);
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return byScore ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The first {@code n} tasks of {@code hits} by rank alone (no query run: the order is the snapshot's). */
    static ScoreDoc[] byRank(org.apache.lucene.util.FixedBitSet hits, int n, int[] rank) {
        TopRanked top = new TopRanked(n, rank, false);
        for (int d = hits.nextSetBit(0); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < hits.length() ? hits.nextSetBit(d + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            top.offer(d, 0f);
        }
        return merged(List.of(top));
    }

    /** Whether hit a (doc, score) ranks after hit b. */
    private boolean after(int a, float sa, int b, float sb) {
        if (byScore && sa != sb) {
            return sa < sb;
        }
        return rank[a] > rank[b];
    }

    private void offer(int doc, float score) {
        if (size < n) {
            docs[size] = doc;
            scores[size] = score;
            up(size++);
        } else if (after(docs[0], scores[0], doc, score)) {
            docs[0] = doc;
            scores[0] = score;
            down(0);
        }
    }

    /** The heap keeps the hit ranking last at its root. */
    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!after(docs[i], scores[i], docs[parent], scores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int last = left;
            int right = left + 1;
            if (right < size && after(docs[right], scores[right], docs[left], scores[left])) {
                last = right;
            }
            if (!after(docs[last], scores[last], docs[i], scores[i])) {
                return;
            }
            swap(i, last);
            i = last;
        }
    }

    private void swap(int i, int j) {
        int d = docs[i];
        docs[i] = docs[j];
        docs[j] = d;
        float s = scores[i];
        scores[i] = scores[j];
        scores[j] = s;
    }

    /** The hits of every collector, best first, the first {@code n} of them. */
    static ScoreDoc[] merged(Collection<TopRanked> collectors) {
        List<ScoreDoc> all = new ArrayList<>();
        TopRanked any = null;
        for (TopRanked c : collectors) {
            any = c;
            for (int i = 0; i < c.size; i++) {
                all.add(new ScoreDoc(c.docs[i], c.scores[i]));
            }
        }
        if (any == null) {
            return new ScoreDoc[0];
        }
        TopRanked order = any;
        all.sort(Comparator.comparing((ScoreDoc sd) -> sd, (a, b) ->
                order.after(a.doc, a.score, b.doc, b.score) ? 1 : order.after(b.doc, b.score, a.doc, a.score) ? -1 : 0));
        return all.subList(0, Math.min(order.n, all.size())).toArray(ScoreDoc[]::new);
    }
}
