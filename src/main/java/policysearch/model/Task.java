package policysearch.model;

import java.util.List;

/**
 * One task record （十五） of a key-task document.
 *
 * @param id stable id, readable in a URL ({@code gbf-2021-20-t5})
 * @param no the task number as an integer (15)
 * @param label the label as printed, normalised to full-width brackets （十五）
 * @param title the task's first sentence, without its final full stop
 * @param text the whole task body, without the department clause
 * @param section the section the task belongs to
 * @param departments responsible bodies in clause order, possibly empty
 */
public record Task(String id, int no, String label, String title, String text, Section section,
                   List<Department> departments) {
    public Task {
        if (id == null || !Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid task id: " + id);
        }
        if (no < 1) {
            throw new IllegalArgumentException("task number must be positive: " + no);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("task " + label + " has no title");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("task " + label + " has no text");
        }
        java.util.Objects.requireNonNull(section, "section");
        java.util.Objects.requireNonNull(label, "label");
        departments = List.copyOf(departments);
    }

    /** Departments with the given role, in clause order. */
    public List<Department> departments(Role role) {
        return departments.stream().filter(d -> d.role() == role).toList();
    }
}
