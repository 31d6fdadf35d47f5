package policysearch.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;

/**
 * The query to run for a request: what to match, the words also searched, what to mark, a notice, and whether the
 * hits are scored (else listed in document order).
 */
record Plan(Query query, List<String> expansions, List<Highlights.Word> marks, String notice, boolean scored) {
    private static final SortField BY_DATE = new SortField(Schema.SORT_DATE, SortField.Type.LONG);
    private static final SortField BY_DATE_DESC = new SortField(Schema.SORT_DATE, SortField.Type.LONG, true);
    private static final SortField BY_DOC = new SortField(Schema.SORT_DOC, SortField.Type.STRING);
    private static final SortField BY_NO = new SortField(Schema.SORT_NO, SortField.Type.INT);
    /**
     * By score, equal scores newest first, then by document id and task number: a total order, so hits do not
     * depend on the order records were indexed in (on several threads, that order varies).
     */
    static final Sort RANKED = new Sort(SortField.FIELD_SCORE, BY_DATE_DESC, BY_DOC, BY_NO);

    /**
     * Null when the query had text but nothing searchable in it. Bodies named by the query (already filters) rank
     * the tasks they lead first when the query has no other words.
     */
    static Plan of(TaskQueries queries, String raw, Understanding u, Reach reach, boolean expand) {
        QueryBuilder builder = queries.of(reach);
        List<String> bodies = u.bodies();
        ParsedQuery parsed = QuerySyntax.parse(raw);
        if (parsed.isEmpty()) {
            if (!raw.isBlank()) {
                return null;
            }
            if (!bodies.isEmpty()) {
                return new Plan(builder.bodies(bodies), List.of(), builder.bodyMarks(bodies), null, true);
            }
            return new Plan(new TermQuery(new Term(Schema.KIND, Schema.KIND_TASK)), List.of(), List.of(), null, false);
        }
        QueryBuilder.Built built = builder.build(parsed, reach == Reach.RELAXED, expand, u);
        if (!built.searchable()) {
            return null;
        }
        String notice = reach.notice != null ? TaskSearch.notice(parsed.notice(), reach.notice) : parsed.notice();
        return new Plan(built.query(), built.expansions(), built.highlightWords(), notice, !parsed.groups().isEmpty());
    }

    /** Relevance, ties newest first (document order when nothing is scored), or newest or oldest document first. */
    Sort sort(SearchRequest request) {
        if (request.sort() == SortOrder.DATE) {
            return new Sort(BY_DATE_DESC, BY_DOC, BY_NO);
        }
        if (request.sort() == SortOrder.DATE_ASC) {
            return new Sort(BY_DATE, BY_DOC, BY_NO);
        }
        // Equal scores (a body's name in the same role, say): the newest document first.
        return scored ? RANKED : new Sort(BY_DATE, BY_DOC, BY_NO);
    }
}
