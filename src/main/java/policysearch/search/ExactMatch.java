package policysearch.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import policysearch.index.Schema;
import policysearch.model.Role;

/**
 * Exact matching on the CJK bigram fields: a character run becomes a phrase of its bigrams, so 医保 matches
 * the run 医保 and never 医 … 保 apart, whatever smartcn's dictionary knows.
 */
final class ExactMatch {
    static final float TITLE_BOOST = QueryBuilder.TITLE_BOOST;
    /**
     * A body's name found among a task's departments: 5 in any role, 10 more when it leads, 5 more when it is
     * responsible. The steps exceed what title and text can add (3 + 1), so where a body's name is one word among
     * others the role ranks first, then where else the name appears; a body named alone ranks by role only
     * ({@link #roles}), then (the sort's tie-break) the newest document.
     */
    static final float DEPARTMENT_BOOST = 5f;
    static final float LEAD_BOOST = 10f;
    static final float RESPONSIBLE_BOOST = 5f;
    /**
     * A word found only in the heading of the task's section (三医联动 → 医疗、医保、医药联动 in a 2021 heading): the
     * task is about that theme, but it ranks below every task whose own words say it.
     */
    static final float HEADING_BOOST = 0.5f;
    /** How far apart (in bigram positions) the pieces of a word may be for the proximity bonus. */
    static final int NEAR_SLOP = 6;

    private final Schema schema;
    private final SearchFields fields;

    ExactMatch(Schema schema) {
        this(schema, SearchFields.TASKS);
    }

    /** Exact matching on the title and text fields of one kind of record. */
    ExactMatch(Schema schema, SearchFields fields) {
        this.schema = schema;
        this.fields = fields;
    }

    /**
     * Matches tasks whose title, text or section heading (or, with {@code departments}, a department name) contains
     * {@code text} exactly, up to case and width; null if no tokens. Constant scores (title 3, text 1, heading
     * 0.5, departments see {@link #DEPARTMENT_BOOST}):
     * a phrase's BM25 weight grows with its length, which would let a long synonym outrank the word typed;
     * term statistics enter through the smartcn clauses instead.
     */
    Query exact(String text, boolean departments) {
        Query title = bigramPhrase(fields.titleBigrams(), text);
        if (title == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(title), TITLE_BOOST), Occur.SHOULD)
                .add(new ConstantScoreQuery(bigramPhrase(fields.textBigrams(), text)), Occur.SHOULD);
        if (fields.headingBigrams() != null) {
            b.add(new BoostQuery(new ConstantScoreQuery(bigramPhrase(fields.headingBigrams(), text)), HEADING_BOOST),
                    Occur.SHOULD);
        }
        if (departments && fields.departments()) {
            b.add(new BoostQuery(new ConstantScoreQuery(bigramPhrase(Schema.DEPT_BIGRAMS, text)), DEPARTMENT_BOOST),
                    Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(bigramPhrase(Schema.LEAD_BIGRAMS, text)), LEAD_BOOST),
                    Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(bigramPhrase(Schema.RESPONSIBLE_BIGRAMS, text)),
                    RESPONSIBLE_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Ranks the tasks a body (a department facet value) takes part in by its role, from the department facets'
     * terms: {@link #DEPARTMENT_BOOST} in any role, {@link #LEAD_BOOST} more when it leads, {@link #RESPONSIBLE_BOOST}
     * more when it is responsible. The same scores as {@link #exact} gives a body's name among the departments, read
     * from single terms rather than phrases over the name's bigrams.
     */
    static Query roles(String name) {
        return new BooleanQuery.Builder()
                .add(facetTerm(Schema.DIM_DEPARTMENT, name, DEPARTMENT_BOOST), Occur.SHOULD)
                .add(facetTerm(Schema.DIM_DEPT_ROLE, Schema.deptRole(Role.LEAD.id(), name), LEAD_BOOST), Occur.SHOULD)
                .add(facetTerm(Schema.DIM_DEPT_ROLE, Schema.deptRole(Role.RESPONSIBLE.id(), name), RESPONSIBLE_BOOST),
                        Occur.SHOULD)
                .build();
    }

    private static Query facetTerm(String dim, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(
                DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, value))), boost);
    }

    /** A phrase over the bigram field: each bigram, plus unigrams and Latin words no bigram covers. */
    Query bigramPhrase(String field, String text) {
        List<Analysis.Token> tokens = phraseTokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        tokens.forEach(t -> pb.add(new Term(field, t.term()), t.position()));
        return pb.build();
    }

    /** The bigram-field tokens that pin down a character run: bigrams, and what no bigram covers. */
    private List<Analysis.Token> phraseTokens(String field, String text) {
        List<Analysis.Token> tokens = Analysis.tokens(schema.bigrams(), field, text);
        Set<Integer> bigramStarts = new java.util.HashSet<>();
        tokens.stream().filter(t -> t.length() == 2).forEach(t -> bigramStarts.add(t.position()));
        return tokens.stream().filter(t -> t.length() == 2
                || !(bigramStarts.contains(t.position()) || bigramStarts.contains(t.position() - 1))).toList();
    }

    /**
     * Proximity bonus: the pieces in their order within a few characters of each other (药品耗材价格 for 药品价格),
     * in the title (boosted) or the text; null if the pieces have no tokens.
     */
    Query near(List<String> chunks) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : List.of(fields.titleBigrams(), fields.textBigrams())) {
            PhraseQuery.Builder pb = new PhraseQuery.Builder().setSlop(NEAR_SLOP);
            int offset = 0;
            int terms = 0;
            for (String chunk : chunks) {
                int last = 0;
                for (Analysis.Token t : phraseTokens(field, chunk)) {
                    pb.add(new Term(field, t.term()), offset + t.position());
                    last = Math.max(last, t.position());
                    terms++;
                }
                offset += last + 2;
            }
            if (terms == 0) {
                return null;
            }
            Query q = new ConstantScoreQuery(pb.build());
            b.add(field.equals(fields.titleBigrams()) ? new BoostQuery(q, TITLE_BOOST) : q, Occur.SHOULD);
        }
        return b.build();
    }
}
