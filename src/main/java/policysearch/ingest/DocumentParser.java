package policysearch.ingest;

import java.nio.file.Path;
import java.util.List;

/** Turns one seed file into a document (work in progress: being implemented). */
public final class DocumentParser {

    /** The parser with the bundled dictionaries. */
    public static DocumentParser standard() {
        return new DocumentParser();
    }

    /** Parses one file. */
    public ParseOutcome parse(Path file) {
        String name = file.getFileName().toString();
        return new ParseOutcome(name, null,
                List.of(new Problem(name, 0, Problem.Severity.ERROR, "parser not implemented yet")));
    }
}
