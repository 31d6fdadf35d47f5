package policysearch.ingest;

import java.util.Optional;

/**
 * Finds a task's department clause: the final bracket group （…）/(…)/〔…〕 of the task text that names bodies with
 * 负责 / 牵头 / 参与. Other bracket groups are content. Brackets of either width may be mixed（…), and may nest.
 */
public final class DepartmentClause {
    private static final String OPEN = "（(〔[［【";
    private static final String CLOSE = "）)〕]］】";

    /** A clause found in a text: its content and where the whole bracket group starts. */
    public record Found(int start, String content) {
    }

    private DepartmentClause() {
    }

    /** The clause at the very end of {@code text} (trailing spaces and full stops allowed), if any. */
    public static Optional<Found> atEnd(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '。')) {
            end--;
        }
        if (end < 0 || CLOSE.indexOf(text.charAt(end)) < 0) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = end; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSE.indexOf(c) >= 0) {
                depth++;
            } else if (OPEN.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    String content = text.substring(i + 1, end);
                    return names(content) ? Optional.of(new Found(i, content)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** True when bracket content reads as a department clause. */
    static boolean names(String content) {
        return content.matches("(?s).*(负责|牵头|参与|配合)\\s*(?:[。.，,；;].*)?$") && !content.contains("：");
    }
}
