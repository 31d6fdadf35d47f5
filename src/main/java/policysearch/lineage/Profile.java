package policysearch.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.search.Hit;

/**
 * A task's wording as bigram counts: every pair of adjacent CJK characters (a lone character counts as itself)
 * and every Latin or digit run (DRG, 2020), for the whole task and for each sentence. Punctuation separates
 * runs, so full- and half-width commas read alike.
 */
record Profile(Map<String, Integer> whole, List<Map<String, Integer>> sentences) {
    private static final Pattern RUN = Pattern.compile("\\p{IsHan}+|[\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");

    /** The profile of a task: its title and text (the text usually opens with the title). */
    static Profile of(Hit task) {
        return of(task.text().startsWith(task.title()) ? task.text() : task.title() + "。" + task.text());
    }

    /** The profile of a text. */
    static Profile of(String text) {
        List<Map<String, Integer>> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            Map<String, Integer> b = bigrams(s);
            if (!b.isEmpty()) {
                sentences.add(b);
            }
        }
        return new Profile(bigrams(text), List.copyOf(sentences));
    }

    /** Bigram counts of {@code text}. */
    static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (!Character.isIdeographic(run.codePointAt(0))) {
                out.merge(run.toLowerCase(Locale.ROOT), 1, Integer::sum);
                continue;
            }
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) {
                out.merge(run, 1, Integer::sum);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.merge(new String(cps, i, 2), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Number of bigrams counted (with repeats). */
    static int size(Map<String, Integer> bigrams) {
        return bigrams.values().stream().mapToInt(Integer::intValue).sum();
    }
}
