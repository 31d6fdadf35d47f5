package policysearch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The two analyzers of the schema: smartcn words for ranking, CJK bigrams for exact matching. */
public final class Analyzers {
    private Analyzers() {
    }

    /** smartcn word segmentation (with its stop set); loads a ~0.5 s dictionary, so build it once. */
    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    /**
     * Overlapping CJK bigrams plus unigrams: 医保 → 医, 医保, 保. Bigrams sit at the position of their first
     * character, so a phrase of bigrams matches an exact character run whatever the dictionary knows;
     * unigrams let a one-character query match. Latin is lower-cased and full-width forms folded (ＤＲＧ → drg).
     */
    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new CJKWidthFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
                return new TokenStreamComponents(source, ts);
            }

            /** A wide gap between the values of a multi-valued field, so no phrase spans two department names. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }
}
