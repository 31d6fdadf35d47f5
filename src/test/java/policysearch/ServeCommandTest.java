package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} builds a missing index, serves it, reuses a fresh one, and refuses a bad port. */
class ServeCommandTest {

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static ServeCommand command(Path index, String... more) {
        ServeCommand cmd = new ServeCommand();
        List<String> args = new ArrayList<>(List.of("--index", index.toString(), "--port", "0", "--watch", "0"));
        args.addAll(List.of(more));
        new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
        return cmd;
    }

    @Test
    void buildsAMissingIndexThenServesItAndReusesItWhenFresh(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        StringWriter log = new StringWriter();
        try (ServeCommand.Running running = command(index).start(new PrintWriter(log, true))) {
            assertTrue(log.toString().contains("Indexed 5 documents, 124 tasks"), log.toString());
            assertNotEquals(0, running.port());
            assertTrue(get(running.port(), "/health").contains("\"tasks\":124"));
            assertTrue(get(running.port(), "/").contains("医改重点工作任务检索"));
        }
        assertTrue(Files.isDirectory(index));
        StringWriter again = new StringWriter();
        try (ServeCommand.Running running = command(index).start(new PrintWriter(again, true))) {
            assertEquals("", again.toString(), "a fresh index is opened, not rebuilt");
            assertTrue(get(running.port(), "/health").contains("\"tasks\":124"));
        }
    }

    @Test
    void csvLinksNameTheListenerOrTheGivenBaseUrl(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        try (ServeCommand.Running running = command(index).start(new PrintWriter(new StringWriter(), true))) {
            String csv = get(running.port(), "/search.csv?q=DRG");
            assertTrue(csv.contains(",http://127.0.0.1:" + running.port() + "/tasks/"), csv);
        }
        try (ServeCommand.Running running = command(index, "--base-url", "https://search.example.gov.cn/policy/")
                .start(new PrintWriter(new StringWriter(), true))) {
            String csv = get(running.port(), "/search.csv?q=DRG");
            assertTrue(csv.contains(",https://search.example.gov.cn/policy/tasks/"), csv);
            assertFalse(csv.contains("127.0.0.1"), csv);
        }
    }

    @Test
    void refusesABaseUrlThatIsNotAnAbsoluteHttpUrl() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("--base-url", "evil.example/x?y"));
        assertTrue(err.toString().startsWith("--base-url: base URL must be an absolute http or https URL"),
                err.toString());
    }

    @Test
    void refusesAPortOutOfRange() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("--port", "70000"));
        assertTrue(err.toString().contains("--port"));
    }
}
