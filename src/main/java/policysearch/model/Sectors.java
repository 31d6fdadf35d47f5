package policysearch.model;

/** Constants shared by every sector classification. */
public final class Sectors {
    /** The sector of a body the dictionary does not know. */
    public static final String OTHER = "其他";

    private Sectors() {
    }
}
