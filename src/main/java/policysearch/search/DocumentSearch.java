package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;

/**
 * Finds the documents whose own record matches the query's words: their titles and 文号, and the text outside the
 * task list (the notice, the preamble, the closing requirements), so every sentence of a document can be found.
 * Document-level filters (document, issuer, year, region) apply; filters that describe tasks (section, department,
 * sector, role) say nothing about a document's own text, and with one of them the block stays empty.
 */
final class DocumentSearch {
    /** Documents shown beside the task hits. */
    static final int LIMIT = 5;
    private static final List<FacetDim> DOCUMENT_DIMS = List.of(FacetDim.DOCUMENT, FacetDim.ISSUER, FacetDim.YEAR,
            FacetDim.REGION);
    private static final List<FacetDim> TASK_DIMS = List.of(FacetDim.SECTION, FacetDim.DEPARTMENT, FacetDim.SECTOR,
            FacetDim.ROLE);

    private final QueryBuilder builder;

    DocumentSearch(Schema schema, Synonyms synonyms) {
        this.builder = new QueryBuilder(schema, synonyms, SearchFields.DOCUMENTS);
    }

    /** Up to {@link #LIMIT} documents matching every word of the request's query, best first. */
    List<DocumentHit> search(IndexSearcher s, SearchRequest request) throws IOException {
        if (request.query().isBlank() || describesTasks(request)) {
            return List.of();
        }
        ParsedQuery parsed = QuerySyntax.parse(request.query());
        if (parsed.groups().isEmpty()) {
            return List.of();
        }
        try {
            return run(s, request, parsed, true);
        } catch (IndexSearcher.TooManyClauses e) {
            try {
                return run(s, request, parsed, false); // a long query: the words as typed, no synonyms
            } catch (IndexSearcher.TooManyClauses again) {
                return List.of();
            }
        }
    }

    private List<DocumentHit> run(IndexSearcher s, SearchRequest request, ParsedQuery parsed, boolean expand)
            throws IOException {
        Prepared p = s instanceof Corpus c
                ? c.compiled(new Key(request.query(), expand), () -> Optional.ofNullable(build(parsed, expand)))
                        .map(b -> prepared(b, request)).orElse(null)
                : prepare(request, parsed, expand);
        if (p == null) {
            return List.of();
        }
        List<DocumentHit> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(p.query(), LIMIT, Plan.RANKED).scoreDocs) {
            out.add(hit(s.storedFields().document(sd.doc), p));
        }
        return out;
    }

    /** The documents block's query within the request's filters, and the words to mark. */
    record Prepared(Query query, List<Highlights.Word> marks) {
    }

    /** The query to run for {@code request}, or null when the block stays empty. */
    Prepared prepare(SearchRequest request, ParsedQuery parsed, boolean expand) {
        QueryBuilder.Built built = build(parsed, expand);
        return built == null ? null : prepared(built, request);
    }

    /** The block's query for the words, before filters (null: nothing to search). */
    private QueryBuilder.Built build(ParsedQuery parsed, boolean expand) {
        QueryBuilder.Built built = builder.build(parsed, false, expand, QueryBuilder.Lookup.NONE);
        return built.searchable() ? built : null;
    }

    private static Prepared prepared(QueryBuilder.Built built, SearchRequest request) {
        return new Prepared(filtered(built.query(), request), built.highlightWords());
    }

    /** The key of a block's query among a snapshot's compiled things. */
    private record Key(String query, boolean expand) {
    }

    /** Whether the block can hold anything for {@code request}: words to search and no task-level filter. */
    static boolean applies(SearchRequest request, ParsedQuery parsed) {
        return !request.query().isBlank() && !describesTasks(request) && !parsed.groups().isEmpty();
    }

    /** One document of the block from its record's stored fields, with passages of its own text. */
    static DocumentHit hit(Document d, Prepared p) {
        String id = d.get(Schema.DOC_ID);
        String title = d.get(Schema.DOC_TITLE);
        String text = withoutTitleLines(d.get(Schema.DOC_PREFACE) + "\n" + d.get(Schema.DOC_CLOSING), title);
        List<String> terms = Highlights.terms(p.marks(), text);
        return new DocumentHit(id, title, "/documents/" + id, Highlighter.passages(text, terms, title, false));
    }

    /** The text without the lines that only repeat the title shown above the passages (a title cut over lines). */
    static String withoutTitleLines(String text, String title) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !title.contains(l))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static boolean describesTasks(SearchRequest request) {
        return TASK_DIMS.stream().anyMatch(d -> !request.filter(d).isEmpty());
    }

    /** The query within the document-level filters: OR within a dimension, AND across. */
    private static Query filtered(Query query, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        for (FacetDim dim : DOCUMENT_DIMS) {
            List<String> values = request.filter(dim);
            if (values.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(Schema.DOC_FILTER,
                    Schema.docFilter(FacetFilters.dim(dim), v))), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        return b.build();
    }
}
