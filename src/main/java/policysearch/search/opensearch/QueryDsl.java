package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates the Lucene queries the search pipeline builds into OpenSearch query DSL over the same fields, clause
 * for clause, so both engines match the same records with the same scores: the terms are already analysed in Java
 * ({@code term} queries), a phrase keeps its terms and positions (a {@code match_phrase} whose analyzer only splits
 * on spaces and turns a gap token into a position gap), boosts, minimum-should-match and dismax tie-breakers carry
 * over. A drill-down on a facet dimension becomes a filter on that dimension's keyword field.
 */
public final class QueryDsl {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private QueryDsl() {
    }

    /** The DSL of {@code q}; an unsupported query type is a programming error. */
    public static ObjectNode of(Query q) {
        return switch (q) {
            case TermQuery t -> term(t.getTerm());
            case PhraseQuery p -> phrase(p);
            case BooleanQuery b -> bool(b);
            case BoostQuery b -> boosted(of(b.getQuery()), b.getBoost());
            case ConstantScoreQuery c -> wrap("constant_score", F.objectNode().set("filter", of(c.getQuery())));
            case DisjunctionMaxQuery d -> disMax(d);
            case DrillDownQuery d -> drillDown(d);
            case MatchAllDocsQuery m -> wrap("match_all", F.objectNode());
            case MatchNoDocsQuery m -> none();
            default -> throw new IllegalArgumentException("no OpenSearch form for " + q.getClass().getSimpleName()
                    + ": " + q);
        };
    }

    /** Matches nothing. */
    public static ObjectNode none() {
        return wrap("match_none", F.objectNode());
    }

    /** A filter: any of {@code values} in the keyword field {@code field}. */
    public static ObjectNode anyOf(String field, List<String> values) {
        ArrayNode array = F.arrayNode();
        values.forEach(array::add);
        return wrap("terms", F.objectNode().set(field, array));
    }

    /** Every one of {@code filters} (match all when there are none). */
    public static ObjectNode allOf(List<ObjectNode> filters) {
        if (filters.isEmpty()) {
            return wrap("match_all", F.objectNode());
        }
        ArrayNode array = F.arrayNode();
        filters.forEach(array::add);
        return wrap("bool", F.objectNode().set("filter", array));
    }

    private static ObjectNode term(Term t) {
        if (t.field().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
            String[] path = FacetsConfig.stringToPath(t.text());
            if (path.length == 2) {
                return wrap("term", F.objectNode().set(Fields.facet(path[0]),
                        F.objectNode().put("value", path[1])));
            }
            return wrap("exists", F.objectNode().put("field", Fields.facet(path[0])));
        }
        return wrap("term", F.objectNode().set(t.field(), F.objectNode().put("value", t.text())));
    }

    /**
     * A phrase with its terms at their positions: the terms joined by spaces, a {@link Fields#GAP} for each
     * position between them that holds no term; the phrase analyzer splits on spaces and drops the gap token,
     * leaving its position empty, so OpenSearch builds the very same PhraseQuery.
     */
    private static ObjectNode phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (terms.length == 0) {
            return none();
        }
        if (terms.length == 1) {
            return term(terms[0]);
        }
        StringBuilder text = new StringBuilder();
        int expected = positions[0];
        for (int i = 0; i < terms.length; i++) {
            for (; expected < positions[i]; expected++) {
                text.append(Fields.GAP).append(' ');
            }
            text.append(terms[i].text()).append(' ');
            expected = positions[i] + 1;
        }
        ObjectNode body = F.objectNode().put("query", text.toString().strip()).put("analyzer", Fields.PHRASE_ANALYZER);
        if (p.getSlop() > 0) {
            body.put("slop", p.getSlop());
        }
        return wrap("match_phrase", F.objectNode().set(terms[0].field(), body));
    }

    private static ObjectNode bool(BooleanQuery b) {
        ObjectNode body = F.objectNode();
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
            body.withArray(occur).add(of(c.query()));
        }
        if (!positive) {
            return none(); // Lucene: a query of exclusions alone (or none at all) matches nothing
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
        }
        return wrap("bool", body);
    }

    private static ObjectNode disMax(DisjunctionMaxQuery d) {
        ArrayNode queries = F.arrayNode();
        d.getDisjuncts().forEach(q -> queries.add(of(q)));
        return wrap("dis_max", F.objectNode().put("tie_breaker", d.getTieBreakerMultiplier()).set("queries", queries));
    }

    private static ObjectNode drillDown(DrillDownQuery d) {
        ObjectNode body = F.objectNode();
        body.withArray("must").add(d.getBaseQuery() == null ? wrap("match_all", F.objectNode()) : of(d.getBaseQuery()));
        for (Query q : d.getDrillDownQueries()) {
            body.withArray("filter").add(of(q));
        }
        return wrap("bool", body);
    }

    /** The boost goes where OpenSearch reads it: a term's or phrase's field object, else the query's body. */
    private static ObjectNode boosted(ObjectNode query, float boost) {
        String type = query.fieldNames().next();
        ObjectNode body = (ObjectNode) query.get(type);
        ObjectNode target = body;
        if (type.equals("term") || type.equals("match_phrase")) {
            target = (ObjectNode) body.elements().next();
        }
        JsonNode old = target.get("boost");
        target.put("boost", old == null ? boost : old.floatValue() * boost);
        return query;
    }

    private static ObjectNode wrap(String type, ObjectNode body) {
        ObjectNode q = F.objectNode();
        q.set(type, body);
        return q;
    }
}
