package policysearch.lineage;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Weighted bigram overlap (Dice) between tasks of one pool: each bigram counts by its rarity among the pool's
 * tasks (log(1 + N/df)), so the register every task shares (推进, 医疗机构) weighs little and the words
 * that make a task its own weigh much. 1 for the same wording, 0 for nothing in common.
 */
final class Similarity {
    /** A sentence shorter than this many bigrams is not compared on its own (加强监督考核 matches too much). */
    static final int MIN_SENTENCE = 6;

    private final Map<String, Integer> df = new HashMap<>();
    private final int n;

    Similarity(Collection<Profile> pool) {
        for (Profile p : pool) {
            p.whole().keySet().forEach(b -> df.merge(b, 1, Integer::sum));
        }
        this.n = Math.max(1, pool.size());
    }

    /** Weighted Dice of two bigram profiles. */
    double dice(Map<String, Integer> a, Map<String, Integer> b) {
        double shared = 0;
        for (var e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other) * weight(e.getKey());
            }
        }
        double total = mass(a) + mass(b);
        return total == 0 ? 0 : 2 * shared / total;
    }

    /** Weighted Dice of two tasks as wholes. */
    double dice(Profile a, Profile b) {
        return dice(a.whole(), b.whole());
    }

    /**
     * For each sentence of {@code a}, its best weighted Dice with any sentence of {@code b}; 0 for a sentence too
     * short to judge.
     */
    double[] sentences(Profile a, Profile b) {
        double[] out = new double[a.sentences().size()];
        for (int i = 0; i < out.length; i++) {
            Map<String, Integer> s = a.sentences().get(i);
            if (Profile.size(s) < MIN_SENTENCE) {
                continue;
            }
            for (Map<String, Integer> t : b.sentences()) {
                out[i] = Math.max(out[i], dice(s, t));
            }
        }
        return out;
    }

    private double mass(Map<String, Integer> bigrams) {
        double m = 0;
        for (var e : bigrams.entrySet()) {
            m += e.getValue() * weight(e.getKey());
        }
        return m;
    }

    private double weight(String bigram) {
        return Math.log(1 + (double) n / df.getOrDefault(bigram, 1));
    }
}
