package policysearch.ingest.format;

import java.util.List;

/**
 * What a {@link FormatReader} got out of a file: its format, its text lines in reading order, the title the file
 * declares in its own metadata (a web page's {@code <title>}, a PDF's or Word file's document properties; null when
 * none or only a placeholder) and notes about what was dropped or doubtful.
 */
public record Extraction(Format format, List<String> lines, String declaredTitle, List<String> warnings) {
    public Extraction {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        declaredTitle = declaredTitle == null || declaredTitle.isBlank() ? null : declaredTitle.strip();
    }
}
