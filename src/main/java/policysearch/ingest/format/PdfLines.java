package policysearch.ingest.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF, page by page, each with where it sits on its page: PDFBox puts glyphs in reading order
 * and cuts lines; a wide gap inside a line (a table's columns, a header's left and centre parts) becomes a tab.
 */
final class PdfLines extends PDFTextStripper {
    /** A gap this many glyph widths wide separates cells rather than words. */
    private static final float CELL_GAP = 2f;

    /** One printed line: its text and its box, y measured from the top of the page. */
    record Line(String text, float top, float bottom) {
    }

    /** One page: its height and its lines from top to bottom. */
    record Page(int no, float height, List<Line> lines) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Line> lines;
    private float height;
    private final StringBuilder text = new StringBuilder();
    private float top;
    private float bottom;
    private float right;
    private float glyphWidth;
    private boolean separator;

    PdfLines() {
        setSortByPosition(true);
    }

    /** The pages of {@code doc} with their lines. */
    List<Page> read(PDDocument doc) throws IOException {
        pages.clear();
        writeText(doc, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        BoundedReading.checkCancelled();
        lines = new ArrayList<>();
        height = page.getCropBox().getHeight();
        text.setLength(0);
    }

    @Override
    protected void writeString(String s, List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        TextPosition first = glyphs.get(0);
        if (text.isEmpty()) {
            top = Float.MAX_VALUE;
            bottom = 0;
        } else if (separator) {
            float gap = first.getXDirAdj() - right;
            text.append(gap > CELL_GAP * glyphWidth ? '\t' : ' ');
        }
        separator = false;
        text.append(s);
        float width = 0;
        for (TextPosition g : glyphs) {
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            width += g.getWidthDirAdj();
        }
        glyphWidth = Math.max(1f, width / glyphs.size());
    }

    @Override
    protected void writeWordSeparator() {
        separator = true;
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    @Override
    protected void endPage(PDPage page) {
        finishLine();
        pages.add(new Page(getCurrentPageNo(), height, List.copyOf(lines)));
    }

    private void finishLine() {
        if (!text.toString().isBlank()) {
            lines.add(new Line(text.toString(), top, bottom));
        }
        text.setLength(0);
        right = 0;
        separator = false;
    }
}
