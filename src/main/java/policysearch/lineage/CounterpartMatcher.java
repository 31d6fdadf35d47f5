package policysearch.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.search.Hit;

/**
 * Matches the tasks of a local document to those of the document it implements, by content: local documents keep
 * the national wording or renumber, merge, split and rewrite tasks, so the task number only breaks near ties.
 * Only the two documents' tasks are compared (bigram weights from those tasks alone), so the cost is per document
 * pair, whatever the size of the index.
 */
final class CounterpartMatcher {
    /**
     * Least score for a counterpart, calibrated on the hand-checked seed mapping (CounterpartsTest prints the
     * sweep): the weakest true counterparts share a sentence or two with their national task (0.16–0.22); a local
     * task the national document does not have shares only the register (0.09).
     */
    static final double THRESHOLD = 0.12;
    /**
     * A second counterpart needs a sentence of the local task this close to one of its sentences, and closer than
     * to any sentence of the first: a merge copies sentences, a mere shared theme does not (at most 0.39 on the
     * seeds).
     */
    static final double MERGE_SENTENCE = 0.45;
    /** Added to the ranking (not the score) when the numbers agree: a hint for near ties, no more. */
    static final double NUMBER_HINT = 0.02;

    /**
     * One parent task scored against a local task: whole-task Dice and, per local sentence, its best Dice with a
     * parent sentence.
     */
    record Candidate(Hit task, double dice, double[] sentences) {
        /** The best sentence Dice; the whole-task Dice when no sentence is long enough to judge. */
        double bestSentence() {
            double best = 0;
            for (double s : sentences) {
                best = Math.max(best, s);
            }
            return best > 0 ? best : dice;
        }

        /**
         * √(whole-task Dice × best sentence Dice): a counterpart shares wording overall and at least one sentence
         * nearly; a shared theme gives the first without the second, a single borrowed sentence the second alone.
         */
        double score() {
            return Math.sqrt(dice * bestSentence());
        }
    }

    /** A local task and its counterparts (empty: the parent has none). */
    record Match(Hit local, List<Counterpart> counterparts) {
    }

    private CounterpartMatcher() {
    }

    /** Each local task with its counterparts, in document order. */
    static List<Match> match(List<Hit> local, List<Hit> parent) {
        Map<String, List<Candidate>> candidates = candidates(local, parent);
        return local.stream().map(l -> new Match(l, choose(candidates.get(l.id()), THRESHOLD, MERGE_SENTENCE)))
                .toList();
    }

    /** Every parent task scored against each local task, best first. */
    static Map<String, List<Candidate>> candidates(List<Hit> local, List<Hit> parent) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        local.forEach(t -> profiles.put(t.id(), Profile.of(t)));
        parent.forEach(t -> profiles.put(t.id(), Profile.of(t)));
        Similarity similarity = new Similarity(profiles.values());
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        for (Hit l : local) {
            Profile lp = profiles.get(l.id());
            List<Candidate> ranked = new ArrayList<>(parent.size());
            for (Hit p : parent) {
                Profile pp = profiles.get(p.id());
                ranked.add(new Candidate(p, similarity.dice(lp, pp), similarity.sentences(lp, pp)));
            }
            ranked.sort(Comparator.comparingDouble((Candidate c) -> rank(l, c)).reversed());
            out.put(l.id(), List.copyOf(ranked));
        }
        return out;
    }

    /**
     * The counterparts among ranked candidates: the first when it reaches {@code threshold}, then the candidate
     * with a sentence closest to one of the local task's (at least {@code merge}, and closer than the first's),
     * marked as merged.
     */
    static List<Counterpart> choose(List<Candidate> ranked, double threshold, double merge) {
        if (ranked.isEmpty() || ranked.get(0).score() < threshold) {
            return List.of();
        }
        Candidate first = ranked.get(0);
        Candidate second = null;
        double secondBest = merge;
        for (Candidate c : ranked.subList(1, ranked.size())) {
            for (int i = 0; i < c.sentences().length; i++) {
                if (c.sentences()[i] >= secondBest && c.sentences()[i] > first.sentences()[i]) {
                    second = c;
                    secondBest = c.sentences()[i];
                }
            }
        }
        Counterpart main = new Counterpart(first.task(), first.score(), false);
        return second == null ? List.of(main)
                : List.of(main, new Counterpart(second.task(), second.score(), true));
    }

    private static double rank(Hit local, Candidate c) {
        return c.score() + (local.no() == c.task().no() ? NUMBER_HINT : 0);
    }
}
