package policysearch.web.page;

import java.util.List;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.search.Hit;

/**
 * One task with its neighbours in the document ({@code prev}/{@code next} may be null) and the citation
 * users can copy.
 */
public record TaskPage(Layout layout, Hit task, Hit prev, Hit next, String citation) {

    /** The page for {@code task} with its {@code citation}. */
    public static TaskPage of(Hit task, Hit prev, Hit next, String citation) {
        return new TaskPage(Layout.of(task.label() + task.title(), Layout.Nav.NONE), task, prev, next, citation);
    }

    /** Departments of one role, in clause order. */
    public List<Department> departments(Role role) {
        return task.departments().stream().filter(d -> d.role() == role).toList();
    }

    /** The search for every task in which {@code d} plays the same role. */
    public String searchHref(Department d) {
        return "/search?dept=" + policysearch.web.SearchParams.encodeValue(d.name()) + "&role=" + d.role().id();
    }

    /** The task's place in its document's outline. */
    public String anchorHref() {
        return task.document().url() + "#t" + task.no();
    }

    /** The section's place in its document's outline. */
    public String sectionHref() {
        return task.document().url() + "#s" + task.section().no();
    }
}
