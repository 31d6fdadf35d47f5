package policysearch.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;

/**
 * What a build has added so far. Files, problems, reports and counts are kept by the thread reading the input, in
 * input order; only the count of tasks given vectors is added to by the threads that index.
 */
final class Tally {
    private final List<Problem> problems = new ArrayList<>();
    private final List<FileReport> reports = new ArrayList<>();
    private final UniqueIds ids = new UniqueIds();
    private final AtomicInteger vectors = new AtomicInteger();
    private int files;
    private int documents;
    private int tasks;

    /**
     * Records one outcome read (its problems, its file's report) after making its document id unique; returns the
     * document to index, or null when the file gave none.
     */
    PolicyDocument admit(ParseOutcome read) {
        ParseOutcome outcome = ids.admit(read);
        files++;
        problems.addAll(outcome.problems());
        reports.add(FileReport.of(outcome));
        if (!outcome.ok()) {
            return null;
        }
        documents++;
        tasks += outcome.document().tasks().size();
        return outcome.document();
    }

    /** Counts {@code n} tasks indexed with their vectors (from any thread). */
    void vectors(int n) {
        vectors.addAndGet(n);
    }

    /** The build's summary, timed from {@code start} (System.nanoTime). */
    BuildSummary summary(long start) {
        return new BuildSummary(files, documents, tasks, problems, (System.nanoTime() - start) / 1_000_000, reports);
    }

    /** The commit's user data: schema version, fingerprint, counts, the vectors' model. */
    Map<String, String> commitData(String fingerprint, String vectorModel) {
        Map<String, String> meta = new HashMap<>();
        meta.put(Schema.META_SCHEMA, Integer.toString(Schema.SCHEMA_VERSION));
        meta.put(Schema.META_FINGERPRINT, fingerprint);
        meta.put(Schema.META_DOCUMENTS, Integer.toString(documents));
        meta.put(Schema.META_TASKS, Integer.toString(tasks));
        meta.put(Schema.META_VECTORS, vectors.get() == tasks ? vectorModel : Schema.NO_VECTORS);
        return meta;
    }
}
