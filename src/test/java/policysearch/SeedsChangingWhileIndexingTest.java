package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.corpus.ServingIndex;
import policysearch.fixtures.WithSchema;
import policysearch.index.BuildSummary;
import policysearch.index.FileReport;
import policysearch.index.IndexBuilder;
import policysearch.ingest.SeedReader;

/**
 * Seed files that move under the indexer: one deleted after the folder was listed and before it was read, one
 * caught half-written. The build reports the file and indexes the others; the half-written one is read again, whole,
 * at the next check.
 */
class SeedsChangingWhileIndexingTest extends WithSchema {
    @TempDir
    Path dir;

    @Test
    void aFileDeletedBetweenListingAndReadingIsReportedAndTheOthersIndexed() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (Path p : SeedReader.seedFiles(Path.of("seeds"))) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        List<Path> files = SeedReader.seedFiles(seeds);
        Path victim = files.get(2);
        SeedReader reader = SeedReader.standard();
        BuildSummary s = new IndexBuilder(schema).build(files.stream().map(f -> {
            if (f.equals(files.get(1))) {
                try {
                    Files.delete(victim); // while the file before it is being indexed
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return reader.read(f);
        }), dir.resolve("index"), "listed before the deletion");
        assertEquals(5, s.files());
        assertEquals(4, s.documents());
        FileReport gone = s.reports().get(2);
        assertEquals(victim.getFileName().toString(), gone.source());
        assertEquals("the file disappeared before it was read (deleted or moved while indexing)", gone.error());
    }

    @Test
    void aFileCaughtHalfWrittenIsReadAgainWholeAtTheNextCheck() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path seed = Path.of("seeds/000_b50fc0805dc07c83.txt");
        String text = Files.readString(seed);
        Path copying = seeds.resolve("copying.txt");
        Files.writeString(copying, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, dir.resolve("index")));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            int half = served.service().taskCount();
            assertTrue(half > 0 && half < 26, "the first half's tasks: " + half);
            Files.writeString(copying, text, StandardCharsets.UTF_8); // the copy finishes
            watcher.check();
            assertEquals(26, served.service().taskCount());
            assertTrue(log.toString().contains("(1 of 1 files parsed again)"), log.toString());
        }
    }
}
