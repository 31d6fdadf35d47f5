package policysearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A text cut into sentences at 。 and ；, each kept with its mark, so sentences joined again split the same way. */
public final class Sentences {
    private static final Pattern AFTER_MARK = Pattern.compile("(?<=[。；])");
    private static final Pattern MARKS_ONLY = Pattern.compile("[。；\\s]*");

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed; a last one without a mark gets a 。 (so joining cannot merge two). */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : AFTER_MARK.split(text)) {
            String s = piece.strip();
            if (MARKS_ONLY.matcher(s).matches()) {
                continue;
            }
            out.add(s.endsWith("。") || s.endsWith("；") ? s : s + "。");
        }
        return out;
    }
}
