package policysearch.lineage;

import java.util.List;
import policysearch.search.DocumentSummary;

/**
 * Where a task stands in its family: for a local task the document it implements ({@code parentDocument}, null
 * when none is indexed) and its national counterparts, each compared with it (empty when none reaches the
 * threshold); for a national task the documents that implement its document and, among their tasks, those that
 * implement it; for every task a handful of tasks on the same theme in other documents.
 */
public record TaskLineage(DocumentSummary parentDocument, List<Comparison> parent,
                          List<DocumentSummary> implementingDocuments, List<Counterpart> implementations,
                          List<Counterpart> related) {
    public TaskLineage {
        parent = List.copyOf(parent);
        implementingDocuments = List.copyOf(implementingDocuments);
        implementations = List.copyOf(implementations);
        related = List.copyOf(related);
    }
}
