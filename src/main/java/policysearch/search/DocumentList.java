package policysearch.search;

import java.util.List;

/** One page of the document list, newest first: {@code total} documents in all, {@code size} per page. */
public record DocumentList(long total, int page, int size, List<DocumentSummary> documents) {
    public DocumentList {
        documents = List.copyOf(documents);
    }
}
