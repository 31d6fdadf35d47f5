package policysearch.search;

import java.util.List;
import policysearch.model.Role;

/**
 * What a document states about its departments, known at indexing: the roles its clauses name and how many of its
 * tasks list no department, with the metadata a filter scopes it by and the name a sentence gives it.
 */
record DocumentFacts(String id, String number, String listTitle, String issuer, int year, String region,
                     int taskCount, List<Role> roles, int tasksWithoutDepartments) {
    DocumentFacts {
        roles = List.copyOf(roles);
    }

    /** True when none of its tasks names a responsible department. */
    boolean listsNoDepartments() {
        return taskCount > 0 && tasksWithoutDepartments == taskCount;
    }

    /** How it is named in a sentence: its 文号, else its task list's title in 《》. */
    String name() {
        return number != null ? number : "《" + listTitle + "》";
    }
}
