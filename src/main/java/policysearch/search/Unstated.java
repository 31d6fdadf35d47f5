package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * What the documents in a search's scope do not state, said where a filter depends on it. When the filters leave
 * nothing: why, in terms of the data (2021年的文件未标明牵头部门; the 2024 document lists no departments), and the
 * nearest search with results. When a department or role filter keeps some tasks: how many it could not see
 * because their source lists no department, or their document names no body in that role.
 */
final class Unstated {
    /** Filters that name documents: the scope whose flags explain an empty result. */
    private static final List<FacetDim> SCOPE = List.of(FacetDim.DOCUMENT, FacetDim.ISSUER, FacetDim.YEAR,
            FacetDim.REGION);
    /** Dimensions a nearest view may drop, nearest first (after the role and department ones). */
    private static final List<FacetDim> DROPPABLE = List.of(FacetDim.SECTION, FacetDim.DOCUMENT, FacetDim.ISSUER,
            FacetDim.REGION, FacetDim.YEAR);
    private static final int NAMED = 3;

    /** The sentence to add to the notice (null for none) and the nearest view with results (null for none). */
    record Said(String notice, NearestView nearest) {
        static final Said NOTHING = new Said(null, null);
    }

    private final FacetsConfig config;

    Unstated(FacetsConfig config) {
        this.config = config;
    }

    /** What to say about a result of {@code total} tasks for {@code request}, whose query text matches {@code base}. */
    Said explain(Corpus s, Query base, SearchRequest request, long total) throws IOException {
        boolean bodies = byBody(request);
        if (total > 0) {
            return bodies ? new Said(leftOut(s, base, request), null) : Said.NOTHING;
        }
        if (request.filters().isEmpty() || s.count(base) == 0) {
            return Said.NOTHING; // no filter to blame: the words themselves match nothing
        }
        List<DocumentFacts> scope = s.documents().stream().filter(d -> inScope(d, request)).toList();
        String note = reason(scope, request);
        if (note == null) {
            String leftOut = bodies ? leftOut(s, base, request) : null;
            note = "没有同时满足所选条件的任务。" + (leftOut == null ? "" : leftOut);
        }
        NearestView nearest = nearest(s, base, request, scope);
        if (nearest != null) {
            note += nearest.sentence();
        }
        return new Said(note, nearest);
    }

    /** Why nothing is left, when the scope's documents say it (they state no such role, or no department at all). */
    private static String reason(List<DocumentFacts> scope, SearchRequest request) {
        if (scope.isEmpty()) {
            return "没有符合所选" + SCOPE.stream().filter(d -> !request.filter(d).isEmpty()).map(FacetDim::label)
                    .collect(Collectors.joining("、")) + "的文件。";
        }
        if (scope.stream().noneMatch(DocumentFacts::hasTasks)) {
            return describe(scope, request) + "没有任务清单，只收录了文件正文。";
        }
        scope = scope.stream().filter(DocumentFacts::hasTasks).toList(); // a document without tasks states no roles
        if (byBody(request) && scope.stream().allMatch(DocumentFacts::listsNoDepartments)) {
            int tasks = scope.stream().mapToInt(DocumentFacts::taskCount).sum();
            return describe(scope, request) + "未列出责任部门：其 " + tasks + " 项任务的原文均未写明负责部门。";
        }
        List<Role> roles = roles(request);
        if (!roles.isEmpty() && scope.stream().noneMatch(d -> states(d, roles))) {
            Set<Role> stated = new LinkedHashSet<>();
            scope.forEach(d -> stated.addAll(d.roles()));
            return describe(scope, request) + "未标明" + labels(roles, "或") + "部门"
                    + (stated.isEmpty() ? "" : "，只列出" + labels(List.copyOf(stated), "、") + "部门") + "。";
        }
        return null;
    }

    /**
     * Tasks a department or role filter cannot see: their source lists no department, or their document names no
     * body in the chosen roles (the department filter kept). Null when there are none.
     */
    private String leftOut(Corpus s, Query base, SearchRequest request) throws IOException {
        List<String> out = new ArrayList<>();
        // the documents in scope tell whether a count can find anything: most corpora need no query at all; one
        // plain pass over them, since a large corpus holds tens of thousands and this runs on every body filter
        List<Role> roles = roles(request);
        boolean scoped = SCOPE.stream().anyMatch(d -> !request.filter(d).isEmpty());
        boolean unlistedIn = false;
        List<DocumentFacts> unmarking = new ArrayList<>();
        for (DocumentFacts d : s.documents()) {
            if (scoped && !inScope(d, request)) {
                continue;
            }
            unlistedIn |= d.tasksWithoutDepartments() > 0;
            if (!roles.isEmpty() && d.hasTasks() && !d.listsNoDepartments() && !states(d, roles)) {
                unmarking.add(d);
            }
        }
        if (unlistedIn) {
            Map<FacetDim, List<String>> others = without(request, FacetDim.DEPARTMENT, FacetDim.SECTOR, FacetDim.ROLE);
            int unlisted = count(s, base, request.with(request.query(), others),
                    new TermQuery(new Term(Schema.NO_DEPARTMENTS, Schema.YES)), null);
            if (unlisted > 0) {
                out.add("另有 " + unlisted + " 项任务原文未列出责任部门，未计入。");
            }
        }
        if (!unmarking.isEmpty()) {
            BooleanQuery.Builder unstated = new BooleanQuery.Builder();
            roles.forEach(r -> unstated.add(new TermQuery(new Term(Schema.UNSTATED_ROLE, r.id())), Occur.FILTER));
            int unmarked = count(s, base, request.with(request.query(), without(request, FacetDim.ROLE)),
                    unstated.build(), new TermQuery(new Term(Schema.NO_DEPARTMENTS, Schema.YES)));
            if (unmarked > 0) {
                out.add("另有 " + unmarked + " 项任务所在文件未标明" + labels(roles, "或") + "部门（" + names(unmarking)
                        + "），未计入。");
            }
        }
        return out.isEmpty() ? null : String.join("", out);
    }

    /**
     * The nearest search with results, trying in turn: another role the scope's documents name, any role, any
     * department, then without one of the other filters, then without any; null when none has results.
     */
    private NearestView nearest(Corpus s, Query base, SearchRequest request, List<DocumentFacts> scope)
            throws IOException {
        List<NearestView> candidates = new ArrayList<>();
        List<Role> roles = roles(request);
        if (!roles.isEmpty()) {
            for (Role r : Role.values()) {
                if (!roles.contains(r) && scope.stream().anyMatch(d -> d.roles().contains(r))) {
                    candidates.add(view("角色改为“" + r.label() + "”", request, with(request, FacetDim.ROLE, r.id())));
                }
            }
            candidates.add(view("不限角色", request, without(request, FacetDim.ROLE)));
        }
        if (!request.filter(FacetDim.DEPARTMENT).isEmpty() || !request.filter(FacetDim.SECTOR).isEmpty()) {
            candidates.add(view("不限责任部门", request,
                    without(request, FacetDim.DEPARTMENT, FacetDim.SECTOR, FacetDim.ROLE)));
        }
        for (FacetDim d : DROPPABLE) {
            if (!request.filter(d).isEmpty()) {
                candidates.add(view("不限" + d.label(), request, without(request, d)));
            }
        }
        if (request.filters().size() > 1) {
            candidates.add(view("清除全部筛选条件", request, Map.of()));
        }
        for (NearestView v : candidates) {
            int n = count(s, base, request.with(request.query(), v.filters()), null, null);
            if (n > 0) {
                return new NearestView(v.label(), v.query(), v.filters(), n);
            }
        }
        return null;
    }

    /** Tasks matching {@code base} and the request's filters, also {@code also} and not {@code not} when given. */
    private int count(Corpus s, Query base, SearchRequest request, Query also, Query not) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(FacetFilters.drillDown(config, base, request), Occur.MUST);
        if (also != null) {
            q.add(also, Occur.FILTER);
        }
        if (not != null) {
            q.add(not, Occur.MUST_NOT);
        }
        return s.count(q.build());
    }

    /** 2021年的文件（国办发〔2021〕20号）: the filters naming the documents, and the documents when few. */
    private static String describe(List<DocumentFacts> scope, SearchRequest request) {
        if (!request.filter(FacetDim.DOCUMENT).isEmpty()) {
            return names(scope);
        }
        String years = request.filter(FacetDim.YEAR).isEmpty() ? "" : String.join("、", request.filter(FacetDim.YEAR)) + "年";
        String named = years + String.join("、", request.filter(FacetDim.REGION))
                + String.join("、", request.filter(FacetDim.ISSUER));
        String what = named.isEmpty() ? "现有文件" : named + "的文件";
        return scope.size() <= NAMED ? what + "（" + names(scope) + "）" : what;
    }

    /** 国办发〔2021〕20号、《深化医药卫生体制改革2024年重点工作任务》, the first few and 等. */
    private static String names(List<DocumentFacts> docs) {
        String first = docs.stream().limit(NAMED).map(DocumentFacts::name).collect(Collectors.joining("、"));
        return docs.size() > NAMED ? first + "等 " + docs.size() + " 份文件" : first;
    }

    private static boolean inScope(DocumentFacts d, SearchRequest request) {
        List<String> years = request.filter(FacetDim.YEAR);
        return matches(request.filter(FacetDim.DOCUMENT), d.id())
                && matches(request.filter(FacetDim.ISSUER), d.issuer())
                && (years.isEmpty() || years.contains(Integer.toString(d.year())))
                && matches(request.filter(FacetDim.REGION), d.region());
    }

    private static boolean matches(List<String> values, String value) {
        return values.isEmpty() || value != null && values.contains(value);
    }

    private static boolean states(DocumentFacts d, List<Role> roles) {
        for (Role r : roles) {
            if (d.roles().contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean byBody(SearchRequest request) {
        return !request.filter(FacetDim.DEPARTMENT).isEmpty() || !request.filter(FacetDim.SECTOR).isEmpty()
                || !request.filter(FacetDim.ROLE).isEmpty();
    }

    private static List<Role> roles(SearchRequest request) {
        return request.filter(FacetDim.ROLE).stream().map(Role::fromId).flatMap(java.util.Optional::stream)
                .distinct().toList();
    }

    private static String labels(List<Role> roles, String separator) {
        return roles.stream().map(Role::label).collect(Collectors.joining(separator));
    }

    private static NearestView view(String label, SearchRequest request, Map<FacetDim, List<String>> filters) {
        return new NearestView(label, request.query(), filters, 0);
    }

    private static Map<FacetDim, List<String>> without(SearchRequest request, FacetDim... dims) {
        Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
        out.putAll(request.filters());
        for (FacetDim d : dims) {
            out.remove(d);
        }
        return out;
    }

    private static Map<FacetDim, List<String>> with(SearchRequest request, FacetDim dim, String value) {
        Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
        out.putAll(request.filters());
        out.put(dim, List.of(value));
        return out;
    }
}
