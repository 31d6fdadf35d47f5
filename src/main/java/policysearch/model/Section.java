package policysearch.model;

/** A numbered part of a task list (一、加强公共卫生体系建设). */
public record Section(int no, String title) {
    public Section {
        if (no < 1) {
            throw new IllegalArgumentException("section number must be positive: " + no);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("section " + no + " has no title");
        }
    }
}
