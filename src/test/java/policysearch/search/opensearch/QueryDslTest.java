package policysearch.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

/** Each Lucene query the pipeline builds, and the query DSL it becomes, asserted exactly. */
class QueryDslTest {

    @Test
    void termsAreSentAsAnalysedAndBoostsLandWhereOpenSearchReadsThem() {
        assertEquals("{\"term\":{\"title_zh\":{\"value\":\"医保\",\"boost\":3.0}}}",
                QueryDsl.of(new BoostQuery(new TermQuery(new Term("title_zh", "医保")), 3f)).toString());
        assertEquals("{\"constant_score\":{\"filter\":{\"term\":{\"kind\":{\"value\":\"task\"}}},\"boost\":0.5}}",
                QueryDsl.of(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("kind", "task"))), 0.5f))
                        .toString());
    }

    @Test
    void aPhraseKeepsItsPositionsWithAGapTokenForEachHole() {
        PhraseQuery p = new PhraseQuery.Builder().add(new Term("text_bi", "药品"), 0).add(new Term("text_bi", "价格"),
                3).setSlop(6).build();
        assertEquals("{\"match_phrase\":{\"text_bi\":{\"query\":\"药品 \u2400 \u2400 价格\",\"analyzer\":\"phrase_terms\","
                + "\"slop\":6}}}", QueryDsl.of(p).toString());
        PhraseQuery one = new PhraseQuery.Builder().add(new Term("text_bi", "医保"), 0).build();
        assertEquals("{\"term\":{\"text_bi\":{\"value\":\"医保\"}}}", QueryDsl.of(one).toString());
    }

    @Test
    void booleanQueriesKeepOccurAndMinimumShouldMatch() {
        BooleanQuery b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(new TermQuery(new Term("f", "a")), Occur.SHOULD).add(new TermQuery(new Term("f", "b")), Occur.SHOULD)
                .add(new TermQuery(new Term("f", "c")), Occur.SHOULD).add(new TermQuery(new Term("f", "d")),
                        Occur.MUST_NOT).build();
        assertEquals("{\"bool\":{\"should\":[{\"term\":{\"f\":{\"value\":\"a\"}}},{\"term\":{\"f\":{\"value\":\"b\"}}},"
                + "{\"term\":{\"f\":{\"value\":\"c\"}}}],\"must_not\":[{\"term\":{\"f\":{\"value\":\"d\"}}}],"
                + "\"minimum_should_match\":2}}", QueryDsl.of(b).toString());
    }

    @Test
    void exclusionsAloneOrNoClauseMatchNothingAsInLucene() {
        assertEquals("{\"match_none\":{}}", QueryDsl.of(new BooleanQuery.Builder().build()).toString());
        assertEquals("{\"match_none\":{}}", QueryDsl.of(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("f", "a")), Occur.MUST_NOT).build()).toString());
    }

    @Test
    void dismaxKeepsItsTieBreaker() {
        var d = new DisjunctionMaxQuery(java.util.List.of(new TermQuery(new Term("f", "a"))), 0.1f);
        assertEquals("{\"dis_max\":{\"tie_breaker\":0.1,\"queries\":[{\"term\":{\"f\":{\"value\":\"a\"}}}]}}",
                QueryDsl.of(d).toString());
    }

    @Test
    void aDrillDownFiltersOnTheDimensionsKeywordField() {
        DrillDownQuery q = new DrillDownQuery(new FacetsConfig(), new TermQuery(new Term("kind", "task")));
        q.add("year", "2020");
        q.add("year", "2021");
        assertEquals("{\"bool\":{\"must\":[{\"term\":{\"kind\":{\"value\":\"task\"}}}],\"filter\":[{\"bool\":{\"should\":"
                + "[{\"term\":{\"facet_year\":{\"value\":\"2020\"}}},{\"term\":{\"facet_year\":{\"value\":\"2021\"}}}]}}]}}",
                QueryDsl.of(q).toString());
    }

    @Test
    void aQueryTypeThePipelineNeverBuildsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueryDsl.of(new WildcardQuery(new Term("f", "a*"))));
    }
}
