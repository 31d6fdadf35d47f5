package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Freshness;

/** The {@code index} command: builds the index from a seeds directory and prints a summary with problems. */
class IndexCommandTest {
    @TempDir
    Path tmp;

    private int run(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void buildsTheSeedsAndPrintsASummary() throws Exception {
        Path index = tmp.resolve("index");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "index", "--seeds", "seeds", "--index", index.toString()));
        assertTrue(out.toString().startsWith("Indexed 5 documents, 124 tasks from 5 files"), out.toString());
        assertTrue(out.toString().contains("004_686b32563d536191.txt: warning: document states no 发文字号"), out.toString());
        assertEquals(Freshness.FRESH, new SeedCorpus(Path.of("seeds"), index).freshness());
    }

    @Test
    void reportsFilesThatProducedNothing() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("src/test/resources/fixtures/empty.txt"), seeds.resolve("empty.txt"));
        StringWriter out = new StringWriter();
        assertEquals(1, run(out, "index", "--seeds", seeds.toString(), "--index", tmp.resolve("i").toString()));
        assertTrue(out.toString().contains("empty.txt: error:"), out.toString());
        assertTrue(out.toString().contains("1 file(s) produced no document"), out.toString());
    }

    @Test
    void aMissingSeedsDirectoryIsAClearError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("index", "--seeds", tmp.resolve("none").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("error: seeds directory not found"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void reportsEachFilesFormatTasksAndWarnings() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("mixed"));
        Path formats = Path.of("src/test/resources/fixtures/formats");
        Files.copy(Path.of("seeds/000_b50fc0805dc07c83.txt"), seeds.resolve("a.txt"));
        Files.copy(formats.resolve("gov-page-2021.html"), seeds.resolve("b.html"));
        Files.copy(formats.resolve("scanned.pdf"), seeds.resolve("c.pdf"));
        Files.copy(Path.of("src/test/resources/fixtures/layout-no-task-list.txt"), seeds.resolve("d.txt"));
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "index", "--seeds", seeds.toString(), "--index", tmp.resolve("m").toString()));
        String report = out.toString();
        assertTrue(report.startsWith("Indexed 3 documents, 46 tasks from 4 files"), report);
        assertTrue(report.contains("\n  file    format tasks warnings\n"), report);
        assertTrue(report.contains("\n  a.txt   text      26        0\n"), report);
        assertTrue(report.contains("\n  b.html  html      20        2\n"), report);
        assertTrue(report.contains("\n  c.pdf   pdf        -        -  not indexed: the PDF has no text layer"), report);
        assertTrue(report.contains("\n  d.txt   text       0        1  no task list: one document record\n"), report);
        assertTrue(report.contains("1 file(s) produced no document"), report);
    }

    @Test
    void anOpenSearchTargetThatCannotBeUsedIsAClearError() throws Exception {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        for (String[] args : new String[][] {
                {"index", "--engine", "opensearch"},
                {"index", "--url", "http://localhost:9200"},
                {"index", "--engine", "opensearch", "--url", "not a url"},
                {"index", "--engine", "opensearch", "--url", "http://localhost:" + closed},
                {"index", "--engine", "opensearch", "--url", "http://localhost:9200", "--shards", "0"}}) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(new StringWriter()));
            cli.setErr(new PrintWriter(err));
            assertEquals(2, cli.execute(args), String.join(" ", args));
            assertTrue(err.toString().startsWith("error: "), err.toString());
            assertTrue(!err.toString().contains("\tat "), "no stack trace");
        }
    }
}
