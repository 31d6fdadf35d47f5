package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/** The order facet values are listed in, and the values of a dimension read from Lucene's facet counts in it. */
final class FacetOrder {
    /** The order facet values are listed in: by count descending, then value. */
    static final Comparator<FacetValue> BY_COUNT = Comparator.comparingLong(FacetValue::count).reversed()
            .thenComparing(FacetValue::value);

    private FacetOrder() {
    }

    /**
     * A facet's values, the first {@link FacetFilters#VALUES_LISTED} of them sorted by count descending, then value,
     * the rest after them in no particular order (a result lists the first only; see {@link #firstSorted}); empty
     * when the dimension has no values.
     */
    static List<FacetValue> values(Facets facets, String dim) throws IOException {
        return firstSorted(unsorted(facets, dim), FacetFilters.VALUES_LISTED);
    }

    /** Every value of a facet's dimension, sorted as {@link #sorted} sorts them. */
    static List<FacetValue> all(Facets facets, String dim) throws IOException {
        return sorted(unsorted(facets, dim));
    }

    private static List<FacetValue> unsorted(Facets facets, String dim) throws IOException {
        FacetResult r;
        try {
            r = facets.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // dimension never indexed (e.g. no task names a department)
        }
        if (r == null) {
            return List.of();
        }
        return Arrays.stream(r.labelValues).map(lv -> new FacetValue(lv.label, lv.value.longValue())).toList();
    }

    /** Sorts facet values by count descending, then value. */
    static List<FacetValue> sorted(List<FacetValue> values) {
        return values.stream().sorted(BY_COUNT).toList();
    }

    /**
     * Every value, the first {@code k} sorted as {@link #sorted} sorts them and the rest after them as they came:
     * at a million tasks a result's documents alone are tens of thousands of values, and picking the first hundred
     * costs a fraction of sorting them all.
     */
    static List<FacetValue> firstSorted(List<FacetValue> values, int k) {
        if (values.size() <= k) {
            return sorted(values);
        }
        PriorityQueue<FacetValue> worstFirst = new PriorityQueue<>(k + 1, BY_COUNT.reversed());
        for (FacetValue v : values) {
            if (worstFirst.size() < k) {
                worstFirst.add(v);
            } else if (BY_COUNT.compare(v, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(v);
            }
        }
        Set<FacetValue> first = Collections.newSetFromMap(new IdentityHashMap<>());
        first.addAll(worstFirst);
        List<FacetValue> out = new ArrayList<>(values.size());
        out.addAll(sorted(List.copyOf(worstFirst)));
        for (FacetValue v : values) {
            if (!first.contains(v)) {
                out.add(v);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
