package policysearch.web.page;

/** One value in the facet sidebar: its label, drill-sideways count, whether it is ticked, and the link that toggles it. */
public record FacetOption(String value, String label, long count, boolean checked, String toggleHref) {
}
