package policysearch.ingest.format;

/** A file format documents arrive in; each has one {@link FormatReader}. */
public enum Format {
    TEXT("text"),
    HTML("html"),
    DOCX("docx"),
    DOC("doc"),
    PDF("pdf");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** The short name shown in reports: text, html, docx, doc, pdf. */
    public String id() {
        return id;
    }
}
