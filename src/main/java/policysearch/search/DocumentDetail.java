package policysearch.search;

import java.util.List;

/**
 * A document with all its tasks in document order and its own text before and after the task list (paragraphs
 * one a line, empty when none), for the outline page and {@code /api/documents/{id}}.
 */
public record DocumentDetail(DocumentSummary summary, List<Hit> tasks, String preface, String closing) {
}
