package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import policysearch.index.Schema;

/**
 * Splits a query word into the pieces that must all match: smartcn words, with runs of single
 * characters (what smartcn emits for words it does not know, 医保 → 医|保) glued back together and a lone
 * character attached to its neighbour. 医保支付方式改革 → 医保 | 支付 | 方式 | 改革.
 */
final class Chunker {
    private final Analyzer words;

    Chunker(Analyzer words) {
        this.words = words;
    }

    /** The required pieces of {@code word}, as substrings of it. */
    List<String> chunks(String word) {
        List<int[]> spans = new ArrayList<>();
        for (Analysis.Token t : Analysis.tokens(words, Schema.TEXT_WORDS, word)) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            boolean single = t.end() - t.start() == 1;
            if (last != null && single && last[1] == t.start() && last[2] == 1) {
                last[1] = t.end(); // extend a run of single characters
            } else {
                spans.add(new int[] {t.start(), t.end(), single ? 1 : 0});
            }
        }
        // A run that is still one character long joins the adjacent piece (next first, then previous).
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s[1] - s[0] != 1 || spans.size() == 1) {
                continue;
            }
            if (i + 1 < spans.size() && spans.get(i + 1)[0] == s[1]) {
                spans.get(i + 1)[0] = s[0];
                spans.remove(i--);
            } else if (i > 0 && spans.get(i - 1)[1] == s[0]) {
                spans.get(i - 1)[1] = s[1];
                spans.remove(i--);
            }
        }
        return spans.stream().map(s -> word.substring(s[0], s[1])).toList();
    }
}
