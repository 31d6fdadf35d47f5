package policysearch.model;

/** Something wrong or doubtful in one input file, with the 1-based line it concerns (0 when not tied to a line). */
public record Problem(String source, int line, Severity severity, String message) {

    /** How bad a problem is: an error means the file produced no document. */
    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + message;
    }
}
