package policysearch.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF with a text layer, as a browser or an office suite prints it: its lines in reading order, page after page,
 * without the running headers and footers ({@link PageFurniture}). Lines stay as the page width cut them; they are
 * joined later like a text file's hard-wrapped lines. A scan without text and a password-protected PDF fail clearly.
 */
final class PdfReader implements FormatReader {
    /** Fewer visible characters than this per page on average: the pages are images. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    @Override
    public Extraction read(byte[] bytes) throws UnreadableFileException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PdfLines.Page> pages = new PdfLines().read(doc);
            long chars = pages.stream().flatMap(p -> p.lines().stream())
                    .mapToLong(l -> l.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
            if (chars < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages.size())) {
                throw new UnreadableFileException("the PDF has no text layer (" + pages.size()
                        + " page(s) of images: a scan?): run text recognition (OCR) on it first, or use the"
                        + " original Word file or web page");
            }
            Set<PdfLines.Line> furniture = PageFurniture.of(pages);
            List<String> lines = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (PdfLines.Page page : pages) {
                if (page.lines().isEmpty()) {
                    warnings.add("page " + page.no() + " has no text (a scanned page?); its content is missing");
                }
                page.lines().stream().filter(l -> !furniture.contains(l)).forEach(l -> lines.add(l.text()));
            }
            return new Extraction(Format.PDF, lines, doc.getDocumentInformation().getTitle(), warnings);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("the PDF is password-protected: save a copy without the password"
                    + " and add that copy", e);
        } catch (IOException e) {
            throw new UnreadableFileException("damaged PDF: " + e.getMessage(), e);
        }
    }
}
