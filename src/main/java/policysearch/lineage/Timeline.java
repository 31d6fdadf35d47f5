package policysearch.lineage;

import java.util.List;
import policysearch.search.DocumentRef;
import policysearch.search.Hit;

/**
 * The tasks matching a query, period by period (2020年下半年, 2021年 …, oldest first) and document by document,
 * national and local documents in separate lanes. {@code truncated} says the query matched more than
 * {@link #MAX_TASKS} tasks: only the total is given, the query should be narrowed.
 */
public record Timeline(String query, long total, boolean truncated, List<Period> periods) {
    /** Most matching tasks laid out; a broader query gets its total and a request to narrow it. */
    public static final int MAX_TASKS = 2000;

    public Timeline {
        periods = List.copyOf(periods);
    }

    /** One period: its label, its national and local documents with their matching tasks. */
    public record Period(String label, int year, List<DocumentTasks> national, List<DocumentTasks> local) {
        /** Matching tasks of national documents. */
        public int nationalCount() {
            return national.stream().mapToInt(d -> d.tasks().size()).sum();
        }

        /** Matching tasks of local documents. */
        public int localCount() {
            return local.stream().mapToInt(d -> d.tasks().size()).sum();
        }
    }

    /** One document's matching tasks in document order. */
    public record DocumentTasks(DocumentRef document, List<Step> tasks) {
    }

    /**
     * One matching task; for a national task, the closest national task of the previous period in the timeline
     * ({@code previous}, null when none is close enough) so its evolution can be compared.
     */
    public record Step(Hit task, Hit previous, double score) {
    }
}
