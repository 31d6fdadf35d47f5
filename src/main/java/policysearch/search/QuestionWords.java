package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import policysearch.index.Schema;

/**
 * The words of a question typed into the search box (医保怎么报销, 看中医能报销吗, 哪些药可以报销): no task is written
 * as a question, so its interrogative words (怎么, 如何, 吗, 哪些, 是否, 能不能, 有没有 …), and in a question the modal
 * and copular words around them (能, 可以, 是, 有), are not searched. A word with no interrogative word is left alone
 * (能力 and 可以 stay text in 提升能力 or 可以报销的药品 typed as a statement), and so is a word that would keep
 * fewer than {@value #LEFT} characters.
 */
final class QuestionWords {
    /** Words that make a query a question. */
    private static final Set<String> INTERROGATIVE = Set.of("吗", "呢", "嘛", "么", "怎么", "怎么样", "怎样", "如何",
            "什么", "为什么", "为何", "哪些", "哪个", "哪里", "哪儿", "哪", "是否", "能否", "可否", "请问", "多少");
    /** Modal and copular words, not searched in a question. */
    private static final Set<String> MODAL = Set.of("能", "可以", "可", "以", "是", "有", "要", "会", "该", "应该",
            "的", "了", "吧", "啊", "呀", "我", "我们", "想");
    /** What stands between the two halves of 能不能, 有没有, 是不是. */
    private static final Set<String> NOT = Set.of("不", "没");
    /** Least characters a word keeps for its question words to be dropped. */
    static final int LEFT = 2;
    private static final Analyzer WORDS = new SmartChineseAnalyzer(false);

    /** A word with its question words taken out, and those words as typed (none when nothing was taken). */
    record Stripped(String text, List<String> dropped) {
    }

    private QuestionWords() {
    }

    /** {@code word} without its question words, when it is a question; else {@code word} unchanged. */
    static Stripped strip(String word) {
        List<Analysis.Token> tokens = Analysis.tokens(WORDS, Schema.TEXT_WORDS, word);
        boolean[] drop = new boolean[tokens.size()];
        boolean question = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).term();
            question |= INTERROGATIVE.contains(t);
            drop[i] |= INTERROGATIVE.contains(t) || MODAL.contains(t);
            if (i + 2 < tokens.size() && NOT.contains(tokens.get(i + 1).term())
                    && t.equals(tokens.get(i + 2).term())) {
                drop[i] = drop[i + 1] = drop[i + 2] = true; // 能不能, 有没有, 是不是
                question = true;
            }
        }
        if (!question) {
            return new Stripped(word, List.of());
        }
        StringBuilder kept = new StringBuilder();
        List<String> dropped = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Analysis.Token t = tokens.get(i);
            if (drop[i]) {
                kept.append(word, from, t.start()).append(' ');
                dropped.add(word.substring(t.start(), t.end()));
                from = t.end();
            }
        }
        kept.append(word.substring(from));
        String text = kept.toString().strip().replaceAll("\\s+", " ");
        if (text.replace(" ", "").length() < LEFT) {
            return new Stripped(word, List.of());
        }
        return new Stripped(text, List.copyOf(dropped));
    }
}
