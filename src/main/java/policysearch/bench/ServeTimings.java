package policysearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up and HTTP throughput of {@code serve} on the seeds, measured on child processes started through the
 * launcher as a user starts them: the time from process start to the first 200 from {@code /health} on an index
 * already built, then wrk against {@code /health}, {@code /api/search} and {@code /search}, once with serve's
 * defaults (answers kept) and once with every search run afresh ({@code --result-cache 0}).
 */
public final class ServeTimings {
    /** Start-up target: ready from an existing index within a second. */
    static final long READY_TARGET_MS = 1_000;
    /** Throughput targets against {@code /health} in the same run: the JSON API and the HTML page. */
    static final double API_TARGET = 0.20;
    static final double HTML_TARGET = 0.15;
    /** The first start may build the index and embed the seeds' tasks and words. */
    private static final Duration FIRST_START = Duration.ofMinutes(15);
    private static final Duration START = Duration.ofMinutes(2);

    private final PrintWriter out;
    private final Path launcher;
    private final int startups;
    private final int seconds;
    private final List<String> flags;

    /**
     * Timings through {@code launcher}: {@code startups} timed starts (0: none), then wrk runs of {@code seconds}
     * each (0: no HTTP runs), each search mode warmed up for half as long first; every serve started with
     * {@code flags} (e.g. {@code --no-semantic}).
     */
    public ServeTimings(PrintWriter out, Path launcher, int startups, int seconds, List<String> flags) {
        if (startups < 0 || seconds < 0) {
            throw new IllegalArgumentException("start-ups and seconds must not be negative");
        }
        this.out = out;
        this.launcher = launcher;
        this.startups = startups;
        this.seconds = seconds;
        this.flags = List.copyOf(flags);
    }

    /**
     * Measures and prints through the launcher of this jar, with {@code index} holding the seeds' index; says why
     * when it cannot (bench run from a class folder, a server that does not start). Returns false on a failure.
     */
    public static boolean measure(PrintWriter out, Path seeds, Path index, int startups, int seconds,
                                  List<String> flags) throws InterruptedException {
        if (startups == 0 && seconds == 0) {
            return true;
        }
        Optional<Path> launcher = launcherOfThisJar();
        if (launcher.isEmpty()) {
            out.println("Start-up and HTTP on the seeds: not measured: bench is not running from a jar with"
                    + " bin/policy-search beside its folder (build it: mvn -B -DskipTests package)");
            out.flush();
            return true;
        }
        try {
            return new ServeTimings(out, launcher.get(), startups, seconds, flags).run(seeds, index);
        } catch (IOException e) {
            out.println("Start-up and HTTP on the seeds: not measured: " + e.getMessage());
            out.flush();
            return false;
        }
    }

    /**
     * The launcher of the jar this code runs from ({@code bin/policy-search} in the folder above the jar's), or empty
     * when it runs from a class folder (tests) or the jar has no launcher beside it.
     */
    public static Optional<Path> launcherOfThisJar() {
        try {
            Path code = Path.of(ServeTimings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!code.getFileName().toString().endsWith(".jar") || code.getParent() == null
                    || code.getParent().getParent() == null) {
                return Optional.empty();
            }
            Path launcher = code.getParent().getParent().resolve("bin").resolve("policy-search");
            return Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Serves {@code seeds} from {@code index} (built by the first, untimed start when missing or stale) and prints
     * the start-up and HTTP figures; returns false when a request was not answered with a 2xx. A server that does not
     * start, or does not stop cleanly on SIGTERM, is an {@link IOException} with the end of what it printed.
     */
    public boolean run(Path seeds, Path index) throws IOException, InterruptedException {
        seeds = seeds.toAbsolutePath();
        index = index.toAbsolutePath();
        out.printf("Serving the seeds through %s (index %s, %s heap; %d cores, load average %.2f); a first start,"
                        + " untimed, builds the index when it is missing or stale and writes the class-data archive"
                        + " after a new jar%n", launcher, index, ServedSeeds.JAVA_OPTS,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        try (ServedSeeds first = ServedSeeds.start(launcher, seeds, index, flags)) {
            first.awaitModel(FIRST_START);
        }
        if (startups > 0) {
            startUp(seeds, index);
        }
        if (seconds == 0) {
            return true;
        }
        Optional<Wrk> found = Wrk.find();
        if (found.isEmpty()) {
            out.println("HTTP on the seeds: not measured: wrk is not installed (Debian/Ubuntu: apt-get install wrk;"
                    + " macOS: brew install wrk)");
            out.flush();
            return true;
        }
        try (Wrk wrk = found.get()) {
            return http(wrk, seeds, index);
        }
    }

    /** Timed starts to the first 200 from {@code /health}, with the CPU time used by then. */
    private void startUp(Path seeds, Path index) throws IOException, InterruptedException {
        long[] wall = new long[startups];
        long[] cpu = new long[startups];
        String health = "";
        for (int i = 0; i < startups; i++) {
            long start = System.nanoTime();
            try (ServedSeeds s = ServedSeeds.start(launcher, seeds, index, flags)) {
                health = s.awaitHealth(START);
                wall[i] = (System.nanoTime() - start) / 1_000_000;
                cpu[i] = s.cpuMillis();
            }
        }
        long median = median(wall);
        out.printf("Start-up (process start to the first 200 from /health, the index open): median %,d ms over %d"
                        + " starts (%s ms; CPU used by then %s ms); target %,d ms: %s%n", median, startups,
                list(wall), list(cpu), READY_TARGET_MS, median <= READY_TARGET_MS ? "met" : "NOT met");
        out.println("  /health at that moment: " + health);
        out.flush();
    }

    /** wrk on a server with the defaults and on one running every search; false if any request failed. */
    private boolean http(Wrk wrk, Path seeds, Path index) throws IOException, InterruptedException {
        int warmUp = Math.max(1, seconds / 2);
        out.printf("HTTP on the seeds (wrk: 16 connections on 2 threads, %d s per run after %d s of warm-up per"
                + " search mode; the searches rotate through the same 40 queries; requests/s, then p50 / p99 ms on"
                + " the client):%n", seconds, warmUp);
        out.println("| serve                               | /health               | /api/search           |"
                + " /search               | api / health | html / health |");
        out.println("|-------------------------------------|-----------------------|-----------------------|"
                + "-----------------------|--------------|---------------|");
        out.flush();
        Map<String, List<String>> servers = new LinkedHashMap<>();
        servers.put("answers kept (serve's default)", List.of());
        servers.put("every search run (--result-cache 0)", List.of("--result-cache", "0"));
        boolean clean = true;
        for (var e : servers.entrySet()) {
            List<Wrk.Run> runs = new ArrayList<>();
            List<String> these = new ArrayList<>(flags);
            these.addAll(e.getValue());
            try (ServedSeeds s = ServedSeeds.start(launcher, seeds, index, these)) {
                s.awaitModel(START);
                wrk.run(s.base(), "api", warmUp);
                wrk.run(s.base(), "html", warmUp);
                for (String mode : Wrk.MODES) {
                    runs.add(wrk.run(s.base(), mode, seconds));
                }
            }
            out.println(row(e.getKey(), runs));
            for (Wrk.Run r : runs) {
                if (!r.clean()) {
                    clean = false;
                    out.printf("  %s: %,d answers not 2xx, %,d socket errors%n", r.mode(), r.non2xx(), r.errors());
                }
            }
            out.flush();
        }
        return clean;
    }

    /** One table row: each endpoint's requests/s and latencies, then the two ratios against their targets. */
    static String row(String serve, List<Wrk.Run> runs) {
        Wrk.Run health = runs.get(0);
        Wrk.Run api = runs.get(1);
        Wrk.Run html = runs.get(2);
        return String.format("| %-35s | %-21s | %-21s | %-21s | %-12s | %-13s |", serve, cell(health), cell(api),
                cell(html), ratio(api.perSecond() / health.perSecond(), API_TARGET),
                ratio(html.perSecond() / health.perSecond(), HTML_TARGET));
    }

    private static String cell(Wrk.Run r) {
        return String.format("%,.0f (%.1f / %.1f)", r.perSecond(), r.p50Ms(), r.p99Ms());
    }

    private static String ratio(double r, double target) {
        return String.format("%.3f %s", r, r >= target ? "met" : "not met");
    }

    static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    private static String list(long[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format("%,d", v)).toList());
    }
}
