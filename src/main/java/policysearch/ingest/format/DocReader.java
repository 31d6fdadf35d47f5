package policysearch.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * A Word 97–2003 document (.doc): the main text's paragraphs (headers and footers are a separate range), field
 * codes replaced by their results, line breaks kept; each table row one line of tab-separated cells.
 */
final class DocReader implements FormatReader {
    private static final char CELL_END = '\u0007';

    @Override
    public Extraction read(byte[] bytes) throws UnreadableFileException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = lines(doc.getRange());
            if (lines.stream().allMatch(String::isBlank)) {
                throw new UnreadableFileException("the Word document has no text");
            }
            return new Extraction(Format.DOC, lines, doc.getSummaryInformation() == null ? null
                    : doc.getSummaryInformation().getTitle(), List.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("the Word document is password-protected: save a copy without the"
                    + " password and add that copy", e);
        } catch (OldWordFileFormatException e) {
            throw new UnreadableFileException("a Word 95 (or older) document: save it as .docx", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("damaged Word document (.doc): " + e.getMessage(), e);
        }
    }

    private static List<String> lines(Range range) {
        List<String> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            BoundedReading.checkCancelled();
            Paragraph p = range.getParagraph(i);
            String text = Range.stripFields(p.text());
            if (!p.isInTable()) {
                lines.addAll(TextReader.lines(clean(text, "\n")));
                continue;
            }
            if (p.isTableRowEnd()) {
                lines.add(String.join("\t", cells));
                cells.clear();
                cell.setLength(0);
                continue;
            }
            cell.append(clean(text, " "));
            if (text.indexOf(CELL_END) >= 0) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            }
        }
        return lines;
    }

    /** Paragraph text without its end mark and Word's control characters; line breaks become {@code lineBreak}. */
    private static String clean(String text, String lineBreak) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u000B' || c == '\r' || c == '\n' || c == '\f') {
                b.append(lineBreak);
            } else if (c == '\t' || c >= ' ') {
                b.append(c == '\t' ? ' ' : c);
            }
        }
        return b.toString().strip();
    }
}
