package policysearch.web.page;

/** One value in the facet sidebar: label, drill-sideways count, whether it is ticked, the link that toggles it. */
public record FacetOption(String value, String label, long count, boolean checked, String toggleHref) {
}
