package policysearch.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import policysearch.model.Role;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.NearestView;
import policysearch.search.SearchResult;
import policysearch.search.SortOrder;
import policysearch.web.SearchParams;

/** Builds the {@link SearchPage} for a search: turns facets, filters and paging into links the template prints. */
public final class SearchViews {
    /** Facet blocks in the sidebar, in display order (role has its own toggle above the results). */
    static final List<FacetDim> SIDEBAR = List.of(FacetDim.YEAR, FacetDim.ISSUER, FacetDim.REGION,
            FacetDim.DEPARTMENT, FacetDim.SECTOR, FacetDim.SECTION);
    static final int SHOWN = 6;
    static final int SHOWN_DEPARTMENTS = 10;

    private SearchViews() {
    }

    /**
     * The page for {@code params} and the service's answer to them; {@code documentNames} maps the ids of the
     * filtered documents to what their chips show (文号 or title), an id without a name is shown as is.
     */
    public static SearchPage page(SearchParams params, SearchResult result, Map<String, String> documentNames) {
        return page(params, result, documentNames, false);
    }

    /** As {@link #page(SearchParams, SearchResult, Map)}, saying so when the embedding model was still loading. */
    public static SearchPage page(SearchParams params, SearchResult result, Map<String, String> documentNames,
                                  boolean modelLoading) {
        String title = params.q().isEmpty() ? "全部任务" : params.q() + " - 搜索";
        return new SearchPage(new Layout(title, params.q(), Layout.Nav.SEARCH), params, result,
                chips(params, documentNames), Readings.of(params, result),
                params.withoutFilters().url("/search"), facets(params, result), roles(params, result),
                sorts(params), Pager.of(result.total(), params.page(), params.size(),
                        p -> params.withPage(p).url("/search")),
                Charts.of(params, result), params.withPage(1).url("/search.csv"),
                params.url("/api/search"), nearest(params, result.nearest()), modelLoading && !params.q().isBlank());
    }

    /** The link to the nearest search with results (角色改为“负责”（11 项）), or null. */
    private static Link nearest(SearchParams params, NearestView near) {
        return near == null ? null : Link.of(near.label() + "（" + near.total() + " 项）",
                params.withSearch(near.query(), near.filters()).url("/search"));
    }

    /** The label users see for a facet value (role ids become 牵头/负责/参与). */
    public static String label(FacetDim dim, String value) {
        return dim == FacetDim.ROLE ? Role.fromId(value).map(Role::label).orElse(value) : value;
    }

    private static List<Link> chips(SearchParams params, Map<String, String> documentNames) {
        List<Link> chips = new ArrayList<>();
        params.filters().forEach((dim, values) -> values.forEach(v -> chips.add(Link.of(
                dim.label() + "：" + (dim == FacetDim.DOCUMENT ? documentNames.getOrDefault(v, v) : label(dim, v)),
                params.toggle(dim, v).url("/search")))));
        return chips;
    }

    private static List<FacetView> facets(SearchParams params, SearchResult result) {
        List<FacetView> views = new ArrayList<>();
        for (FacetDim dim : SIDEBAR) {
            List<FacetValue> values = new ArrayList<>(result.facets().getOrDefault(dim.key(), List.of()));
            if (dim == FacetDim.YEAR) {
                values.sort(Comparator.comparing(FacetValue::value).reversed());
            }
            boolean filterable = dim == FacetDim.DEPARTMENT;
            String dq = filterable ? params.dq() : ""; // the service narrowed the department list by it
            List<FacetOption> options = new ArrayList<>();
            for (FacetValue v : values) {
                options.add(option(params, dim, v.value(), v.count()));
            }
            for (String ticked : params.filter(dim)) {
                if (options.stream().noneMatch(o -> o.value().equals(ticked))) {
                    options.add(0, option(params, dim, ticked, 0));
                }
            }
            if (filterable) {
                // in the long list, ticked bodies come first so they are never hidden behind "显示更多"
                options.sort(Comparator.comparing(o -> !o.checked()));
            }
            int shown = Math.min(options.size(), filterable ? SHOWN_DEPARTMENTS : SHOWN);
            int unlisted = Math.max(0, result.facetTotals().getOrDefault(dim.key(), 0) - values.size());
            views.add(new FacetView(dim, List.copyOf(options.subList(0, shown)),
                    List.copyOf(options.subList(shown, options.size())), filterable, dq, unlisted));
        }
        return views;
    }

    private static FacetOption option(SearchParams params, FacetDim dim, String value, long count) {
        return new FacetOption(value, label(dim, value), count, params.filter(dim).contains(value),
                params.toggle(dim, value).url("/search"));
    }

    /** 全部, then one link per role that adds it to or removes it from the chosen roles. */
    private static List<Link> roles(SearchParams params, SearchResult result) {
        List<String> current = params.filter(FacetDim.ROLE);
        List<Link> links = new ArrayList<>();
        links.add(new Link("全部", params.withFilter(FacetDim.ROLE, List.of()).url("/search"), current.isEmpty()));
        List<FacetValue> counts = result.facets().getOrDefault(FacetDim.ROLE.key(), List.of());
        for (Role role : Role.values()) {
            long n = counts.stream().filter(v -> v.value().equals(role.id()) || v.value().equals(role.label()))
                    .mapToLong(FacetValue::count).sum();
            String label = role.label() + (counts.isEmpty() ? "" : "（" + n + "）");
            // each role toggles on its own, so 牵头 and 负责 can be chosen together (either role)
            links.add(new Link(label, params.toggle(FacetDim.ROLE, role.id()).url("/search"),
                    current.contains(role.id())));
        }
        return links;
    }

    private static List<Link> sorts(SearchParams params) {
        return List.of(
                new Link("按相关度", params.withSort(SortOrder.RELEVANCE).url("/search"),
                        params.sort() == SortOrder.RELEVANCE),
                new Link("最新在前", params.withSort(SortOrder.DATE).url("/search"), params.sort() == SortOrder.DATE),
                new Link("最早在前", params.withSort(SortOrder.DATE_ASC).url("/search"),
                        params.sort() == SortOrder.DATE_ASC));
    }
}
