package policysearch.ingest.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a browser or an office suite prints on every page around the text: the title, the print date and
 * time, the page's URL or file path, page numbers (3/6, - 3 -, 第3页 共6页). Only lines at a page's top or bottom
 * edge are candidates; one is furniture when a cell of it is a page number, a date and time or an address, or
 * when the same line (its digits aside) stands at the edge of most pages.
 */
final class PageFurniture {
    /** Share of the page height at the top and at the bottom where running headers and footers sit. */
    private static final float ZONE = 0.1f;
    /** How many lines at each edge of a page may be furniture. */
    private static final int EDGE_LINES = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－\\s]*\\d{1,4}[-—–－\\s]*|\\d{1,4}\\s*/\\s*\\d{1,4}|第\\s*\\d{1,4}\\s*页.*|共\\s*\\d{1,4}\\s*页.*"
            + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of|/)\\s*\\d{1,4})?|\\d{1,4}\\s*(?i:of)\\s*\\d{1,4}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{1,4}[/.\\-年]\\d{1,2}[/.\\-月]\\d{1,4}日?[,，]?\\s*(上午|下午|(?i:am|pm))?\\s*\\d{1,2}:\\d{2}(:\\d{2})?"
            + "\\s*(?i:am|pm)?");
    private static final Pattern ADDRESS = Pattern.compile(
            "((?i:https?|file|ftp)://|www\\.)\\S*|[A-Za-z]:[\\\\/]\\S*|about:blank|/\\S+\\.(?i:html?|pdf|docx?|txt)");

    private PageFurniture() {
    }

    /** The lines of {@code pages} that are running headers or footers. */
    static Set<PdfLines.Line> of(List<PdfLines.Page> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (PdfLines.Page page : pages) {
            for (PdfLines.Line line : candidates(page)) {
                seen.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(page.no());
            }
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        Set<PdfLines.Line> out = new HashSet<>();
        for (PdfLines.Page page : pages) {
            for (PdfLines.Line line : candidates(page)) {
                if (isMarked(line.text()) || seen.get(key(line.text())).size() >= repeated) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** Lines among the first or last few of a page that sit in its top or bottom margin zone. */
    private static List<PdfLines.Line> candidates(PdfLines.Page page) {
        List<PdfLines.Line> lines = page.lines();
        int n = lines.size();
        return java.util.stream.IntStream.range(0, n)
                .filter(i -> i < EDGE_LINES && lines.get(i).top() < page.height() * ZONE
                        || i >= n - EDGE_LINES && lines.get(i).bottom() > page.height() * (1 - ZONE))
                .mapToObj(lines::get).toList();
    }

    /** A page number, a date and time or an address in one of the line's cells, and no cell is a key (名称：). */
    static boolean isMarked(String line) {
        boolean marked = false;
        for (String cell : line.split("\t")) {
            String c = cell.strip();
            if (c.endsWith(":") || c.endsWith("：")) {
                return false;
            }
            marked |= PAGE_NUMBER.matcher(c).matches() || DATE_TIME.matcher(c).matches()
                    || ADDRESS.matcher(c).matches();
            for (String word : c.split("\\s+")) {
                marked |= ADDRESS.matcher(word).matches() && word.length() > 8;
            }
        }
        return marked;
    }

    /** The line with digits and spaces evened out, so "3/6" and "4/6" of one footer compare equal. */
    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
