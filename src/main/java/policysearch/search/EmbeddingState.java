package policysearch.search;

/**
 * Vectors on their way to an index built without them: {@code embedded} of the {@code total} texts that were missing
 * from the vector cache (total -1 while they are being counted). Related lists stay empty until the index with
 * vectors is swapped in.
 */
public record EmbeddingState(long embedded, long total) {
}
