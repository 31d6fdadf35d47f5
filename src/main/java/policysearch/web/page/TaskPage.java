package policysearch.web.page;

import java.util.List;
import policysearch.lineage.Comparison;
import policysearch.lineage.Counterpart;
import policysearch.lineage.TaskLineage;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.search.Hit;

/**
 * One task with its neighbours in the document ({@code prev}/{@code next} may be null), the citation users can
 * copy, and its lineage: national counterparts with what changed, local implementations, related tasks.
 */
public record TaskPage(Layout layout, Hit task, Hit prev, Hit next, TaskLineage lineage, String citation) {

    /** The page for {@code task} with its {@code lineage} and {@code citation}. */
    public static TaskPage of(Hit task, Hit prev, Hit next, TaskLineage lineage, String citation) {
        return new TaskPage(Layout.of(task.label() + task.title(), Layout.Nav.NONE), task, prev, next, lineage,
                citation);
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

    /** True when the task's document implements an indexed document (对应国家任务 is shown, even if empty). */
    public boolean implementsParent() {
        return lineage.parentDocument() != null;
    }

    /** The comparison of a national counterpart with this task. */
    public String compareHref(Comparison c) {
        return LineageLinks.compareHref(c.left().id(), c.right().id());
    }

    /** The comparison of this task with a local implementation or a related task. */
    public String compareHref(Counterpart c) {
        return LineageLinks.compareHref(task.id(), c.task().id());
    }

    /** A score as shown. */
    public String score(double score) {
        return LineageLinks.score(score);
    }
}
