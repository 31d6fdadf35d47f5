package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.json.Json;

/**
 * The built jar through {@code bin/policy-search}, as a user runs it: {@code parse} works where the default
 * {@code java} is older than 21, and {@code serve} answers, then stops on SIGTERM with exit code 0, quietly and
 * without a stack trace. Runs in {@code verify}, after {@code package} built the jar.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("bin", "policy-search");
    static final Path JAR = Path.of("target", "policy-search.jar");
    /** An older JDK to put first, where the machine has one (Debian's 17). */
    static final Path OLD_JDK = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    /** The one line of noise the JVM prints for Lucene's vector module, with no switch to turn it off. */
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";
    static final Pattern LISTENING = Pattern.compile("Serving (\\d+) tasks on http://127\\.0\\.0\\.1:(\\d+)/");

    @BeforeAll
    static void built() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR),
                JAR + " is built by `mvn package`; run this with `mvn verify`");
    }

    /** A launcher process whose default java (JAVA_HOME and PATH) is the old JDK, when there is one. */
    private static ProcessBuilder launcher(String... args) {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Arrays.stream(args))
                .toList()).redirectErrorStream(true);
        if (Files.isExecutable(OLD_JDK.resolve("bin/java"))) {
            pb.environment().put("JAVA_HOME", OLD_JDK.toString());
            pb.environment().put("PATH", OLD_JDK.resolve("bin") + ":" + System.getenv("PATH"));
        }
        // the folder of the JDK running this test (21+) is searched too, wherever the machine keeps its JDKs
        pb.environment().put("POLICY_SEARCH_JDKS",
                "/usr/lib/jvm " + Path.of(System.getProperty("java.home")).getParent());
        return pb;
    }

    @Test
    void parsePrintsTheDocumentWhereTheDefaultJavaIsOlder() throws Exception {
        Process p = launcher("parse", "seeds/001_b8e6a6120fcebc90.txt").redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        JsonNode doc = Json.mapper().readTree(out).get(0);
        assertEquals("gbf-2021-20", doc.get("id").asText());
        assertEquals(20, doc.get("tasks").size());
        assertFalse(err.contains("Exception"), err);
    }

    @TempDir
    static Path dir;

    @Test
    void serveAnswersThenStopsOnSigtermWithExitCodeZeroAndNoNoise() throws Exception {
        Path log = dir.resolve("serve.log");
        Process p = launcher("serve", "--port", "0", "--watch", "0", "--index", dir.resolve("index").toString())
                .redirectOutput(log.toFile()).start();
        try {
            int port = awaitListening(p, log);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals(124, Json.mapper().readTree(health.body()).get("tasks").asInt());
        } finally {
            p.destroy(); // SIGTERM
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops within a minute: " + read(log));
        String output = read(log);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.lines().toList().contains("Stopped."), output);
        assertFalse(output.contains("Exception"), output);
        assertFalse(output.contains("days old"), "no Javalin version nag: " + output);
        assertFalse(output.contains("INFO org.eclipse.jetty") || output.contains("INFO io.javalin"),
                "no server chatter: " + output);
        output.lines().forEach(line -> assertFalse(line.contains("WARNING") && !line.equals(INCUBATOR_WARNING),
                "unexpected warning: " + line));
    }

    /**
     * SIGTERM while 32 clients keep the server busy (CSV exports, searches, pages): every request the
     * server took gets its whole 200 answer (a search past its time budget answers 200 with a notice), many of them
     * after the signal; a request arriving once stopping has begun gets Jetty's 503 on a connection already open,
     * or finds the port closed (refused, or an idle connection closed before the request reached it), never an
     * answer cut short; the process exits 0. (Stopping waits up to 20 s: the load is such that what is in flight
     * finishes well within it, even on two busy cores.)
     */
    static final int CLIENTS = 32;

    @Test
    void sigtermUnderLoadLetsEveryRequestInFlightFinishThenExitsZero() throws Exception {
        Path log = dir.resolve("load.log");
        Process p = launcher("serve", "--port", "0", "--watch", "0", "--no-semantic", "--index",
                dir.resolve("load-index").toString()).redirectOutput(log.toFile()).start();
        int port;
        try {
            port = awaitListening(p, log);
        } catch (AssertionError e) {
            p.destroyForcibly();
            throw e;
        }
        String base = "http://127.0.0.1:" + port;
        String[] paths = {"/search.csv?q=%E5%8C%BB%E4%BF%9D", "/api/search?size=100", "/search?q=%E5%8C%BB%E4%BF%9D",
                "/api/search?q=%E5%8C%BB%E4%BF%9D"};
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + paths[0])).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        record Answer(String path, long sent, long received, int status, boolean whole, String error) {
        }
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        HttpClient http = HttpClient.newHttpClient();
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String path = paths[c % paths.length];
            load.add(clients.submit(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                        boolean whole = path.startsWith("/search.csv") ? r.body().equals(csv)
                                : path.startsWith("/api") ? r.body().endsWith("}") && r.body().contains("\"total\":")
                                : r.body().stripTrailing().endsWith("</html>");
                        answers.add(new Answer(path, sent, System.nanoTime(), r.statusCode(), whole,
                                whole && r.statusCode() == 200 ? null : r.body().length() + " chars: …" + r.body().substring(
                                        Math.max(0, r.body().length() - 300))));
                    } catch (IOException e) {
                        answers.add(new Answer(path, sent, System.nanoTime(), 0, false, e.toString()));
                        return null; // the port is closed: this client is done
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3_000);
        long signal = System.nanoTime();
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops within a minute: " + read(log));
        running.set(false);
        for (Future<?> f : load) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdownNow();
        String output = read(log);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.lines().toList().contains("Stopped."), output);
        // the 503 is Jetty's answer to a request arriving on an open connection once stopping has begun
        List<Answer> bad = answers.stream().filter(a -> switch (a.status()) {
            case 200 -> !a.whole();
            case 503 -> !a.error().contains("<h2>HTTP ERROR 503 Service Unavailable</h2>");
            case 0 -> !a.error().startsWith("java.net.ConnectException")
                    && !a.error().endsWith("HTTP/1.1 header parser received no bytes");
            default -> true;
        }).toList();
        assertEquals(List.of(), bad, answers.size() + " answers");
        long finishedAfter = answers.stream().filter(a -> a.status() != 0 && a.received() > signal).count();
        assertTrue(finishedAfter > 0, "requests were in flight at the signal and finished after it");
    }

    /** What exec:exec relies on: when the process that started serve dies, serve stops rather than lingering. */
    @Test
    void serveStartedWithExitWithParentStopsWhenItsParentDies() throws Exception {
        Path log = dir.resolve("orphan.log");
        // bash stays the parent (a command after it keeps bash from exec-ing the launcher)
        Process parent = new ProcessBuilder("bash", "-c", LAUNCHER + " serve --port 0 --watch 0 --exit-with-parent"
                + " --index '" + dir.resolve("index") + "' > '" + log + "' 2>&1; true").start();
        int port = awaitListening(parent, log);
        ProcessHandle server = parent.toHandle().children().findFirst().orElseThrow();
        parent.destroyForcibly();
        assertTrue(server.onExit().get(60, TimeUnit.SECONDS) != null, "serve ended with its parent");
        assertTrue(read(log).lines().toList().contains("Stopped."), read(log));
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()), "the port is closed");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The port from serve's "Serving N tasks on …" line (it indexes the seeds first). */
    private static int awaitListening(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(read(log));
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
            if (!p.isAlive()) {
                throw new AssertionError("serve ended early (" + p.exitValue() + "): " + read(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start listening: " + read(log));
    }
}
