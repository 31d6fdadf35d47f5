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
}
