package policysearch.search;

import java.time.Duration;
import java.util.function.Supplier;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time budget of one search. The index reader ({@link BudgetedReader}) asks this object, while terms, doc
 * values and points are read, whether to stop; it then throws
 * {@link ExitableDirectoryReader.ExitingReaderException}. (Lucene's {@code IndexSearcher.setTimeout} would keep
 * partial hits but cannot bound drill-sideways faceting, which scores each segment in one pass.) A snapshot is
 * shared by every request, so the budget is kept per thread: only a search run through {@link #run} has one; a
 * lookup by id, a document page or an export has none.
 */
final class SearchDeadline implements QueryTimeout {
    /** How long one search may read the index before it stops. */
    static final Duration DEFAULT = Duration.ofSeconds(2);
    static final String OUT_OF_TIME_NOTICE = "查询耗时过长，已停止，没有返回结果：请缩短查询或减少词语后重试。";

    private final long budgetNanos;
    private final ThreadLocal<Long> end = new ThreadLocal<>();

    SearchDeadline(Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("negative search budget: " + budget);
        }
        this.budgetNanos = budget.toNanos();
    }

    /** Runs {@code search} on this thread within the budget; past it, the index read throws. */
    <T> T run(Supplier<T> search) {
        end.set(System.nanoTime() + budgetNanos);
        try {
            return search.get();
        } finally {
            end.remove();
        }
    }

    /**
     * Runs {@code work} on this thread outside the budget (its index reads never stop for it), the time it takes
     * added to the thread's deadline.
     */
    <T> T excluding(org.apache.lucene.util.IOSupplier<T> work) throws java.io.IOException {
        Long e = end.get();
        end.remove();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            if (e != null) {
                end.set(e + (System.nanoTime() - start));
            }
        }
    }

    @Override
    public boolean shouldExit() {
        Long e = end.get();
        return e != null && System.nanoTime() - e >= 0;
    }
}
