package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.corpus.ServingIndex;
import policysearch.index.Schema;
import policysearch.ingest.SeedReader;
import policysearch.search.CachedSearches;
import policysearch.search.SearchRequest;

/** A serving index follows its seeds, and picks up an index another process wrote, without a restart. */
class IndexWatcherTest {

    private static List<Path> seedFiles() throws Exception {
        return SeedReader.seedFiles(Path.of("seeds"));
    }

    @Test
    void reindexesWhenASeedIsAdded(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        List<Path> all = seedFiles();
        for (Path p : all.subList(0, all.size() - 1)) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, dir.resolve("index")));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            int before = served.service().taskCount();
            CachedSearches answering = new CachedSearches(served.service(), 8); // as serve answers
            assertEquals(before, answering.search(SearchRequest.of("")).total());
            watcher.check();
            assertEquals("", log.toString(), "nothing to do while the seeds are unchanged");
            Path last = all.get(all.size() - 1);
            Files.copy(last, seeds.resolve(last.getFileName()));
            watcher.check();
            assertTrue(log.toString().contains("re-indexed 5 documents, 124 tasks"), log.toString());
            assertTrue(served.service().taskCount() > before);
            assertEquals(124, served.service().search(SearchRequest.of("")).total());
            assertEquals(124, answering.search(SearchRequest.of("")).total(), "no answer kept from the old index");
        }
    }

    @Test
    void picksUpAnIndexWrittenByAnotherProcess(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path index = dir.resolve("index");
        Files.copy(seedFiles().get(0), seeds.resolve(seedFiles().get(0).getFileName()));
        try (Schema schema = new Schema()) {
            new SeedCorpus(seeds, index).build(schema);
        }
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openAsIs(new SeedCorpus(dir.resolve("no-seeds"), index), policysearch.embed.Embeddings.off());
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            int before = served.service().taskCount();
            try (Schema schema = new Schema()) {
                new SeedCorpus(Path.of("seeds"), index).build(schema);
            }
            watcher.check();
            assertTrue(log.toString().contains("now serving 124 tasks"), log.toString());
            assertTrue(before < 124);
            assertEquals(124, served.service().taskCount());
        }
    }

    @Test
    void followsAddedChangedAndDeletedFilesOfEveryFormatParsingOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path formats = Path.of("src/test/resources/fixtures/formats");
        Files.copy(Path.of("seeds/000_b50fc0805dc07c83.txt"), seeds.resolve("a.txt"));
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, dir.resolve("index")));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            assertEquals(26, served.service().taskCount());
            Files.copy(formats.resolve("gov-page-2021.html"), seeds.resolve("b.html"));
            Files.copy(formats.resolve("chongqing-2020.docx"), seeds.resolve("c.docx"));
            watcher.check();
            assertTrue(log.toString().contains("re-indexed 3 documents, 72 tasks"), log.toString());
            assertTrue(log.toString().contains("(2 of 3 files parsed again)"), log.toString());
            Files.copy(Path.of("seeds/003_4e3b855310d5ce42.txt"), seeds.resolve("a.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            watcher.check();
            assertEquals(76, served.service().taskCount(), "a changed file is read again");
            assertTrue(log.toString().contains("(1 of 3 files parsed again)"), log.toString());
            Files.delete(seeds.resolve("c.docx"));
            watcher.check();
            assertEquals(50, served.service().taskCount(), "a deleted file leaves the index");
            assertTrue(log.toString().contains("(0 of 2 files parsed again)"), log.toString());
        }
    }
}
