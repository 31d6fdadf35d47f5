package policysearch.web.page;

import java.util.ArrayList;
import java.util.List;
import policysearch.model.Role;
import policysearch.lineage.DocumentLineage;
import policysearch.model.Section;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;

/**
 * One document: its metadata table with the document it implements and those implementing it, and its outline
 * (sections → tasks, with anchors s{no} and t{no}).
 */
public record DocumentPage(Layout layout, DocumentSummary document, DocumentLineage lineage,
                           List<OutlineSection> outline) {

    /** A section with its tasks in document order. */
    public record OutlineSection(Section section, List<Hit> tasks) {
    }

    /** The page for {@code detail}; tasks whose section is not listed still appear, under their own section. */
    public static DocumentPage of(DocumentDetail detail, DocumentLineage lineage) {
        List<OutlineSection> outline = new ArrayList<>();
        List<Section> sections = new ArrayList<>(detail.summary().sections());
        detail.tasks().stream().map(Hit::section).filter(s -> !sections.contains(s)).distinct()
                .forEach(sections::add);
        for (Section s : sections) {
            outline.add(new OutlineSection(s, detail.tasks().stream().filter(t -> t.section().equals(s)).toList()));
        }
        return new DocumentPage(Layout.of(detail.summary().title(), Layout.Nav.DOCUMENTS), detail.summary(), lineage,
                outline);
    }

    /** Which roles the document's department clauses name, and what they leave unstated (牵头, 责任部门). */
    public String rolesStated() {
        if (document.listsNoDepartments()) {
            return "原文未列出责任部门";
        }
        StringBuilder out = new StringBuilder(document.roles().stream().map(Role::label)
                .collect(java.util.stream.Collectors.joining("、")));
        if (!document.roles().contains(Role.LEAD)) {
            out.append("（未标明牵头部门）");
        }
        if (document.tasksWithoutDepartments() > 0) {
            out.append("；").append(document.tasksWithoutDepartments()).append(" 项任务原文未列出责任部门");
        }
        return out.toString();
    }

    /** What the document says it implements, when the index does not hold that document (else null). */
    public String unresolvedParent() {
        if (document.parent() == null || lineage.parent() != null) {
            return null;
        }
        String title = document.parent().title();
        String number = document.parent().number();
        return (title == null ? "" : "《" + title + "》") + (number == null ? "" : "（" + number + "）");
    }

    /** The search link listing this document's tasks. */
    public String searchHref() {
        return "/search?issuer=" + policysearch.web.SearchParams.encodeValue(document.issuer())
                + "&year=" + document.year();
    }
}
