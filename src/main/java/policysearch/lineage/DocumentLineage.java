package policysearch.lineage;

import java.util.List;
import policysearch.search.DocumentSummary;

/** The document a document implements (null when none is indexed) and the documents that implement it. */
public record DocumentLineage(DocumentSummary parent, List<DocumentSummary> implementations) {
    public DocumentLineage {
        implementations = List.copyOf(implementations);
    }
}
