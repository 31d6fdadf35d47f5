package policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The tasks of a set already collected (global doc ids of one snapshot) as a query, for a {@code FILTER} clause: a
 * scored pass over a query's matches then visits only those the set keeps, and the conjunction leads with the set
 * when it is the smaller. Never cached (it belongs to one request).
 */
final class InSet extends Query {
    private final FixedBitSet docs;

    /** The documents set in {@code docs}. */
    InSet(FixedBitSet docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int base = context.docBase;
                int upTo = Math.min(base + context.reader().maxDoc(), docs.length());
                long cost = base >= upTo ? 0 : docs.cardinality(base, upTo);
                if (cost == 0) {
                    return null;
                }
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public ConstantScoreScorer get(long leadCost) {
                        return new ConstantScoreScorer(score, scoreMode, new Slice(docs, base, upTo, cost));
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** One leaf's part of the set, in the leaf's doc ids. */
    private static final class Slice extends DocIdSetIterator {
        private final FixedBitSet docs;
        private final int base;
        private final int end;
        private final long cost;
        private int doc = -1;

        Slice(FixedBitSet docs, int base, int end, long cost) {
            this.docs = docs;
            this.base = base;
            this.end = end;
            this.cost = cost;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= end - base) { // NO_MORE_DOCS included
                return doc = NO_MORE_DOCS;
            }
            int next = docs.nextSetBit(base + target, end);
            return doc = next == NO_MORE_DOCS ? NO_MORE_DOCS : next - base;
        }

        @Override
        public long cost() {
            return cost;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "InSet(" + docs.length() + " doc ids)";
    }

    @Override
    public boolean equals(Object other) {
        return other == this; // one request's set: equal only to itself
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
