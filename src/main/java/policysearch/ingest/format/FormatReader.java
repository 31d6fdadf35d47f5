package policysearch.ingest.format;

/**
 * Reads one file format: bytes in, the document's lines (in reading order, table rows as tab-separated cells, page
 * furniture and markup gone) and what the file declares about itself out. Cleaning of the text inside a line and
 * everything about structure happen later, the same for every format.
 */
public interface FormatReader {

    /** The lines of {@code bytes}; a file this format cannot yield text from throws with a message for the user. */
    Extraction read(byte[] bytes) throws UnreadableFileException;
}
