package policysearch.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policysearch.search.DocumentDetail;
import policysearch.search.Hit;

/**
 * The counterparts found on the seeds against the hand-checked mapping ({@code counterparts.tsv}): top-1 accuracy
 * per local document, every merged second counterpart one the reading accepts, and the sweep the thresholds were
 * calibrated on, printed.
 */
class CounterpartsTest extends SeedLineage {
    /** Local task id → acceptable national counterparts, the main one first; empty for none. */
    private static final Map<String, List<String>> GOLD = new LinkedHashMap<>();

    @BeforeAll
    static void readGold() throws IOException {
        try (InputStream in = CounterpartsTest.class.getResourceAsStream("counterparts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                GOLD.put(cols[0], cols[1].equals("-") ? List.of() : Arrays.asList(cols[1].split(",")));
            }
        }
    }

    private static List<Hit> tasks(String doc) {
        return service.document(doc).map(DocumentDetail::tasks).orElseThrow();
    }

    private static Map<String, List<CounterpartMatcher.Candidate>> candidates(String local) {
        return CounterpartMatcher.candidates(tasks(local), tasks(NATIONAL));
    }

    @Test
    void everyLocalTaskIsCheckedByHand() {
        List<String> ids = new ArrayList<>();
        for (String doc : List.of(CHONGQING, SICHUAN)) {
            tasks(doc).forEach(t -> ids.add(t.id()));
        }
        assertEquals(ids, List.copyOf(GOLD.keySet()));
    }

    @Test
    void counterpartsMatchTheHandCheckedMapping() {
        List<String> wrong = new ArrayList<>();
        for (String doc : List.of(CHONGQING, SICHUAN)) {
            int right = 0;
            int total = 0;
            for (CounterpartMatcher.Match m : CounterpartMatcher.match(tasks(doc), tasks(NATIONAL))) {
                List<String> gold = GOLD.get(m.local().id());
                List<String> found = m.counterparts().stream().map(c -> c.task().id()).toList();
                boolean top1 = found.isEmpty() ? gold.isEmpty() : !gold.isEmpty() && gold.contains(found.get(0));
                right += top1 ? 1 : 0;
                total++;
                if (!top1 || !gold.containsAll(found)) {
                    wrong.add(m.local().id() + " found " + found + ", hand-checked " + gold);
                }
            }
            System.out.printf(Locale.ROOT, "counterparts %s → %s: top-1 %d/%d = %.3f%n", doc, NATIONAL, right, total,
                    (double) right / total);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void mergedTasksGetBothNationalCounterparts() {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        int accepted = 0;
        for (CounterpartMatcher.Match m : CounterpartMatcher.match(tasks(SICHUAN), tasks(NATIONAL))) {
            accepted += GOLD.get(m.local().id()).size() > 1 ? 1 : 0;
            if (m.counterparts().size() == 2) {
                merged.put(m.local().id(), m.counterparts().stream().map(c -> c.task().id()).toList());
                assertTrue(m.counterparts().get(1).merged());
            }
        }
        System.out.printf(Locale.ROOT, "second counterparts: %d found (all accepted by the reading); the reading "
                + "accepts a second one for %d Sichuan tasks%n", merged.size(), accepted);
        assertEquals(List.of(task(NATIONAL, 1), task(NATIONAL, 3)), merged.get(task(SICHUAN, 1)));
        assertEquals(List.of(task(NATIONAL, 13), task(NATIONAL, 23)), merged.get(task(SICHUAN, 12)),
                "the second half comes from another section");
        System.out.println("merged: " + merged);
    }

    @Test
    void aTaskTheNationalDocumentLacksGetsNone() {
        List<CounterpartMatcher.Match> sichuan = CounterpartMatcher.match(tasks(SICHUAN), tasks(NATIONAL));
        assertEquals(List.of(), sichuan.get(29).counterparts(), "加强川渝医疗卫生协作");
    }

    /** Top-1 accuracy over both local documents as the threshold moves; the chosen one must be on the plateau. */
    @Test
    void thresholdCalibration() {
        Map<String, List<CounterpartMatcher.Candidate>> all = new LinkedHashMap<>(candidates(CHONGQING));
        all.putAll(candidates(SICHUAN));
        System.out.println("threshold calibration (top-1 accuracy over " + all.size() + " local tasks; "
                + "a merged second counterpart is right when the hand-checked reading accepts it):");
        System.out.println("  threshold  top-1  seconds(right/all) @ merge 0.45");
        double best = 0;
        double chosen = 0;
        for (int i = 2; i <= 30; i += 2) {
            double t = i / 100.0;
            double[] r = score(all, t, CounterpartMatcher.MERGE_SENTENCE);
            best = Math.max(best, r[0]);
            if (Math.abs(t - CounterpartMatcher.THRESHOLD) < 1e-9) {
                chosen = r[0];
            }
            System.out.printf(Locale.ROOT, "  %.2f       %.3f  %d/%d%n", t, r[0], (int) r[1], (int) r[2]);
        }
        System.out.println("  merge  seconds(right/all) @ threshold " + CounterpartMatcher.THRESHOLD);
        for (int i = 25; i <= 70; i += 5) {
            double m = i / 100.0;
            double[] r = score(all, CounterpartMatcher.THRESHOLD, m);
            System.out.printf(Locale.ROOT, "  %.2f   %d/%d%n", m, (int) r[1], (int) r[2]);
        }
        List<Double> weakest = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        all.forEach((id, ranked) -> (GOLD.get(id).isEmpty() ? none : weakest).add(ranked.get(0).score()));
        weakest.sort(null);
        System.out.printf(Locale.ROOT, "  best score of the tasks without a counterpart: %s; weakest true ones: %s%n",
                none.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList(),
                weakest.subList(0, 5).stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
        assertEquals(best, chosen, "the calibrated threshold gives the best top-1 accuracy");
        assertEquals(1.0, chosen);
    }

    /** {top-1 accuracy, acceptable second counterparts, second counterparts} at these thresholds. */
    private static double[] score(Map<String, List<CounterpartMatcher.Candidate>> all, double threshold,
                                  double merge) {
        int right = 0;
        int secondsRight = 0;
        int seconds = 0;
        for (var e : all.entrySet()) {
            List<String> gold = GOLD.get(e.getKey());
            List<Counterpart> found = CounterpartMatcher.choose(e.getValue(), threshold, merge);
            right += found.isEmpty() ? (gold.isEmpty() ? 1 : 0)
                    : (gold.contains(found.get(0).task().id()) ? 1 : 0);
            if (found.size() == 2) {
                seconds++;
                secondsRight += gold.contains(found.get(1).task().id()) ? 1 : 0;
            }
        }
        return new double[] {(double) right / all.size(), secondsRight, seconds};
    }
}
