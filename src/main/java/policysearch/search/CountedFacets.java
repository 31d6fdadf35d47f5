package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts another engine has already counted, per Lucene dimension, behind Lucene's {@link Facets}, so
 * {@link FacetFilters} reads them (role pairs included) exactly as it reads the embedded index's.
 */
final class CountedFacets extends Facets {
    private final Map<String, List<FacetValue>> counts;

    CountedFacets(Map<String, List<FacetValue>> counts) {
        this.counts = counts;
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        List<FacetValue> values = counts.get(dim);
        if (values == null || values.isEmpty()) {
            return null;
        }
        LabelAndValue[] labels = values.stream().map(v -> new LabelAndValue(v.value(), v.count()))
                .toArray(LabelAndValue[]::new);
        long total = values.stream().mapToLong(FacetValue::count).sum();
        return new FacetResult(dim, path, total, labels, labels.length);
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        FacetResult all = getAllChildren(dim, path);
        if (all == null || all.labelValues.length <= topN) {
            return all;
        }
        LabelAndValue[] top = java.util.Arrays.copyOf(FacetOrder.sorted(counts.get(dim)).stream()
                .map(v -> new LabelAndValue(v.value(), v.count())).toArray(LabelAndValue[]::new), topN);
        return new FacetResult(dim, path, all.value, top, all.childCount);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        return counts.getOrDefault(dim, List.of()).stream().filter(v -> v.value().equals(path[0]))
                .mapToLong(FacetValue::count).findFirst().orElse(-1);
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        List<FacetResult> out = new ArrayList<>();
        for (String dim : counts.keySet()) {
            FacetResult r = getTopChildren(topN, dim);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
