package policysearch.ingest;

import java.util.List;

/**
 * The wrap width of a hard-wrapped document: lines at (close to) this width were cut by the layout, shorter ones
 * end a paragraph. Documents with one paragraph per line get a very large width.
 */
public final class Layout {
    private final int width;

    private Layout(int width) {
        this.width = width;
    }

    /** Measures the width as the 80th percentile of line lengths. */
    public static Layout of(List<SourceLine> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        if (lengths.length == 0) {
            return new Layout(Integer.MAX_VALUE);
        }
        int p80 = lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.8))];
        return new Layout(Math.max(p80, 12));
    }

    /** True when the line reaches the wrap width, so the paragraph goes on in the next line. */
    public boolean isFullWidth(String line) {
        return line.length() >= width * 0.8;
    }
}
