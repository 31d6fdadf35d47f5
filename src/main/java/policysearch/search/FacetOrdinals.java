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
import policysearch.index.Schema;

/**
 * Every task's facet labels held in memory as global ordinals, one array for the whole snapshot (about 4 bytes per
 * label a task carries), so counting the facets of any set of tasks is a pass over plain arrays: over the set, or
 * over the tasks outside it when that is smaller (corpus counts minus theirs). Built once per snapshot.
 */
final class FacetOrdinals {
    /**
     * The dimensions pairing a role with a department or sector: read only when a role, department or sector is
     * ticked, and about a third of the labels a task carries, so a task's labels hold them last and a count leaves
     * them out when they will not be read.
     */
    static final List<String> PAIRS = List.of(Schema.DIM_DEPT_ROLE, Schema.DIM_SECTOR_ROLE);

    private final int[] start;
    /** Per task, where its role-pair labels begin within its labels. */
    private final int[] pairsFrom;
    private final int[] ords;
    private final FixedBitSet tasks;
    private final int taskCount;
    private final int[] corpusCounts;
    /** Per Lucene dimension: its first ordinal and one past its last (ordinals of a dimension are contiguous). */
    private final Map<String, int[]> ranges;
    private final String[] labels;

    private FacetOrdinals(int[] start, int[] pairsFrom, int[] ords, FixedBitSet tasks, int[] corpusCounts,
                          Map<String, int[]> ranges, String[] labels) {
        this.start = start;
        this.pairsFrom = pairsFrom;
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
        int size = state.getSize();
        SortedSetDocValues dv = state.getDocValues();
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
        boolean[] pair = new boolean[size];
        for (String dim : PAIRS) {
            int[] r = ranges.get(dim);
            if (r != null) {
                Arrays.fill(pair, r[0], r[1], true);
            }
        }
        int[] start = new int[maxDoc + 1];
        int[] pairsFrom = new int[maxDoc];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int[] later = new int[16];
        int n = 0;
        int[] corpus = new int[size];
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) {
                start[next] = n;
                pairsFrom[next++] = n;
            }
            boolean task = tasks.get(doc);
            int pairs = 0;
            int count = dv.docValueCount();
            if (n + count > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(n + count, n + (n >> 1)));
            }
            for (int i = count; i > 0; i--) {
                int ord = (int) dv.nextOrd();
                if (pair[ord]) {
                    if (pairs == later.length) {
                        later = Arrays.copyOf(later, pairs * 2);
                    }
                    later[pairs++] = ord;
                } else {
                    ords[n++] = ord;
                }
                if (task) {
                    corpus[ord]++;
                }
            }
            pairsFrom[doc] = n;
            System.arraycopy(later, 0, ords, n, pairs);
            n += pairs;
        }
        while (next <= maxDoc) {
            start[next] = n;
            if (next < maxDoc) {
                pairsFrom[next] = n;
            }
            next++;
        }
        return new FacetOrdinals(start, pairsFrom, Arrays.copyOf(ords, n), tasks, corpus, ranges, labels);
    }

    /**
     * Whether a result filtered by {@code filtered} (Lucene dimensions) shows the {@link #PAIRS} dimensions: only
     * with a role, department or sector ticked ({@link FacetFilters#facets}).
     */
    static boolean pairsRead(java.util.Collection<String> filtered) {
        for (String dim : filtered) {
            if (PAIRS.contains(dim) || dim.equals(Schema.DIM_ROLE) || dim.equals(Schema.DIM_DEPARTMENT)
                    || dim.equals(Schema.DIM_SECTOR)) {
                return true;
            }
        }
        return false;
    }

    /** The live task records. */
    FixedBitSet tasks() {
        return tasks;
    }

    /**
     * Per ordinal, how many tasks of {@code set} (task records only, {@code cardinality} of them) carry it; the
     * {@link #PAIRS} dimensions only when {@code pairs} (else they read zero).
     */
    int[] count(FixedBitSet set, int cardinality, boolean pairs) {
        int[] counts = new int[corpusCounts.length];
        if (cardinality <= taskCount / 2) {
            addAll(set, counts, pairs);
            return counts;
        }
        FixedBitSet outside = tasks.clone();
        outside.andNot(set);
        addAll(outside, counts, pairs);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = corpusCounts[i] - counts[i];
        }
        if (!pairs) {
            for (String dim : PAIRS) {
                int[] r = ranges.get(dim);
                if (r != null) {
                    Arrays.fill(counts, r[0], r[1], 0);
                }
            }
        }
        return counts;
    }

    private void addAll(FixedBitSet set, int[] counts, boolean pairs) {
        long[] words = set.getBits();
        int[] s = start;
        int[] end = pairs ? null : pairsFrom;
        int[] o = ords;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                for (int k = s[doc], last = end == null ? s[doc + 1] : end[doc]; k < last; k++) {
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
