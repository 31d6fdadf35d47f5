package policysearch.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import policysearch.fixtures.WithOpenSearch;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * The cluster's analysis of each kind of field gives exactly the embedded analyzers' tokens and positions (smartcn
 * words; CJK bigrams with unigrams, width folding and lower case), so the engines index the same terms.
 */
@ExtendWith(WithOpenSearch.class)
class AnalysisParityTest {
    static final List<String> TEXTS = List.of("深化医药卫生体制改革2021年重点工作任务", "推进医保支付方式改革（国家医保局、财政部负责）",
            "DRG/DIP付费", "ＤＲＧ付费改革", "“互联网+医疗健康”", "3.5亿元，60岁以上老年人", "医保 CT检查结果互认，全面推开");

    @Test
    void wordsAndBigramsAreAnalysedAsEmbedded() throws IOException {
        try (Cluster cluster = Cluster.connect(WithOpenSearch.seeded());
             Analyzer words = Analyzers.words(); Analyzer bigrams = Analyzers.bigrams()) {
            for (String text : TEXTS) {
                assertEquals(tokens(words, text), analyze(cluster, Schema.TEXT_WORDS, text), text);
                assertEquals(tokens(bigrams, text), analyze(cluster, Schema.TEXT_BIGRAMS, text), text);
            }
        }
    }

    private static List<String> analyze(Cluster cluster, String field, String text) {
        JsonNode answer = cluster.send("POST", "/" + IndexLayout.ALIAS + "/_analyze",
                JsonNodeFactory.instance.objectNode().put("field", field).put("text", text));
        List<String> out = new ArrayList<>();
        answer.path("tokens").forEach(t -> out.add(t.path("token").asText() + "@" + t.path("position").asInt()));
        return out;
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }
}
