package policysearch.web.page;

import java.util.List;

/** A small horizontal bar chart drawn as server-side SVG; {@code width} is in SVG units. */
public record BarChart(String title, List<Bar> bars) {
    /** Width of the longest bar. */
    public static final int MAX_BAR = 180;
    /** Height of one row. */
    public static final int ROW = 24;

    /** One bar: label, count, bar width, and the search that filters by it. */
    public record Bar(String label, long count, int width, String href) {
    }

    /** The chart's SVG height. */
    public int height() {
        return bars.size() * ROW;
    }
}
