package policysearch.search;

import java.util.List;

/** A document with all its tasks in document order, for the outline page and {@code /api/documents/{id}}. */
public record DocumentDetail(DocumentSummary summary, List<Hit> tasks) {
}
