package policysearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import policysearch.model.Role;
import policysearch.search.FacetDim;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/**
 * The state of a search as it appears in a URL: query, filters, sort, page, size and the department-list
 * filter {@code dq}. Parsing validates every parameter (a bad one is a {@link BadRequest}); the {@code with...}
 * methods derive the state behind each link, so every view of a search stays a shareable GET URL.
 */
public record SearchParams(String q, Map<FacetDim, List<String>> filters, SortOrder sort, int page, int size,
                           String dq) {
    static final int MAX_QUERY = SearchRequest.MAX_QUERY;
    static final int MAX_VALUE = 100;
    static final int MAX_VALUES = 50;
    static final int MAX_PAGE = 10_000;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public SearchParams {
        q = q == null ? "" : q.strip();
        dq = dq == null ? "" : dq.strip();
        EnumMap<FacetDim, List<String>> copy = new EnumMap<>(FacetDim.class);
        filters.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                copy.put(dim, List.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** Parses and validates query parameters; unknown parameters are ignored. */
    public static SearchParams parse(Map<String, List<String>> params) {
        String q = first(params, "q");
        if (q.length() > MAX_QUERY) {
            throw new BadRequest("查询过长：最多 " + MAX_QUERY + " 个字符");
        }
        EnumMap<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
        for (FacetDim dim : FacetDim.values()) {
            List<String> values = filterValues(dim, params.getOrDefault(dim.param(), List.of()));
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        String sortParam = first(params, "sort");
        SortOrder sort = sortParam.isEmpty() ? SortOrder.RELEVANCE : SortOrder.fromParam(sortParam)
                .orElseThrow(() -> new BadRequest("参数 sort 只能是 relevance、date 或 date_asc，收到：" + clip(sortParam)));
        int page = intParam(params, "page", 1, 1, MAX_PAGE);
        int size = intParam(params, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
        String dq = first(params, "dq");
        if (dq.length() > MAX_VALUE) {
            throw new BadRequest("参数 dq 过长：最多 " + MAX_VALUE + " 个字符");
        }
        return new SearchParams(q, filters, sort, page, size, dq);
    }

    /** The service request for this state (the department list narrowed by {@code dq}). */
    public SearchRequest toRequest() {
        return new SearchRequest(q, Map.copyOf(filters), sort, page, size, dq);
    }

    /** The values of one filter, empty when not filtered. */
    public List<String> filter(FacetDim dim) {
        return filters.getOrDefault(dim, List.of());
    }

    /** True when some filter is set. */
    public boolean filtered() {
        return !filters.isEmpty();
    }

    /** This state with {@code value} added to or removed from a filter, back on page 1. */
    public SearchParams toggle(FacetDim dim, String value) {
        List<String> values = new ArrayList<>(filter(dim));
        if (!values.remove(value)) {
            values.add(value);
        }
        return withFilter(dim, values);
    }

    /** This state with one filter replaced (empty list removes it), back on page 1. */
    public SearchParams withFilter(FacetDim dim, List<String> values) {
        EnumMap<FacetDim, List<String>> copy = new EnumMap<>(FacetDim.class);
        copy.putAll(filters);
        copy.put(dim, values);
        return new SearchParams(q, copy, sort, 1, size, dq);
    }

    /** This state searching {@code query} with {@code newFilters} instead, back on page 1. */
    public SearchParams withSearch(String query, Map<FacetDim, List<String>> newFilters) {
        return new SearchParams(query, newFilters, sort, 1, size, dq);
    }

    /** This state searching {@code query} instead, filters kept, back on page 1. */
    public SearchParams withQuery(String query) {
        return new SearchParams(query, filters, sort, 1, size, dq);
    }

    /** This state without any filter, back on page 1. */
    public SearchParams withoutFilters() {
        return new SearchParams(q, Map.of(), sort, 1, size, "");
    }

    /** This state sorted differently, back on page 1. */
    public SearchParams withSort(SortOrder order) {
        return new SearchParams(q, filters, order, 1, size, dq);
    }

    /** This state on another page. */
    public SearchParams withPage(int p) {
        return new SearchParams(q, filters, sort, p, size, dq);
    }

    /** The query string for this state (without {@code ?}); defaults are left out so URLs stay short. */
    public String queryString() {
        StringJoiner out = new StringJoiner("&");
        if (!q.isEmpty()) {
            out.add("q=" + encodeValue(q));
        }
        filters.forEach((dim, values) -> values.forEach(v -> out.add(dim.param() + "=" + encodeValue(v))));
        if (sort != SortOrder.RELEVANCE) {
            out.add("sort=" + sort.param());
        }
        if (page != 1) {
            out.add("page=" + page);
        }
        if (size != SearchRequest.DEFAULT_SIZE) {
            out.add("size=" + size);
        }
        if (!dq.isEmpty()) {
            out.add("dq=" + encodeValue(dq));
        }
        return out.toString();
    }

    /** A link to {@code path} carrying this state, e.g. {@code /search?q=...}. */
    public String url(String path) {
        String qs = queryString();
        return qs.isEmpty() ? path : path + "?" + qs;
    }

    private static List<String> filterValues(FacetDim dim, List<String> raw) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String r : raw) {
            String v = r == null ? "" : r.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.length() > MAX_VALUE) {
                throw new BadRequest("参数 " + dim.param() + " 的值过长：最多 " + MAX_VALUE + " 个字符");
            }
            if (dim == FacetDim.ROLE && Role.fromId(v).isEmpty()) {
                throw new BadRequest("参数 role 只能是 lead、responsible 或 support，收到：" + clip(v));
            }
            if (dim == FacetDim.YEAR && !YEAR.matcher(v).matches()) {
                throw new BadRequest("参数 year 必须是四位年份，收到：" + clip(v));
            }
            values.add(dim == FacetDim.ROLE ? Role.fromId(v).orElseThrow().id() : v);
        }
        if (values.size() > MAX_VALUES) {
            throw new BadRequest("参数 " + dim.param() + " 的值过多：最多 " + MAX_VALUES + " 个");
        }
        return List.copyOf(values);
    }

    /** An integer parameter in {@code [min, max]}, {@code dflt} when absent; anything else is a {@link BadRequest}. */
    static int intParam(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String raw = first(params, name);
        if (raw.isEmpty()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new BadRequest("参数 " + name + " 必须是 " + min + " 到 " + max + " 之间的整数，收到：" + clip(raw));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A value percent-encoded for a query string. */
    public static String encodeValue(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
