package policysearch.search;

/** A task outside the exact result set whose meaning is close to the query: cosine {@code similarity} in [-1, 1]. */
public record Related(Hit hit, float similarity) {
}
