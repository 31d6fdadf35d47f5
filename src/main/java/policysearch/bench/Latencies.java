package policysearch.bench;

import java.util.Arrays;

/** Latency samples of one query class, summarised as median and percentiles in milliseconds. */
final class Latencies {
    private final String name;
    private final long[] nanos;
    private int n;
    private double selectivity = Double.NaN;

    Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[n++] = elapsedNanos;
    }

    /** The share of all tasks in the query's exact set, in percent (left blank for non-search classes). */
    void selectivity(double percent) {
        selectivity = percent;
    }

    /** One table row: name, samples, p50, p90, p99, max, exact set as a share of all tasks. */
    String row() {
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        return String.format("| %-34s | %6d | %8.2f | %8.2f | %8.2f | %8.2f | %8s |", name, n, ms(pct(s, 0.50)),
                ms(pct(s, 0.90)), ms(pct(s, 0.99)), ms(s[s.length - 1]),
                Double.isNaN(selectivity) ? "" : String.format("%.2f %%", selectivity));
    }

    /** A row of two engines' p50 and p99 for the same query class. */
    static String comparisonRow(Latencies a, Latencies b) {
        long[] x = sorted(a);
        long[] y = sorted(b);
        return String.format("| %-34s | %8.2f | %8.2f | %8.2f | %8.2f |", a.name, ms(pct(x, 0.50)), ms(pct(x, 0.99)),
                ms(pct(y, 0.50)), ms(pct(y, 0.99)));
    }

    static String comparisonHeader(String a, String b) {
        return String.format("| %-34s | %-19s | %-19s |%n| %-34s | p50      | p99      | p50      | p99      |%n"
                + "|------------------------------------|----------|----------|----------|----------|", "", a, b,
                "query class");
    }

    private static long[] sorted(Latencies l) {
        long[] s = Arrays.copyOf(l.nanos, l.n);
        Arrays.sort(s);
        return s;
    }

    static String header() {
        return "| query class                        | runs   | p50 ms   | p90 ms   | p99 ms   | max ms   | exact    |\n"
                + "|------------------------------------|--------|----------|----------|----------|----------|----------|";
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
