package policysearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP load generator wrk (a C program, so the client costs far less than the server it loads) with the
 * benchmark's script {@code http.lua}: 16 connections on 2 threads against one of {@code /health},
 * {@code /api/search} or {@code /search}, the two searches rotating through the same 40 queries.
 */
final class Wrk implements AutoCloseable {
    /** What wrk measured in one run. */
    record Run(String mode, long requests, double perSecond, double p50Ms, double p99Ms, long non2xx, long errors) {
        /** Whether every request was answered, with a 2xx. */
        boolean clean() {
            return non2xx == 0 && errors == 0;
        }

        /** Reads the {@code http: KEY VALUE ...} line the script's {@code done()} prints. */
        static Run parse(String mode, String output) throws IOException {
            String line = output.lines().filter(l -> l.startsWith("http: ")).findFirst()
                    .orElseThrow(() -> new IOException("wrk printed no result line:\n" + output));
            String[] words = line.substring("http: ".length()).trim().split("\\s+");
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i + 1 < words.length; i += 2) {
                values.put(words[i], words[i + 1]);
            }
            try {
                return new Run(mode, Long.parseLong(values.get("requests")), Double.parseDouble(values.get("rps")),
                        Double.parseDouble(values.get("p50_ms")), Double.parseDouble(values.get("p99_ms")),
                        Long.parseLong(values.get("non2xx")), Long.parseLong(values.get("errors")));
            } catch (RuntimeException e) {
                throw new IOException("wrk's result line is not as expected: " + line, e);
            }
        }
    }

    /** The modes the script knows, in the order the benchmark runs them. */
    static final List<String> MODES = List.of("health", "api", "html");
    static final String SCRIPT = "http.lua";

    private final Path wrk;
    private final Path script;

    private Wrk(Path wrk, Path script) {
        this.wrk = wrk;
        this.script = script;
    }

    /** wrk from the PATH with the benchmark's script written to a temporary file, or empty when wrk is missing. */
    static Optional<Wrk> find() throws IOException {
        Optional<Path> wrk = onPath("wrk");
        if (wrk.isEmpty()) {
            return Optional.empty();
        }
        Path script = Files.createTempFile("policy-search-http", ".lua");
        try (InputStream in = Wrk.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is missing from the class path");
            }
            Files.write(script, in.readAllBytes());
        }
        return Optional.of(new Wrk(wrk.get(), script));
    }

    /** Loads {@code base} in {@code mode} for {@code seconds}. */
    Run run(String base, String mode, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(wrk.toString(), "-t2", "-c16", "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), base, "--", mode).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wrk did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("wrk exited with code " + p.exitValue() + ":\n" + text);
        }
        return Run.parse(mode, text);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(script);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
