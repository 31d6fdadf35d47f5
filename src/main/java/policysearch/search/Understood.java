package policysearch.search;

/**
 * A piece of the query read as a filter: {@code surface} is what the user typed (2024年, 川医保局), applied as
 * {@code value} of {@code dim} (2024; 四川省医保局) with a readable {@code label}. The user undoes it by searching
 * {@link #literalQuery()} instead, where the piece is quoted and so taken as text.
 */
public record Understood(FacetDim dim, String value, String label, String surface, String literalQuery) {
}
