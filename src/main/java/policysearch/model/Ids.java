package policysearch.model;

import java.util.regex.Pattern;

/** The shape of document and task ids: lower-case ASCII letters, digits and dashes, safe in URLs and paths. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    /** True when {@code id} is a well-formed id (at most 120 characters). */
    public static boolean isValid(String id) {
        return id != null && id.length() <= 120 && VALID.matcher(id).matches();
    }

    /** The id of task {@code no} of a document: {@code gbf-2021-20} and 5 give {@code gbf-2021-20-t5}. */
    public static String task(String documentId, int no) {
        return documentId + "-t" + no;
    }
}
