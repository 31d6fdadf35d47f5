package policysearch.bench;

import java.util.Arrays;

/** Latency samples of one query class, summarised as median and percentiles in milliseconds. */
final class Latencies {
    private final String name;
    private final long[] nanos;
    private int n;

    Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[n++] = elapsedNanos;
    }

    /** One table row: name, samples, p50, p90, p99, max. */
    String row() {
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        return String.format("| %-34s | %6d | %8.2f | %8.2f | %8.2f | %8.2f |", name, n, ms(pct(s, 0.50)),
                ms(pct(s, 0.90)), ms(pct(s, 0.99)), ms(s[s.length - 1]));
    }

    static String header() {
        return "| query class                        | runs   | p50 ms   | p90 ms   | p99 ms   | max ms   |\n"
                + "|------------------------------------|--------|----------|----------|----------|----------|";
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
