package policysearch.index;

import policysearch.fixtures.WithSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Token lists asserted exactly, so a change in analysis behaviour is seen. */
class AnalyzersTest extends WithSchema {

    @Test
    void smartcnSplitsUnknownAbbreviationsIntoSingleCharacters() throws IOException {
        // The known quirk that makes a plain smartcn set-up OR single characters.
        assertEquals(List.of("医", "保"), tokens(schema.words(), "医保"));
        assertEquals(List.of("医", "保", "支付", "方式", "改革"), tokens(schema.words(), "医保支付方式改革"));
        assertEquals(List.of("卫", "健", "委"), tokens(schema.words(), "卫健委"));
        assertEquals(List.of("分级", "诊疗"), tokens(schema.words(), "分级诊疗"));
    }

    @Test
    void bigramFieldEmitsUnigramsAndOverlappingBigrams() throws IOException {
        assertEquals(List.of("医", "医保", "保"), tokens(schema.bigrams(), "医保"));
        assertEquals(List.of("卫", "卫健", "健", "健委", "委"), tokens(schema.bigrams(), "卫健委"));
    }

    @Test
    void bigramFieldLowerCasesAndFoldsWidthOfLatin() throws IOException {
        assertEquals(List.of("drg", "dip", "付", "付费", "费"), tokens(schema.bigrams(), "DRG/DIP付费"));
        assertEquals(List.of("drg"), tokens(schema.bigrams(), "ＤＲＧ"));
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }
}
