package policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the benchmark reads from wrk and prints for serve on the seeds: each endpoint's requests/s and latencies, and
 * each ratio against its target; failed requests counted; an honest note when it cannot measure.
 */
class ServeTimingsTest {
    static final String WRK_OUTPUT = """
            Running 10s test @ http://127.0.0.1:7070
              2 threads and 16 connections
            http: requests 74581 rps 7458.1 p50_ms 1.90 p99_ms 7.80 max_ms 40.12 non2xx 0 errors 0
            """;

    @Test
    void readsTheScriptsResultLine() throws IOException {
        Wrk.Run r = Wrk.Run.parse("api", WRK_OUTPUT);
        assertEquals(new Wrk.Run("api", 74581, 7458.1, 1.90, 7.80, 0, 0), r);
        assertTrue(r.clean());
        assertFalse(Wrk.Run.parse("api", "http: requests 5 rps 1.0 p50_ms 1 p99_ms 2 max_ms 3 non2xx 2 errors 0")
                .clean(), "an answer that is not 2xx is a failure");
    }

    @Test
    void aMissingOrGarbledLineIsAClearError() {
        IOException none = assertThrows(IOException.class, () -> Wrk.Run.parse("api", "unable to connect"));
        assertTrue(none.getMessage().contains("no result line"), none.getMessage());
        IOException garbled = assertThrows(IOException.class, () -> Wrk.Run.parse("api", "http: requests many"));
        assertTrue(garbled.getMessage().contains("not as expected"), garbled.getMessage());
    }

    @Test
    void aRowGivesEachEndpointAndEachRatioAgainstItsTarget() {
        String row = ServeTimings.row("answers kept", List.of(
                new Wrk.Run("health", 1, 20_000, 0.6, 4.8, 0, 0),
                new Wrk.Run("api", 1, 5_000, 1.9, 7.8, 0, 0),
                new Wrk.Run("html", 1, 2_000, 2.8, 12.8, 0, 0)));
        assertTrue(row.contains("20,000 (0.6 / 4.8)") && row.contains("5,000 (1.9 / 7.8)"), row);
        assertTrue(row.contains("0.250 met"), "api 0.25 of health, target 0.20: " + row);
        assertTrue(row.contains("0.100 not met"), "html 0.10 of health, target 0.15: " + row);
    }

    @Test
    void theMedianOfTheStarts() {
        assertEquals(1_724, ServeTimings.median(new long[] {1_832, 1_724, 1_490}));
        assertEquals(1_500, ServeTimings.median(new long[] {2_000, 1_500, 1_400, 1_600}), "the lower middle");
    }

    @Test
    void aServerThatCannotStartIsReportedWithWhatItSaid(@TempDir Path dir) throws Exception {
        Path launcher = dir.resolve("policy-search");
        Files.writeString(launcher, "#!/bin/sh\necho \"error: the index folder is not ours\" >&2\nexit 3\n");
        assertTrue(launcher.toFile().setExecutable(true));
        StringWriter out = new StringWriter();
        IOException e = assertThrows(IOException.class, () -> new ServeTimings(new PrintWriter(out), launcher, 1, 1,
                List.of()).run(Path.of("seeds"), dir.resolve("index")));
        assertTrue(e.getMessage().contains("serve exited with code 3 before it was ready"), e.getMessage());
        assertTrue(e.getMessage().contains("error: the index folder is not ours"), "the server's own words: "
                + e.getMessage());
    }

    @Test
    void fromAClassFolderItSaysItDidNotMeasure() throws Exception {
        StringWriter out = new StringWriter();
        assertTrue(ServeTimings.measure(new PrintWriter(out), Path.of("seeds"), Path.of("unused"), 1, 1, List.of()));
        assertTrue(out.toString().contains("not measured"), out.toString());
        assertTrue(ServeTimings.launcherOfThisJar().isEmpty(), "tests run from target/classes");
    }
}
