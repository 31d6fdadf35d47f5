package policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** Runs an analyzer over query text and returns its tokens with positions and offsets. */
final class Analysis {
    private Analysis() {
    }

    /** One token: text, position, position length (2 for a CJK bigram), and its span in the input. */
    record Token(String term, int position, int length, int start, int end) {
    }

    /** The tokens of {@code text} as {@code analyzer} emits them for {@code field}. */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos, len.getPositionLength(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** The terms of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return tokens(analyzer, field, text).stream().map(Token::term).toList();
    }
}
