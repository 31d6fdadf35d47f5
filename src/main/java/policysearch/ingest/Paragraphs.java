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

    /** A line that never continues the one before: a 文号, a date, a numbered heading or item. */
    private static boolean startsBlock(String t) {
        return HeaderReader.normaliseNumber(t) != null || HeaderReader.parseDate(t) != null
                || Structure.isMarkerLine(t);
    }

    /** The paragraphs of {@code lines}, separated by newlines. */
    static String of(List<SourceLine> lines, Layout layout) {
        List<String> out = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        List<SourceLine> text = lines.stream()
                .filter(l -> !l.text().contains("\t") && !KEY.matcher(l.text()).matches()).toList();
        for (int i = 0; i < text.size(); i++) {
            current.add(text.get(i));
            String t = text.get(i).text();
            if (!layout.isFullWidth(t) || t.endsWith("。") || t.endsWith("：") || t.endsWith(":")
                    || i + 1 < text.size() && startsBlock(text.get(i + 1).text())) {
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
