package policysearch.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx): the body's paragraphs in order, each with the label Word's automatic numbering prints
 * before it (（一）, 1.), line breaks inside a paragraph kept; each table row one line of tab-separated cells.
 * Running headers and footers live in their own parts and never reach the body.
 */
final class DocxReader implements FormatReader {
    /** A cell longer than this holds running text, not a value: its table lays the page out. */
    private static final int MAX_CELL = 1500;
    /** The most one part of the package (the body's XML) may inflate to; POI's default is 4 GB. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        // POI's own zip-bomb guard (a part inflating more than 100 times, ZipSecureFile's default ratio, is refused
        // as it is read) plus a ceiling on any one part
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    @Override
    public Extraction read(byte[] bytes) throws UnreadableFileException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            WordNumbering numbering = new WordNumbering();
            body(doc.getBodyElements(), numbering, lines);
            if (lines.stream().allMatch(String::isBlank)) {
                throw new UnreadableFileException("the Word document has no text");
            }
            return new Extraction(Format.DOCX, lines, doc.getProperties().getCoreProperties().getTitle(), List.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("the Word document is password-protected: save a copy without the"
                    + " password and add that copy", e);
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new UnreadableFileException("the .docx looks like a zip bomb: a part of it inflates more than"
                        + " 100 times its stored size, or past " + FileLimits.size(MAX_PART_BYTES) + ": not read", e);
            }
            throw new UnreadableFileException("damaged Word document (.docx): " + e.getMessage(), e);
        }
    }

    private static void body(List<IBodyElement> elements, WordNumbering numbering, List<String> lines) {
        for (IBodyElement e : elements) {
            BoundedReading.checkCancelled();
            if (e instanceof XWPFParagraph p) {
                paragraph(p, numbering, lines);
            } else if (e instanceof XWPFTable t) {
                table(t, numbering, lines);
            } else if (e instanceof XWPFSDT sdt) {
                lines.addAll(TextReader.lines(sdt.getContent().getText()));
            }
        }
    }

    /** True when POI refused to inflate a part (its zip-bomb guard), anywhere in the cause chain. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb detected") || m.contains("ZipSecureFile.setMaxEntrySize"))) {
                return true;
            }
        }
        return false;
    }

    private static void paragraph(XWPFParagraph p, WordNumbering numbering, List<String> lines) {
        lines.addAll(TextReader.lines(numbering.label(p) + p.getText()));
    }

    private static void table(XWPFTable t, WordNumbering numbering, List<String> lines) {
        boolean layout = t.getRows().stream().flatMap(r -> r.getTableCells().stream())
                .anyMatch(c -> !c.getTables().isEmpty() || cellText(c).length() > MAX_CELL);
        for (XWPFTableRow row : t.getRows()) {
            if (layout) {
                row.getTableCells().forEach(c -> body(c.getBodyElements(), numbering, lines));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) {
                cells.add(cellText(c));
            }
            lines.add(String.join("\t", cells));
        }
    }

    /** A cell's paragraphs run together: a value or a list of bodies wrapped by the column's width. */
    private static String cellText(XWPFTableCell c) {
        StringBuilder b = new StringBuilder();
        c.getParagraphs().forEach(p -> b.append(p.getText().replace('\t', ' ').replace('\n', ' ')));
        return b.toString().strip();
    }
}
