package policysearch.web.page;

import policysearch.lineage.Timeline;
import policysearch.search.DocumentRef;
import policysearch.web.SearchParams;

/** A theme across years: the tasks a query matches, period by period, national and local lanes side by side. */
public record TimelinePage(Layout layout, Timeline timeline) {
    /** Tasks listed per document; the rest are one link away, in the search. */
    public static final int TASKS_PER_DOCUMENT = 8;

    /** The page for {@code timeline} (null: no query yet). */
    public static TimelinePage of(String q, Timeline timeline) {
        String title = q.isEmpty() ? "主题演变" : "主题演变：" + q;
        return new TimelinePage(new Layout(title, q, Layout.Nav.NONE), timeline);
    }

    /** The query's results, as a list. */
    public String searchHref() {
        return "/search?q=" + SearchParams.encodeValue(timeline.query());
    }

    /** The query's results in one document. */
    public String searchHref(DocumentRef doc) {
        return searchHref() + "&doc=" + doc.id();
    }

    /** The comparison of a national task with the closest one of the previous period. */
    public String compareHref(Timeline.Step step) {
        return LineageLinks.compareHref(step.previous().id(), step.task().id());
    }

    /** A score as shown. */
    public String score(double score) {
        return LineageLinks.score(score);
    }
}
