package policysearch.search;

/** One value of a facet with the number of matching tasks. */
public record FacetValue(String value, long count) {
}
