package policysearch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * Filters as drill-down dimensions and facet counts read back drill-sideways. A department filter
 * together with a role filter becomes one drill-down on the combined department+role dimension, so
 * "国家医保局 as lead" means exactly that task-by-task; department and role counts then come from that
 * dimension's sideways counts.
 */
final class FacetFilters {
    private FacetFilters() {
    }

    /** The Lucene dimension of a user-facing facet dimension. */
    static String dim(FacetDim d) {
        return switch (d) {
            case ISSUER -> Schema.DIM_ISSUER;
            case YEAR -> Schema.DIM_YEAR;
            case REGION -> Schema.DIM_REGION;
            case SECTION -> Schema.DIM_SECTION;
            case DEPARTMENT -> Schema.DIM_DEPARTMENT;
            case SECTOR -> Schema.DIM_SECTOR;
            case ROLE -> Schema.DIM_ROLE;
        };
    }

    /** The base query narrowed by every filter of the request: OR within a dimension, AND across. */
    static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request) {
        DrillDownQuery ddq = new DrillDownQuery(config, base);
        for (FacetDim d : List.of(FacetDim.ISSUER, FacetDim.YEAR, FacetDim.REGION, FacetDim.SECTION, FacetDim.SECTOR)) {
            request.filter(d).forEach(v -> ddq.add(dim(d), v));
        }
        List<String> depts = request.filter(FacetDim.DEPARTMENT);
        List<String> roles = roles(request);
        if (!depts.isEmpty() && !roles.isEmpty()) {
            for (String r : roles) {
                depts.forEach(dep -> ddq.add(Schema.DIM_DEPT_ROLE, Schema.deptRole(r, dep)));
            }
        } else {
            depts.forEach(dep -> ddq.add(Schema.DIM_DEPARTMENT, dep));
            roles.forEach(r -> ddq.add(Schema.DIM_ROLE, r));
        }
        return ddq;
    }

    /** Facet values per {@link FacetDim#key()}, each sorted by count then value. */
    static Map<String, List<FacetValue>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        List<String> depts = request.filter(FacetDim.DEPARTMENT);
        List<String> roles = roles(request);
        for (FacetDim d : FacetDim.values()) {
            List<FacetValue> values;
            if (d == FacetDim.DEPARTMENT && !roles.isEmpty()) {
                values = fromDeptRole(facets, roles, depts, true);
            } else if (d == FacetDim.ROLE && !depts.isEmpty()) {
                values = fromDeptRole(facets, roles, depts, false);
            } else {
                values = Snapshot.values(facets, dim(d));
            }
            out.put(d.key(), values);
        }
        return out;
    }

    /**
     * Department counts for the chosen roles ({@code byDept}), or role counts for the chosen departments,
     * read from the combined dimension. With several roles (or departments) chosen, a task matching two
     * of them is counted under each.
     */
    private static List<FacetValue> fromDeptRole(Facets facets, List<String> roles, List<String> depts,
                                                 boolean byDept) throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        for (FacetValue v : Snapshot.values(facets, Schema.DIM_DEPT_ROLE)) {
            int colon = v.value().indexOf(':');
            String role = v.value().substring(0, colon);
            String dept = v.value().substring(colon + 1);
            if (byDept && roles.contains(role)) {
                sums.merge(dept, v.count(), Long::sum);
            } else if (!byDept && depts.contains(dept)) {
                sums.merge(role, v.count(), Long::sum);
            }
        }
        return Snapshot.sorted(sums.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList());
    }

    /** Role filter values as role ids (lead, responsible, support); 牵头 and LEAD are accepted too. */
    private static List<String> roles(SearchRequest request) {
        return request.filter(FacetDim.ROLE).stream()
                .map(v -> Role.fromId(v).map(Role::id)
                        .orElseGet(() -> java.util.Arrays.stream(Role.values()).filter(r -> r.label().equals(v))
                                .map(Role::id).findFirst().orElse(v)))
                .distinct().toList();
    }
}
