package policysearch.web.page;

import java.util.List;
import policysearch.search.FacetDim;

/**
 * A facet block of the sidebar: the first {@code shown} options, the rest behind "显示更多";
 * {@code filterable} blocks (departments) carry a text filter {@code dq}; {@code unlisted} values of the dimension
 * are in neither list (a result lists a dimension's most frequent values only).
 */
public record FacetView(FacetDim dim, List<FacetOption> shown, List<FacetOption> more, boolean filterable,
                        String dq, int unlisted) {
    /** True when the block has nothing to show. */
    public boolean empty() {
        return shown.isEmpty() && more.isEmpty();
    }

    /** The HTML id prefix of this block's inputs. */
    public String idPrefix() {
        return "f-" + dim.param();
    }
}
