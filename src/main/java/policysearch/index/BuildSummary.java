package policysearch.index;

import java.util.List;
import policysearch.model.Problem;

/** What an index build did: files read, documents and tasks indexed, problems and a report per file, time taken. */
public record BuildSummary(int files, int documents, int tasks, List<Problem> problems, long tookMs,
                           List<FileReport> reports) {
    public BuildSummary {
        problems = List.copyOf(problems);
        reports = List.copyOf(reports);
    }

    /** Files that produced no document. */
    public long failedFiles() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::source).distinct().count();
    }
}
