package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a document's own text outside its tasks (the notice, the preamble, the closing requirements) into
 * paragraphs, one a line: hard-wrapped lines run on as a task's do; a short line or a full stop ends a paragraph.
 * Rows of a key/value table (the metadata a web page shows) and bare keys are not text and stay out.
 */
final class Paragraphs {
    /** A key of a metadata table whose value is empty (关键词:). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^\\S{1,8}[:：]$");
    private Paragraphs() {
    }

    /** The paragraphs of {@code lines}, separated by newlines. */
    static String of(List<SourceLine> lines, Layout layout) {
        List<String> out = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.text().contains("\t") || KEY.matcher(line.text()).matches()) {
                continue;
            }
            current.add(line);
            String t = line.text();
            if (!layout.isFullWidth(t) || t.endsWith("。") || t.endsWith("：") || t.endsWith(":")) {
                out.add(LineJoiner.join(current, new ArrayList<>()));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            out.add(LineJoiner.join(current, new ArrayList<>()));
        }
        return String.join("\n", out);
    }
}
