package policysearch.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code serve} of the seeds in a child process, started through the launcher as a user starts it, on a free
 * loopback port; closing it stops it with SIGTERM, as Ctrl-C would, and checks that it exited cleanly.
 */
final class ServedSeeds implements AutoCloseable {
    /** The child's heap, as a small server of the seeds would be given. */
    static final String JAVA_OPTS = "-Xmx1g";
    private static final Duration POLL = Duration.ofMillis(10);

    private final Process process;
    private final Path log;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServedSeeds(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts {@code launcher serve} on the seeds and index given, with {@code flags} after the standard ones. */
    static ServedSeeds start(Path launcher, Path seeds, Path index, List<String> flags) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "serve", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--seeds", seeds.toString(), "--index", index.toString(),
                "--watch", "0", "--exit-with-parent"));
        command.addAll(flags);
        Path log = Files.createTempFile("policy-search-serve", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("POLICY_SEARCH_JAVA_OPTS", JAVA_OPTS);
        return new ServedSeeds(pb.start(), log, port);
    }

    /** The server's base address, {@code http://127.0.0.1:PORT}. */
    String base() {
        return base;
    }

    /** Waits until {@code /health} answers 200; returns its body. */
    String awaitHealth(Duration limit) throws IOException, InterruptedException {
        return awaitHealth(limit, body -> true);
    }

    /** Waits until {@code /health} answers 200 and the embedding model is no longer loading; returns the body. */
    String awaitModel(Duration limit) throws IOException, InterruptedException {
        return awaitHealth(limit, body -> !body.contains("\"semantic\":\"loading\""));
    }

    private String awaitHealth(Duration limit, java.util.function.Predicate<String> ready)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && ready.test(r.body())) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IOException("serve exited with code " + process.exitValue() + " before it was ready:\n"
                        + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("serve was not ready within " + limit.toSeconds() + " s:\n" + logTail());
            }
            Thread.sleep(POLL);
        }
    }

    /** The CPU time the server process has used so far, in milliseconds (-1 where the platform does not say). */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** Stops the server with SIGTERM and waits for it; a server that does not exit with code 0 is an error. */
    @Override
    public void close() throws IOException {
        try {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IOException("serve did not stop within 60 s of SIGTERM:\n" + logTail());
            }
            if (process.exitValue() != 0) {
                throw new IOException("serve stopped with exit code " + process.exitValue() + ":\n" + logTail());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping serve", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String logTail() throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
