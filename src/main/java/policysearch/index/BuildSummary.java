package policysearch.index;

import java.util.List;
import policysearch.model.Problem;

/**
 * What an index build did: files read, documents and tasks indexed, problems and a report per file, time taken;
 * {@code vectorsDeferred} when it indexed without vectors because too many texts were not yet embedded (they are
 * embedded afterwards, then the index is built again with them).
 */
public record BuildSummary(int files, int documents, int tasks, List<Problem> problems, long tookMs,
                           List<FileReport> reports, boolean vectorsDeferred) {
    public BuildSummary {
        problems = List.copyOf(problems);
        reports = List.copyOf(reports);
    }

    /** A build that embedded what it needed (or had no vectors to make). */
    public BuildSummary(int files, int documents, int tasks, List<Problem> problems, long tookMs,
                        List<FileReport> reports) {
        this(files, documents, tasks, problems, tookMs, reports, false);
    }

    /** This summary of a build that left its vectors to be embedded afterwards. */
    public BuildSummary withVectorsDeferred() {
        return new BuildSummary(files, documents, tasks, problems, tookMs, reports, true);
    }

    /** Files that produced no document. */
    public long failedFiles() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::source).distinct().count();
    }
}
