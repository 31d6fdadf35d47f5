package policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.model.ParseOutcome;
import policysearch.ingest.SeedReader;
import policysearch.model.PolicyDocument;

/** The benchmark builds a corpus of the size asked for and prints one latency row per query class. */
class BenchmarkTest {

    @Test
    void syntheticCopiesMoveLocalDocumentsToOtherProvinces() throws Exception {
        List<PolicyDocument> seeds = SeedReader.standard().readAll(Path.of("seeds")).stream()
                .map(ParseOutcome::document).toList();
        List<PolicyDocument> corpus = SyntheticCorpus.of(seeds, 1000);
        assertTrue(corpus.stream().mapToInt(d -> d.tasks().size()).sum() >= 1000);
        assertEquals(corpus.size(), corpus.stream().map(PolicyDocument::id).distinct().count(), "ids are unique");
        PolicyDocument moved = corpus.stream().filter(d -> d.source().equals("synthetic-2.txt")).findFirst().orElseThrow();
        assertEquals("北京市", moved.region());
        assertTrue(moved.tasks().get(0).departments().get(0).name().startsWith("北京市"), "departments follow the region");
    }

    @Test
    void printsThroughputAndPercentiles(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        new Benchmark(new PrintWriter(out)).run(Path.of("seeds"), dir.resolve("index"), 300, 3);
        String s = out.toString();
        assertTrue(s.contains("tasks/s"), s);
        assertEquals(14, s.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| query class")).count(), s);
    }
}
