package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import policysearch.search.ParsedQuery.Part;

class QuerySyntaxTest {

    private static Part w(String s) {
        return new Part(s, false);
    }

    private static Part p(String s) {
        return new Part(s, true);
    }

    @Test
    void wordsAreAllRequired() {
        ParsedQuery q = QuerySyntax.parse("医保  DRG");
        assertEquals(List.of(List.of(w("医保")), List.of(w("DRG"))), q.groups());
        assertNull(q.notice());
    }

    @Test
    void quotedPhrasesKeepSpacesAndFullWidthQuotesWork() {
        assertEquals(List.of(List.of(p("家庭医生 签约"))), QuerySyntax.parse("\"家庭医生 签约\"").groups());
        assertEquals(List.of(List.of(p("家庭医生"))), QuerySyntax.parse("“家庭医生”").groups());
    }

    @Test
    void minusExcludesWordsAndPhrases() {
        ParsedQuery q = QuerySyntax.parse("分级诊疗 -城市 -\"医疗集团\"");
        assertEquals(List.of(List.of(w("分级诊疗"))), q.groups());
        assertEquals(List.of(w("城市"), p("医疗集团")), q.exclusions());
        assertNull(q.notice());
    }

    @Test
    void hyphenInsideAWordIsNotAnExclusion() {
        assertEquals(List.of(List.of(w("COVID-19"))), QuerySyntax.parse("COVID-19").groups());
    }

    @Test
    void orJoinsNeighboursIntoOneGroup() {
        ParsedQuery q = QuerySyntax.parse("医联体 OR 医共体 OR \"城市医疗集团\" 建设");
        assertEquals(List.of(List.of(w("医联体"), w("医共体"), p("城市医疗集团")), List.of(w("建设"))), q.groups());
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertEquals(List.of(List.of(w("a")), List.of(w("or")), List.of(w("b"))), QuerySyntax.parse("a or b").groups());
    }

    @Test
    void unbalancedQuoteDegradesToPlainTextWithNotice() {
        ParsedQuery q = QuerySyntax.parse("\"家庭医生 签约");
        assertEquals(List.of(List.of(w("家庭医生")), List.of(w("签约"))), q.groups());
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, q.notice());
    }

    @Test
    void strayOperatorsAreDroppedWithNotice() {
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse("医保 -").notice());
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse("OR 医保").notice());
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse("医保 OR").notice());
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse("医保 OR OR 医疗").notice());
        assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse("\"\" 医保").notice());
        assertEquals(List.of(List.of(w("医保"))), QuerySyntax.parse("OR 医保").groups());
    }

    @Test
    void invisibleCharactersAreDroppedAndControlCharactersSeparateWords() {
        assertEquals(List.of(List.of(w("医保支付")), List.of(w("家庭医生"))),
                QuerySyntax.parse("医保\u200b支付\ufeff \u202e家庭医生\u2066").groups());
        assertEquals(List.of(List.of(w("医保")), List.of(w("支付"))), QuerySyntax.parse("医保\u0000支付").groups());
        assertEquals(List.of(List.of(w("医保")), List.of(w("支付"))), QuerySyntax.parse("医保\u00a0支付").groups());
        assertEquals(List.of(List.of(w("医保😀"))), QuerySyntax.parse("\ud800医保\ud83d\ude00\udfff").groups());
        assertEquals(List.of(p("家庭医生")), QuerySyntax.parse("-\"家庭\u00ad医生\"").exclusions());
    }

    @Test
    void aLongWordIsCutBetweenCharactersNeverInsideOne() {
        ParsedQuery q = QuerySyntax.parse("医".repeat(39) + "😀医");
        assertEquals(List.of(List.of(w("医".repeat(39)))), q.groups());
        assertEquals(QuerySyntax.TOO_LONG_NOTICE, q.notice());
        assertEquals(List.of(List.of(w("医".repeat(38) + "😀"))), QuerySyntax.parse("医".repeat(38) + "😀医").groups());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "OR", "-\"", "(医保", "医保)", "a:b", "*", "?", "~2", "^3", "\\", "[1 TO 2]",
            "{}", "&& ||", "!", "/", "+医保", "- - -", "\"\"\"", "AND", "NOT 医保"})
    void luceneSpecialCharactersNeverThrow(String q) {
        assertDoesNotThrow(() -> QuerySyntax.parse(q));
    }
}
