package policysearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A search-box suggestion: the text, its kind (task, department, term) and, for a department, the {@code url} of the
 * search filtered to it ({@code /search?dept=NAME}); other suggestions have none and are searched as text.
 */
public record Suggestion(String text, String kind, String url) {
    /** The kind of a department suggestion. */
    public static final String DEPARTMENT = "department";

    /** A suggestion of {@code kind}; a department's leads to its filter. */
    public Suggestion(String text, String kind) {
        this(text, kind, DEPARTMENT.equals(kind)
                ? "/search?dept=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20") : null);
    }
}
