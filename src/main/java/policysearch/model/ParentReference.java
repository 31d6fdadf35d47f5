package policysearch.model;

/**
 * The document a local document says it implements, as its text names it: a cited 文号, a title, or both.
 * Which indexed document that is gets decided later, against the documents the index holds.
 *
 * @param number the cited 发文字号 (国办发〔2020〕25号), or null
 * @param title the cited or named title (国务院办公厅关于印发…的通知), or null
 */
public record ParentReference(String number, String title) {
    public ParentReference {
        number = number == null || number.isBlank() ? null : number.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        if (number == null && title == null) {
            throw new IllegalArgumentException("a parent reference needs a 文号 or a title");
        }
    }
}
