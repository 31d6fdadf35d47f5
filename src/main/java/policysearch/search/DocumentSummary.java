package policysearch.search;

import java.util.List;
import policysearch.model.ParentReference;
import policysearch.model.Role;
import policysearch.model.Section;

/**
 * A document in the document list: metadata, the parent it names ({@code parent}, as stated, may be null),
 * sections, its number of tasks, the roles its department clauses name ({@code roles}: no lead when every clause
 * reads 按职责分工负责) and how many of its tasks list no department.
 */
public record DocumentSummary(String id, String url, String source, String title, String listTitle, String number,
                              String issuer, String date, int year, String region, ParentReference parent,
                              List<Section> sections, int taskCount, List<Role> roles, int tasksWithoutDepartments) {
    public DocumentSummary {
        sections = List.copyOf(sections);
        roles = List.copyOf(roles);
    }

    /** True when none of its tasks names a responsible department. */
    public boolean listsNoDepartments() {
        return taskCount > 0 && tasksWithoutDepartments == taskCount;
    }
}
