package policysearch.ingest;

/** A cleaned, non-empty line of a seed with its 1-based line number in the file. */
public record SourceLine(int no, String text) {
}
