package policysearch.web.page;

import java.util.Locale;
import policysearch.web.SearchParams;

/** Links and numbers the lineage views share: a comparison of two tasks, a timeline, a score as shown. */
public final class LineageLinks {
    private LineageLinks() {
    }

    /** {@code /compare?a=…&b=…}: task {@code a} on the left, {@code b} on the right. */
    public static String compareHref(String a, String b) {
        return "/compare?a=" + a + "&b=" + b;
    }

    /** {@code /timeline?q=…}. */
    public static String timelineHref(String q) {
        return "/timeline?q=" + SearchParams.encodeValue(q);
    }

    /** A score as shown beside a task, two decimals (0.92). */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
