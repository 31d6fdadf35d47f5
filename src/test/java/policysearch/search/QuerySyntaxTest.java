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
    void operatorsWorkInAnyLetterCase() {
        for (String or : List.of("OR", "or", "Or")) {
            assertEquals(List.of(List.of(w("a"), w("b"))), QuerySyntax.parse("a " + or + " b").groups(), or);
        }
        for (String not : List.of("NOT", "not", "Not")) {
            ParsedQuery q = QuerySyntax.parse("医保 " + not + " 支付");
            assertEquals(List.of(List.of(w("医保"))), q.groups(), not);
            assertEquals(List.of(w("支付")), q.exclusions(), not);
            assertNull(q.notice());
        }
        for (String and : List.of("AND", "and", "And")) {
            ParsedQuery q = QuerySyntax.parse("医保 " + and + " 支付");
            assertEquals(List.of(List.of(w("医保")), List.of(w("支付"))), q.groups(), and);
            assertNull(q.notice());
        }
    }

    @Test
    void notExcludesWordsAndPhrasesAndCombinesWithAnd() {
        ParsedQuery q = QuerySyntax.parse("医保 AND NOT \"支付方式\" not 药品");
        assertEquals(List.of(List.of(w("医保"))), q.groups());
        assertEquals(List.of(p("支付方式"), w("药品")), q.exclusions());
        assertNull(q.notice());
        assertEquals(List.of(w("医保")), QuerySyntax.parse("NOT 医保").exclusions(), "a query of exclusions only");
    }

    @Test
    void aSlashBetweenLatinTermsMeansOr() {
        assertEquals(List.of(List.of(w("DRG"), w("DIP"))), QuerySyntax.parse("DRG/DIP").groups());
        assertEquals(List.of(List.of(w("DRG"), w("DIP"))), QuerySyntax.parse("DRG / DIP").groups());
        assertEquals(List.of(List.of(w("DRG付费"), w("DIP付费")), List.of(w("改革"))),
                QuerySyntax.parse("DRG/DIP付费 改革").groups(), "the Chinese around the terms goes with each");
        assertEquals(List.of(w("DRG"), w("DIP")), QuerySyntax.parse("医保 -DRG/DIP").exclusions());
        assertEquals(List.of(List.of(w("医保/医疗"))), QuerySyntax.parse("医保/医疗").groups(), "not Latin terms");
        assertEquals(List.of(List.of(w("2020/2021"))), QuerySyntax.parse("2020/2021").groups(), "digits only");
        assertNull(QuerySyntax.parse("DRG/DIP").notice());
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
        for (String q : List.of("AND 医保", "医保 and", "医保 NOT", "医保 OR NOT 支付", "医保 NOT NOT 支付", "医保 AND OR 支付",
                "医保 NOT -支付")) {
            assertEquals(QuerySyntax.PLAIN_TEXT_NOTICE, QuerySyntax.parse(q).notice(), q);
        }
        assertEquals(List.of(w("支付")), QuerySyntax.parse("医保 NOT -支付").exclusions(), "still left out");
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
