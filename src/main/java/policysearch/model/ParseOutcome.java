package policysearch.model;

import java.util.List;

/**
 * The result of reading one file: the document (null when the file could not be used), its problems, and the
 * file's format as read (text, html, docx, doc, pdf; null when not known).
 */
public record ParseOutcome(String source, PolicyDocument document, List<Problem> problems, String format) {
    public ParseOutcome {
        problems = List.copyOf(problems);
    }

    /** An outcome whose format is not known (documents made in memory). */
    public ParseOutcome(String source, PolicyDocument document, List<Problem> problems) {
        this(source, document, problems, null);
    }

    /** This outcome with another document (the same file, problems and format). */
    public ParseOutcome with(PolicyDocument doc, List<Problem> allProblems) {
        return new ParseOutcome(source, doc, allProblems, format);
    }

    /** True when the file produced a document. */
    public boolean ok() {
        return document != null;
    }
}
