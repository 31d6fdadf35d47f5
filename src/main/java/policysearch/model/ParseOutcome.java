package policysearch.model;

import java.util.List;

/** The result of reading one file: the document (null when the file could not be used) and its problems. */
public record ParseOutcome(String source, PolicyDocument document, List<Problem> problems) {
    public ParseOutcome {
        problems = List.copyOf(problems);
    }

    /** True when the file produced a document. */
    public boolean ok() {
        return document != null;
    }
}
