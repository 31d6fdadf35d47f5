package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every task's facet labels held in memory as global ordinals, one array for the whole snapshot (about 4 bytes per
 * label a task carries), so counting the facets of any set of tasks is a pass over plain arrays: over the set, or
 * over the tasks outside it when that is smaller (corpus counts minus theirs). Built once per snapshot.
 */
final class FacetOrdinals {
    private final int[] start;
    private final int[] ords;
    private final FixedBitSet tasks;
    private final int taskCount;
    private final int[] corpusCounts;
    /** Per Lucene dimension: its first ordinal and one past its last (ordinals of a dimension are contiguous). */
    private final Map<String, int[]> ranges;
    private final String[] labels;

    private FacetOrdinals(int[] start, int[] ords, FixedBitSet tasks, int[] corpusCounts, Map<String, int[]> ranges,
                          String[] labels) {
        this.start = start;
        this.ords = ords;
        this.tasks = tasks;
        this.taskCount = tasks.cardinality();
        this.corpusCounts = corpusCounts;
        this.ranges = ranges;
        this.labels = labels;
    }

    /** Reads the ordinals of every task ({@code tasks}: the task records, live) from the facet state. */
    static FacetOrdinals read(SortedSetDocValuesReaderState state, FixedBitSet tasks) throws IOException {
        int maxDoc = tasks.length();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int n = 0;
        int size = state.getSize();
        int[] corpus = new int[size];
        SortedSetDocValues dv = state.getDocValues();
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) {
                start[next++] = n;
            }
            boolean task = tasks.get(doc);
            for (int i = dv.docValueCount(); i > 0; i--) {
                int ord = (int) dv.nextOrd();
                if (n == ords.length) {
                    ords = Arrays.copyOf(ords, n + (n >> 1));
                }
                ords[n++] = ord;
                if (task) {
                    corpus[ord]++;
                }
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        String[] labels = new String[size];
        Map<String, int[]> ranges = new HashMap<>();
        for (int ord = 0; ord < size; ord++) {
            String path = dv.lookupOrd(ord).utf8ToString();
            int cut = path.indexOf(FacetsConfig.DELIM_CHAR);
            String dim = cut < 0 ? path : path.substring(0, cut);
            labels[ord] = cut < 0 ? "" : path.substring(cut + 1);
            int o = ord;
            ranges.computeIfAbsent(dim, k -> new int[] {o, o})[1] = ord + 1;
        }
        return new FacetOrdinals(start, Arrays.copyOf(ords, n), tasks, corpus, ranges, labels);
    }

    /** The live task records. */
    FixedBitSet tasks() {
        return tasks;
    }

    /** Per ordinal, how many tasks of {@code set} (task records only, {@code cardinality} of them) carry it. */
    int[] count(FixedBitSet set, int cardinality) {
        int[] counts = new int[corpusCounts.length];
        if (cardinality <= taskCount / 2) {
            addAll(set, counts);
            return counts;
        }
        FixedBitSet outside = tasks.clone();
        outside.andNot(set);
        addAll(outside, counts);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = corpusCounts[i] - counts[i];
        }
        return counts;
    }

    private void addAll(FixedBitSet set, int[] counts) {
        long[] words = set.getBits();
        int[] s = start;
        int[] o = ords;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                for (int k = s[doc], end = s[doc + 1]; k < end; k++) {
                    counts[o[k]]++;
                }
            }
        }
    }

    /** A dimension's labels with a count above zero in {@code counts} (unsorted). */
    List<FacetValue> values(int[] counts, String dim) {
        int[] range = ranges.get(dim);
        if (range == null) {
            return List.of();
        }
        List<FacetValue> out = new ArrayList<>();
        for (int ord = range[0]; ord < range[1]; ord++) {
            if (counts[ord] > 0) {
                out.add(new FacetValue(labels[ord], counts[ord]));
            }
        }
        return out;
    }
}
