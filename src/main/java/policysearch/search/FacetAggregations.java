package policysearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.opensearch.Fields;
import policysearch.search.opensearch.QueryDsl;

/**
 * Multi-select facets the OpenSearch way: the filters as one {@code post_filter} (the hits and their total), and per
 * facet dimension a {@code filter} aggregation of every other filter around a {@code terms} aggregation, which counts
 * what Lucene's drill-sideways counts.
 */
final class FacetAggregations {
    /** The most values a facet dimension returns (terms aggregation size). */
    static final int SIZE = 10_000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FacetAggregations() {
    }

    /**
     * Multi-select facets: each dimension's terms counted within every filter but its own (Lucene's drill-sideways
     * counts); a dimension not filtered on is counted within all the filters.
     */
    static ObjectNode sideways(Map<String, List<String>> filters) {
        ObjectNode aggs = F.objectNode();
        for (String dim : Schema.DIMS) {
            List<ObjectNode> others = new ArrayList<>();
            filters.forEach((d, values) -> {
                if (!d.equals(dim)) {
                    others.add(QueryDsl.anyOf(Fields.facet(d), values));
                }
            });
            ObjectNode agg = aggs.putObject(dim);
            agg.set("filter", QueryDsl.allOf(others));
            agg.putObject("aggs").putObject("values").putObject("terms").put("field", Fields.facet(dim))
                    .put("size", SIZE);
        }
        return aggs;
    }

    /** Every filter at once: the {@code post_filter} that narrows the hits after the facets are counted. */
    static ObjectNode postFilter(Map<String, List<String>> filters) {
        List<ObjectNode> all = new ArrayList<>();
        filters.forEach((d, values) -> all.add(QueryDsl.anyOf(Fields.facet(d), values)));
        return QueryDsl.allOf(all);
    }

    static Map<String, List<FacetValue>> read(JsonNode aggregations) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.DIMS) {
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode b : aggregations.path(dim).path("values").path("buckets")) {
                values.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
            }
            out.put(dim, FacetOrder.sorted(values));
        }
        return out;
    }
}
