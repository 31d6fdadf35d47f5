package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --serve-only} through the built jar: it starts serve on the seeds in child processes as a user would,
 * prints the start-up time against its target and, where wrk is installed, the HTTP table with both ratios for serve
 * with and without its answers kept; every server stops cleanly (exit code 0). Runs in {@code verify}.
 */
class BenchServeIT {
    @TempDir
    Path dir;

    @Test
    void printsStartUpAndHttpFiguresOfServeOnTheSeeds() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(LauncherIT.JAR), "needs the jar: run with mvn verify");
        Process p = new ProcessBuilder(LauncherIT.LAUNCHER.toString(), "bench", "--serve-only", "--startups", "2",
                "--http-seconds", "1", "--index", dir.resolve("bench").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(Files.isDirectory(dir.resolve("bench-seeds")), "the seeds' index beside the bench's: " + out);
        assertTrue(out.lines().anyMatch(l -> l.matches("Start-up .*: median [\\d,]+ ms over 2 starts .*target 1,000 ms: "
                + "(met|NOT met)")), out);
        assertTrue(out.contains("\"tasks\":124"), "what /health said when it first answered: " + out);
        boolean wrk = java.util.Arrays.stream(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "wrk")));
        if (wrk) {
            List<String> rows = out.lines().filter(l -> l.startsWith("| answers kept") || l.startsWith("| every search"))
                    .toList();
            assertEquals(2, rows.size(), out);
            rows.forEach(r -> assertTrue(r.matches(".*\\| \\d\\.\\d{3} (met|not met) +\\| \\d\\.\\d{3} (met|not met) +\\|"),
                    r));
        } else {
            assertTrue(out.contains("HTTP on the seeds: not measured: wrk is not installed"), out);
        }
    }
}
