package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchRequest;

/**
 * An indexer killed with SIGKILL part-way through a build: the index directory still passes Lucene's CheckIndex,
 * and the commit before the build opens with all its tasks (an index writes one commit, at the end). The built jar
 * runs {@code bench --no-semantic} over 20,000 synthetic tasks (about 10 s here) and is killed at several points.
 */
class KilledIndexerIT {
    static final Path JAR = Path.of("target", "policy-search.jar");
    static final Path SEEDS = Path.of("seeds");
    static final int SEED_TASKS = 124;
    static final int BENCH_TASKS = 20_010;

    @TempDir
    Path tmp;

    @BeforeAll
    static void built() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR),
                JAR + " is built by `mvn package`; run this with `mvn verify`");
    }

    /** Starts the JVM itself (no launcher script in between) so the kill reaches the indexer. */
    private static Process startBench(Path index) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(), "bench", "--tasks", "20000",
                "--runs", "1", "--index", index.toString(), "--no-semantic"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Kills {@code p} after {@code millis}; false when it had already finished (a fast machine, a late kill). */
    private static boolean killAfter(Process p, long millis) throws InterruptedException {
        if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            assertEquals(0, p.exitValue());
            return false;
        }
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no rollback
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return true;
    }

    private static void assertCheckIndexPasses(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex found problems in " + index);
        }
    }

    @Test
    void theCommitBeforeAKilledBuildStillOpensWithItsTasks() throws Exception {
        for (long millis : new long[] {500, 1_000, 2_000, 4_000, 7_000}) {
            Path index = tmp.resolve("index-" + millis);
            try (Schema schema = new Schema()) {
                new SeedCorpus(SEEDS, index).build(schema);
            }
            boolean killed = killAfter(startBench(index), millis);
            // the JVM alone takes over a second to start: the early kills always land before the commit
            assertTrue(killed || millis > 2_000, "the build ended before the kill at " + millis + " ms");
            assertCheckIndexPasses(index);
            try (LuceneSearchService service = LuceneSearchService.open(index)) {
                int tasks = service.taskCount();
                if (!killed) {
                    assertEquals(BENCH_TASKS, tasks, "finished before the kill at " + millis + " ms");
                } else if (millis <= 2_000) {
                    assertEquals(SEED_TASKS, tasks, "killed mid-build at " + millis + " ms: the previous commit");
                } else {
                    // a late kill may land after the build's commit, while the benchmark runs its queries:
                    // either complete commit, never a half-written one
                    assertTrue(tasks == SEED_TASKS || tasks == BENCH_TASKS, "killed at " + millis + " ms: " + tasks);
                }
                assertTrue(service.search(SearchRequest.of("医保")).total() > 0);
            }
            // the files the killed build left behind do not stop the next build
            try (Schema schema = new Schema()) {
                new SeedCorpus(SEEDS, index).build(schema);
            }
            assertCheckIndexPasses(index);
        }
    }

    @Test
    void aBuildKilledWhereThereWasNoIndexLeavesNoneToOpen() throws Exception {
        for (long millis : new long[] {500, 2_000}) {
            Path index = tmp.resolve("fresh-" + millis);
            assertTrue(killAfter(startBench(index), millis), "the build ended before the kill at " + millis + " ms");
            boolean exists;
            try (Directory dir = FSDirectory.open(index)) {
                exists = DirectoryReader.indexExists(dir);
            }
            assertFalse(exists, "killed at " + millis + " ms, yet a commit exists");
        }
    }

    @Test
    void aBuildLeftToFinishCommitsEveryTask() throws Exception {
        Path index = tmp.resolve("finished");
        Process p = startBench(index);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        assertCheckIndexPasses(index);
        try (LuceneSearchService service = LuceneSearchService.open(index)) {
            assertEquals(BENCH_TASKS, service.taskCount());
        }
    }
}
