package policysearch.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises a file's format from its content first (a PDF, a ZIP package, an OLE2 compound file, markup), its name's
 * extension only where the content leaves a choice, and hands it to that format's reader. Formats users have but no
 * reader takes (WPS, OFD, RTF, images, password-protected Office files) fail with a message that says what to do.
 */
public final class Formats {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private Formats() {
    }

    /** The lines of a file named {@code name}. */
    public static Extraction read(String name, byte[] bytes) throws UnreadableFileException {
        return reader(detect(name, bytes)).read(bytes);
    }

    /** The reader of a format. */
    public static FormatReader reader(Format format) {
        return switch (format) {
            case TEXT -> new TextReader();
            case HTML -> new HtmlReader();
            case DOCX -> new DocxReader();
            case DOC -> new DocReader();
            case PDF -> new PdfReader();
        };
    }

    /** The format of a file; throws for a format no reader takes, with what to do instead. */
    public static Format detect(String name, byte[] bytes) throws UnreadableFileException {
        String ext = extension(name);
        if (ext.equals("wps")) {
            throw new UnreadableFileException("WPS 文字 files (.wps) are not read: save the document as .docx or PDF");
        }
        if (ext.equals("ofd")) {
            throw new UnreadableFileException("OFD files (.ofd) are not read: export the document as PDF");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("%pdf-")) {
            return Format.PDF;
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return zipped(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return compound(bytes);
        }
        if (head.startsWith("{\\rtf")) {
            throw new UnreadableFileException("RTF files are not read: save the document as .docx or PDF");
        }
        if (isImage(bytes)) {
            throw new UnreadableFileException("the file is an image (a scan?): run text recognition (OCR) first"
                    + " or use a PDF or Word file with text");
        }
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || ext.matches("html?|shtml|xhtml")) {
            return Format.HTML;
        }
        if (ext.matches("pdf|docx?")) {
            throw new UnreadableFileException("the file is named ." + ext + " but its content is not " + ext.toUpperCase(Locale.ROOT)
                    + " (damaged, or saved under another format's name?)");
        }
        return Format.TEXT;
    }

    /**
     * A ZIP package's kind, from the entry names it stores as they are (in each entry's header and the central
     * directory): nothing is inflated, so a zip bomb costs nothing here; {@link DocxReader} bounds what it inflates.
     */
    private static Format zipped(byte[] bytes) throws UnreadableFileException {
        if (contains(bytes, "word/document.xml")) {
            return Format.DOCX;
        }
        if (contains(bytes, "OFD.xml")) {
            throw new UnreadableFileException("OFD files are not read: export the document as PDF");
        }
        throw new UnreadableFileException("a ZIP package that is not a Word document (.docx): only .docx, .doc, PDF,"
                + " web pages and text are read");
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Format compound(byte[] bytes) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnreadableFileException("the Office file is password-protected: remove the password"
                        + " (save a copy without it) and add that copy");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Format.DOC;
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("damaged Office file (a .doc?): " + e.getMessage(), e);
        }
        throw new UnreadableFileException("an Office file that is not a Word document (a spreadsheet or slides?):"
                + " only .docx, .doc, PDF, web pages and text are read");
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42);
    }

    /** The lower-case extension of a file name, or "". */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        int[] p = new int[prefix.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = prefix[i] & 0xFF;
        }
        return startsWith(bytes, p);
    }
}
