package policysearch.ingest.format;

/** A file no reader can take text from (empty, binary, a scan, password-protected, an unsupported format). */
public final class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
