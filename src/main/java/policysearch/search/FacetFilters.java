package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * Filters as drill-down dimensions and facet counts read back drill-sideways. A role filter together
 * with a department or sector filter becomes a drill-down on the combined role+department (role+sector)
 * dimension, so "国家医保局 as lead" or "a 医疗保障 body as lead" means exactly that task by task;
 * department, sector and role counts then come from those dimensions' sideways counts.
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
            case DOCUMENT -> Schema.DIM_DOCUMENT;
        };
    }

    /** The base query narrowed by every filter of the request: OR within a dimension, AND across. */
    static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request) {
        return drillDown(config, base, dims(request));
    }

    /** The base query narrowed by the given Lucene dimensions' values: OR within a dimension, AND across. */
    static DrillDownQuery drillDown(FacetsConfig config, Query base, Map<String, List<String>> dims) {
        DrillDownQuery ddq = new DrillDownQuery(config, base);
        dims.forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
        return ddq;
    }

    /** The request's filters as Lucene drill-down dimensions and their values, in drill-down order. */
    static Map<String, List<String>> dims(SearchRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FacetDim d : List.of(FacetDim.DOCUMENT, FacetDim.ISSUER, FacetDim.YEAR, FacetDim.REGION,
                FacetDim.SECTION)) {
            request.filter(d).forEach(v -> add(out, dim(d), v));
        }
        List<String> depts = request.filter(FacetDim.DEPARTMENT);
        List<String> sectors = request.filter(FacetDim.SECTOR);
        List<String> roles = roles(request);
        if (roles.isEmpty()) {
            depts.forEach(dep -> add(out, Schema.DIM_DEPARTMENT, dep));
            sectors.forEach(sec -> add(out, Schema.DIM_SECTOR, sec));
        } else if (depts.isEmpty() && sectors.isEmpty()) {
            roles.forEach(r -> add(out, Schema.DIM_ROLE, r));
        } else {
            for (String r : roles) {
                depts.forEach(dep -> add(out, Schema.DIM_DEPT_ROLE, Schema.deptRole(r, dep)));
                sectors.forEach(sec -> add(out, Schema.DIM_SECTOR_ROLE, Schema.sectorRole(r, sec)));
            }
        }
        return out;
    }

    private static void add(Map<String, List<String>> dims, String dim, String value) {
        dims.computeIfAbsent(dim, k -> new ArrayList<>()).add(value);
    }

    /**
     * True when role counts cannot be read from one sideways dimension: with both a department and a sector
     * ticked, ticking a role narrows two dimensions at once, so each role is counted with its own query.
     */
    static boolean countsRolesByQuery(SearchRequest request) {
        return !request.filter(FacetDim.DEPARTMENT).isEmpty() && !request.filter(FacetDim.SECTOR).isEmpty();
    }

    /** The request with its role filter replaced by one role (for {@link #countsRolesByQuery}). */
    static SearchRequest withRole(SearchRequest request, Role role) {
        Map<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
        filters.putAll(request.filters());
        filters.put(FacetDim.ROLE, List.of(role.id()));
        return new SearchRequest(request.query(), filters, request.sort(), request.page(), request.size());
    }

    /**
     * Facet values per {@link FacetDim#key()}, each sorted by count then value; {@code roleCounts} replaces
     * the role values when {@link #countsRolesByQuery} (null otherwise).
     */
    static Map<String, List<FacetValue>> facets(Facets facets, SearchRequest request, List<FacetValue> roleCounts)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        List<String> depts = request.filter(FacetDim.DEPARTMENT);
        List<String> sectors = request.filter(FacetDim.SECTOR);
        List<String> roles = roles(request);
        for (FacetDim d : FacetDim.values()) {
            List<FacetValue> values;
            if (d == FacetDim.DEPARTMENT && !roles.isEmpty()) {
                values = byRolePair(facets, Schema.DIM_DEPT_ROLE, roles, true);
            } else if (d == FacetDim.SECTOR && !roles.isEmpty()) {
                values = byRolePair(facets, Schema.DIM_SECTOR_ROLE, roles, true);
            } else if (d == FacetDim.ROLE && roleCounts != null) {
                values = FacetOrder.sorted(roleCounts.stream().filter(v -> v.count() > 0).toList());
            } else if (d == FacetDim.ROLE && !depts.isEmpty()) {
                values = byRolePair(facets, Schema.DIM_DEPT_ROLE, depts, false);
            } else if (d == FacetDim.ROLE && !sectors.isEmpty()) {
                values = byRolePair(facets, Schema.DIM_SECTOR_ROLE, sectors, false);
            } else {
                values = FacetOrder.values(facets, dim(d));
            }
            out.put(d.key(), values);
        }
        return out;
    }

    /**
     * Read from a combined "role:name" dimension: name counts for the chosen roles ({@code byName}), or role
     * counts for the chosen names. With several roles (or names) chosen, a task matching two of them is
     * counted under each.
     */
    private static List<FacetValue> byRolePair(Facets facets, String pairDim, List<String> chosen, boolean byName)
            throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        for (FacetValue v : FacetOrder.values(facets, pairDim)) {
            int colon = v.value().indexOf(':');
            String role = v.value().substring(0, colon);
            String name = v.value().substring(colon + 1);
            if (byName && chosen.contains(role)) {
                sums.merge(name, v.count(), Long::sum);
            } else if (!byName && chosen.contains(name)) {
                sums.merge(role, v.count(), Long::sum);
            }
        }
        return FacetOrder.sorted(sums.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList());
    }

    /** Most values one dimension lists in a result; the rest are in its total, and a department is found by name. */
    static final int VALUES_LISTED = 100;

    /**
     * The result with each dimension's values cut to its first {@link #VALUES_LISTED} (by count; a longer list comes
     * with only those sorted, see {@link FacetOrder#firstSorted}), every value the request ticked kept (after them when
     * it ranks lower); the result's totals still count every value.
     */
    static SearchResult listed(SearchResult result, SearchRequest request) {
        if (result.facets() == null || result.facets().values().stream().allMatch(v -> v.size() <= VALUES_LISTED)) {
            return result;
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<FacetValue>> e : result.facets().entrySet()) {
            List<FacetValue> values = e.getValue();
            if (values.size() > VALUES_LISTED) {
                List<String> ticked = java.util.Arrays.stream(FacetDim.values())
                        .filter(d -> d.key().equals(e.getKey())).findFirst()
                        .map(request::filter).orElse(List.of());
                List<FacetValue> kept = new ArrayList<>(values.subList(0, VALUES_LISTED));
                values.subList(VALUES_LISTED, values.size()).stream()
                        .filter(v -> ticked.contains(v.value())).sorted(FacetOrder.BY_COUNT).forEach(kept::add);
                values = List.copyOf(kept);
            }
            out.put(e.getKey(), values);
        }
        return result.withListed(out);
    }

    /** The facets with the department list narrowed to the names containing {@code text} (any letter case). */
    static Map<String, List<FacetValue>> departmentsContaining(Map<String, List<FacetValue>> facets, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        Map<String, List<FacetValue>> out = new LinkedHashMap<>(facets);
        out.computeIfPresent(FacetDim.DEPARTMENT.key(), (k, values) -> FacetOrder.firstSorted(values.stream()
                .filter(v -> v.value().toLowerCase(Locale.ROOT).contains(needle)).toList(), VALUES_LISTED));
        return out;
    }

    /** Role filter values as role ids (lead, responsible, support); the web layer accepts nothing else. */
    private static List<String> roles(SearchRequest request) {
        return request.filter(FacetDim.ROLE).stream()
                .map(v -> Role.fromId(v).map(Role::id).orElse(v))
                .distinct().toList();
    }
}
