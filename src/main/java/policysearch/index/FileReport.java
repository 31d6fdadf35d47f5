package policysearch.index;

import policysearch.model.ParseOutcome;
import policysearch.model.Problem;

/**
 * What one file gave an index build: its format (null when not recognised), the tasks indexed from it, its
 * warnings, and the error that kept it out (null when it was indexed).
 */
public record FileReport(String source, String format, int tasks, int warnings, String error) {

    /** The report of one outcome as indexed. */
    static FileReport of(ParseOutcome o) {
        int warnings = (int) o.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        String error = o.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::message).findFirst().orElse(o.ok() ? null : "no document");
        return new FileReport(o.source(), o.format(), o.ok() ? o.document().tasks().size() : 0, warnings, error);
    }

    /** True when the file was indexed as a document without tasks (one record for the whole text). */
    public boolean withoutTasks() {
        return error == null && tasks == 0;
    }
}
