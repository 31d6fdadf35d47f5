package policysearch.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import policysearch.lineage.Comparison;
import policysearch.lineage.Counterpart;
import policysearch.lineage.DocumentLineage;
import policysearch.lineage.TaskLineage;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;
import policysearch.web.page.LineageLinks;

/** The API's view of lineage: a task or a document with the tasks and documents it is linked to. */
final class LineageJson {
    private LineageJson() {
    }

    /** {@code GET /api/tasks/{id}}: the hit, its national counterparts, its local implementations, related tasks. */
    record TaskJson(@JsonUnwrapped Hit hit, List<LinkedTask> parent, List<LinkedTask> implementations,
                    List<LinkedTask> related) {
    }

    /** A linked task: where it is, whose it is, how closely it reads, and the link comparing it with the task. */
    record LinkedTask(String id, String url, String label, String title, String issuer, String region, int year,
                      String documentId, String documentTitle, double score, boolean merged, String compare) {
    }

    /** {@code GET /api/documents/{id}}: the document, the document it implements and those implementing it. */
    record DocumentJson(@JsonUnwrapped DocumentDetail detail, LinkedDocument parentDocument,
                        List<LinkedDocument> implementations) {
    }

    /** A linked document. */
    record LinkedDocument(String id, String url, String title, String number, String issuer, String region,
                          int year) {
    }

    static TaskJson task(Hit hit, TaskLineage lineage) {
        return new TaskJson(hit,
                lineage.parent().stream().map(c -> linked(c.left(), c.score(), c.merged(), compare(c))).toList(),
                lineage.implementations().stream().map(c -> linked(hit, c)).toList(),
                lineage.related().stream().map(c -> linked(hit, c)).toList());
    }

    static DocumentJson document(DocumentDetail detail, DocumentLineage lineage) {
        return new DocumentJson(detail, lineage.parent() == null ? null : linked(lineage.parent()),
                lineage.implementations().stream().map(LineageJson::linked).toList());
    }

    private static LinkedTask linked(Hit from, Counterpart c) {
        return linked(c.task(), c.score(), c.merged(), LineageLinks.compareHref(from.id(), c.task().id()));
    }

    private static LinkedTask linked(Hit t, double score, boolean merged, String compare) {
        return new LinkedTask(t.id(), t.url(), t.label(), t.title(), t.document().issuer(), t.document().region(),
                t.document().year(), t.document().id(), t.document().listTitle(), Math.round(score * 1000) / 1000.0,
                merged, compare);
    }

    private static String compare(Comparison c) {
        return LineageLinks.compareHref(c.left().id(), c.right().id());
    }

    private static LinkedDocument linked(DocumentSummary d) {
        return new LinkedDocument(d.id(), d.url(), d.title(), d.number(), d.issuer(), d.region(), d.year());
    }
}
