package policysearch.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import policysearch.index.Schema;

/**
 * Orders records of equal score as {@link Plan#RANKED} does (newest document first, then document id, then task
 * number) where Lucene cannot sort for us (kNN candidates merged by hand): never by Lucene document number, which
 * depends on the order the indexing threads added records in.
 */
final class TieBreak {
    /** What a record is ordered by when scores are equal. */
    private record Key(long date, String doc, long no) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::date).reversed()
            .thenComparing(Key::doc).thenComparingLong(Key::no);

    private TieBreak() {
    }

    /** Best score first, equal scores in the tie-break order; reads the keys of {@code docs} once. */
    static Comparator<ScoreDoc> byScore(IndexSearcher s, List<ScoreDoc> docs) throws IOException {
        Map<Integer, Key> keys = new HashMap<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            keys.put(sd.doc, key(leaf, sd.doc - leaf.docBase));
        }
        Comparator<ScoreDoc> byScore = (a, b) -> Float.compare(b.score, a.score);
        return byScore.thenComparing(sd -> keys.get(sd.doc), ORDER);
    }

    private static Key key(LeafReaderContext leaf, int doc) throws IOException {
        NumericDocValues date = leaf.reader().getNumericDocValues(Schema.SORT_DATE);
        SortedDocValues id = leaf.reader().getSortedDocValues(Schema.SORT_DOC);
        NumericDocValues no = leaf.reader().getNumericDocValues(Schema.SORT_NO);
        return new Key(date != null && date.advanceExact(doc) ? date.longValue() : 0,
                id != null && id.advanceExact(doc) ? id.lookupOrd(id.ordValue()).utf8ToString() : "",
                no != null && no.advanceExact(doc) ? no.longValue() : 0);
    }
}
