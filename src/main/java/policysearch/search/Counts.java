package policysearch.search;

/** How much the index holds: policy documents and task records (counted once per index snapshot). */
public record Counts(int documents, int tasks) {
}
