package policysearch.search;

/** A search-box suggestion: the text to search and its kind (task, department, term). */
public record Suggestion(String text, String kind) {
}
