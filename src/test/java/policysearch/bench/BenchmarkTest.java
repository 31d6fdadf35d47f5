package policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.index.DocumentVectors;
import policysearch.index.Sentences;
import policysearch.index.TaskVectors;
import policysearch.model.ParseOutcome;
import policysearch.ingest.SeedReader;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;
import policysearch.embed.Embeddings;
import policysearch.fixtures.CountingEmbedder;
import policysearch.embed.Vectors;

/**
 * The benchmark builds a corpus of the size asked for, of distinct texts recombined from the seeds' sentences with
 * vectors made from the seeds' cached ones, and prints one latency row per query class.
 */
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
        assertTrue(s.contains("Analysis alone") && s.contains("Indexing lexical only") && s.contains("of analysis alone")
                && s.contains("cores busy") && s.contains("Heap after a full GC with the index open"), s);
        assertEquals(14, s.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| query class")).count(), s);
        assertTrue(s.contains("| 100.00 % |"), "the empty query keeps every task: " + s);
    }

    @Test
    void syntheticTasksRecombineTheSeedsSentences() throws Exception {
        List<Task> tasks = SyntheticCorpus.of(seeds(), 1000).stream().flatMap(d -> d.tasks().stream()).toList();
        long distinct = tasks.stream().map(Task::text).distinct().count();
        assertTrue(distinct >= 0.9 * tasks.size(), distinct + " distinct texts of " + tasks.size());
        Set<String> sentences = Set.copyOf(SyntheticCorpus.sentences(seeds()));
        for (Task t : tasks) {
            assertTrue(t.text().startsWith(t.title()), t.text());
            int n = Sentences.of(t.text()).size();
            assertTrue(n >= 1 + SyntheticCorpus.MIN_SENTENCES && n <= 1 + SyntheticCorpus.MAX_SENTENCES, t.text());
            assertTrue(sentences.containsAll(Sentences.of(t.text())), "every sentence is a seed's: " + t.text());
        }
        assertEquals(tasks.stream().map(Task::text).toList(), SyntheticCorpus.of(seeds(), 1000).stream()
                .flatMap(d -> d.tasks().stream()).map(Task::text).toList(), "deterministic");
    }

    @Test
    void syntheticVectorsAreDistinctUnitVectorsWithoutEmbeddingSyntheticText() throws Exception {
        CountingEmbedder model = new CountingEmbedder();
        List<PolicyDocument> corpus = SyntheticCorpus.of(seeds(), 1000);
        try (Embeddings embeddings = Embeddings.of(model, null)) {
            SyntheticVectors vectors = SyntheticVectors.of(seeds(), embeddings).orElseThrow();
            int embedded = model.passages.get();
            List<float[]> passages = new ArrayList<>();
            List<float[]> titles = new ArrayList<>();
            for (PolicyDocument d : corpus) {
                DocumentVectors v = vectors.of(d).orElseThrow();
                passages.addAll(v.passages());
                titles.addAll(v.titles());
                for (int i = 0; i < d.tasks().size(); i++) {
                    assertEquals(TaskVectors.sentences(d.tasks().get(i)).size(), v.sentences().get(i).length,
                            "a vector for each sentence of the task");
                }
            }
            assertEquals(embedded, model.passages.get(), "no synthetic text embedded");
            for (float[] v : passages) {
                assertEquals(1.0, norm(v), 1e-4);
            }
            for (float[] v : titles) {
                assertEquals(1.0, norm(v), 1e-4);
            }
            assertEquals(titles.size(), titles.stream().map(Arrays::toString).distinct().count(), "titles differ");
            long distinct = passages.stream().map(Arrays::toString).distinct().count();
            assertTrue(distinct >= 0.9 * passages.size(), distinct + " distinct passage vectors of " + passages.size());
        }
    }

    private static List<PolicyDocument> seeds() throws Exception {
        return SeedReader.standard().readAll(Path.of("seeds")).stream().map(ParseOutcome::document).toList();
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
