package policysearch.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The nearest search that has results when the filters leave nothing: the same {@code query} text with
 * {@code filters} (one filter changed or dropped), a {@code label} saying what changed (角色改为“负责”, 不限年份)
 * and its {@code total}.
 */
public record NearestView(String label, String query, Map<FacetDim, List<String>> filters, long total) {
    public NearestView {
        EnumMap<FacetDim, List<String>> copy = new EnumMap<>(FacetDim.class);
        filters.forEach((d, v) -> copy.put(d, List.copyOf(v)));
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    /** The sentence that offers it at the end of a notice: 可改看：角色改为“负责”（11 项）。 */
    public String sentence() {
        return "可改看：" + label + "（" + total + " 项）。";
    }
}
