package policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.KnnCollector;

/**
 * The index as a budgeted search reads it: terms, doc values and points ask the {@link SearchDeadline} whether to
 * stop, as in {@link ExitableDirectoryReader}. The approximate kNN search is handed to the segment untouched (Lucene's
 * exitable reader would wrap its accepted documents in a checking filter), so the related tasks are exactly those
 * found without a budget; a graph search visits a bounded number of nodes anyway.
 */
final class BudgetedReader extends FilterDirectoryReader {
    private final QueryTimeout deadline;

    BudgetedReader(DirectoryReader in, QueryTimeout deadline) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader, deadline);
            }
        });
        this.deadline = deadline;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new BudgetedReader(in, deadline);
    }

    /** The budget this reader's searches run within. */
    QueryTimeout deadline() {
        return deadline;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** One segment: exitable except for the kNN graph search. */
    private static final class Leaf extends ExitableDirectoryReader.ExitableFilterAtomicReader {
        Leaf(LeafReader in, QueryTimeout deadline) {
            super(in, deadline);
        }

        @Override
        public void searchNearestVectors(String field, float[] target, KnnCollector collector, AcceptDocs acceptDocs)
                throws IOException {
            in.searchNearestVectors(field, target, collector, acceptDocs);
        }

        @Override
        public void searchNearestVectors(String field, byte[] target, KnnCollector collector, AcceptDocs acceptDocs)
                throws IOException {
            in.searchNearestVectors(field, target, collector, acceptDocs);
        }
    }
}
