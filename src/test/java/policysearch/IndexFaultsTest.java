package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.corpus.ServingIndex;
import policysearch.embed.Embeddings;
import policysearch.fixtures.FaultyStorage;
import policysearch.index.Schema;
import policysearch.ingest.SeedReader;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchRequest;

/**
 * Faults of the index folder while serving and on start: a full disk or a read-only folder during a rebuild, a
 * damaged commit, files or an index that are not ours. Each gives a clear message, and the index that was answering
 * keeps answering; nothing that is not an index is written over.
 */
class IndexFaultsTest {
    @TempDir
    Path dir;

    /** A seeds folder with all but the last seed; {@link #addLastSeed} completes it. */
    private Path seedsLessOne() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        List<Path> all = SeedReader.seedFiles(Path.of("seeds"));
        for (Path p : all.subList(0, all.size() - 1)) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        return seeds;
    }

    private static void addLastSeed(Path seeds) throws IOException {
        List<Path> all = SeedReader.seedFiles(Path.of("seeds"));
        Path last = all.get(all.size() - 1);
        Files.copy(last, seeds.resolve(last.getFileName()));
    }

    private static Set<String> files(Path index) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static int tasksOnDisk(Path index) throws IOException {
        try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "CheckIndex passes on " + index);
        }
        try (LuceneSearchService s = LuceneSearchService.open(index)) {
            return s.taskCount();
        }
    }

    @Test
    void aFullDiskDuringARebuildCommitsNothingAndTheServedIndexStays() throws IOException {
        Path seeds = seedsLessOne();
        Path index = dir.resolve("index");
        FaultyStorage disk = new FaultyStorage();
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, index, disk));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            int before = served.service().taskCount();
            Set<String> committed = files(index);
            addLastSeed(seeds);
            disk.fullAfter(100_000); // part-way through writing the new segment
            watcher.check();
            assertTrue(log.toString().contains("Index check failed, still serving the previous index: writing the"
                    + " index in " + index + " failed: No space left on device"), log.toString());
            assertTrue(log.toString().contains("nothing was committed, the previous index is kept"), log.toString());
            assertEquals(before, served.service().taskCount());
            assertTrue(served.service().search(SearchRequest.of("医保")).total() > 0);
            assertEquals(committed, files(index), "the failed build's files are gone, the commit's are kept");
            assertEquals(before, tasksOnDisk(index), "a restart opens the previous commit");
            watcher.check();
            assertEquals(1, log.toString().lines().filter(l -> l.contains("failed")).count(), "said once");

            disk.ok();
            watcher.check();
            assertTrue(log.toString().contains("re-indexed 5 documents, 124 tasks"), log.toString());
            assertTrue(log.toString().contains("Index check works again."), log.toString());
            assertEquals(124, served.service().taskCount());
        }
    }

    @Test
    void aReadOnlyIndexFolderKeepsTheServedIndexAndIsServedStaleOnStart() throws IOException {
        Path seeds = seedsLessOne();
        Path index = dir.resolve("index");
        FaultyStorage disk = new FaultyStorage();
        SeedCorpus corpus = new SeedCorpus(seeds, index, disk);
        StringWriter log = new StringWriter();
        int before;
        try (ServingIndex served = ServingIndex.openFresh(corpus);
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            before = served.service().taskCount();
            addLastSeed(seeds);
            boolean permissions = readOnly(index, disk);
            try {
                watcher.check();
                assertTrue(log.toString().contains("failed: permission denied on " + index.resolve("write.lock")
                        + " (a read-only folder?); nothing was committed"), log.toString());
                assertEquals(before, served.service().taskCount());
            } finally {
                if (permissions) {
                    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        // started again on the stale index in the read-only folder: served as it is, with a warning
        boolean permissions = readOnly(index, disk);
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, index, disk))) {
            assertEquals(before, served.service().taskCount());
            String warning = served.warning().orElseThrow();
            assertTrue(warning.contains("(a read-only folder?)") && warning.endsWith(
                    "serving the index that was there, as it is"), warning);
        } finally {
            if (permissions) {
                Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /**
     * Makes {@code index} read-only: by its permissions where they stop this user (true), else, as root, through the
     * storage (false).
     */
    private static boolean readOnly(Path index, FaultyStorage disk) throws IOException {
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createFile(index.resolve("probe")));
        } catch (IOException denied) {
            return true;
        }
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
        disk.readOnly();
        return false;
    }

    @Test
    void aDamagedCommitFromAnotherProcessIsRefusedAndTheServedSnapshotStays() throws IOException {
        Path index = dir.resolve("index");
        Path seeds = seedsLessOne();
        try (Schema schema = new Schema()) {
            new SeedCorpus(seeds, index).build(schema);
        }
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openAsIs(new SeedCorpus(dir.resolve("none"), index), Embeddings.off());
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            int before = served.service().taskCount();
            Set<String> old = files(index);
            try (Schema schema = new Schema()) {
                new SeedCorpus(Path.of("seeds"), index).build(schema); // the `index` command, elsewhere
            }
            flipAByteOfTheLargestFileNotIn(index, old);
            watcher.check();
            assertTrue(log.toString().contains("Index check failed, still serving the previous index: the index in "
                    + index + " is damaged or unreadable (CorruptIndexException: checksum failed"), log.toString());
            assertEquals(before, served.service().taskCount());
            assertTrue(served.service().search(SearchRequest.of("医保")).total() > 0);

            try (Schema schema = new Schema()) {
                new SeedCorpus(Path.of("seeds"), index).build(schema); // built again, whole
            }
            watcher.check();
            assertTrue(log.toString().contains("now serving 124 tasks"), log.toString());
        }
    }

    @Test
    void aDamagedIndexFoundOnStartIsRebuiltFromTheSeeds() throws IOException {
        Path index = dir.resolve("index");
        SeedCorpus corpus = new SeedCorpus(Path.of("seeds"), index);
        try (Schema schema = new Schema()) {
            corpus.build(schema);
        }
        flipAByteOfTheLargestFileNotIn(index, Set.of());
        try (ServingIndex served = ServingIndex.openFresh(corpus)) {
            assertEquals(124, served.service().taskCount());
            String warning = served.warning().orElseThrow();
            assertTrue(warning.startsWith("the index in " + index + " is damaged or unreadable (CorruptIndexException")
                    && warning.endsWith(": rebuilt from the seeds"), warning);
        }
        // a commit file cut short: the commit cannot even be read, so the index counts as damaged and is rebuilt
        Path commit;
        try (Directory d = FSDirectory.open(index)) {
            commit = index.resolve(SegmentInfos.getLastCommitSegmentsFileName(d));
        }
        try (RandomAccessFile f = new RandomAccessFile(commit.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertEquals("index is damaged or unreadable", corpus.freshness().reason());
        try (ServingIndex served = ServingIndex.openFresh(corpus)) {
            assertEquals(124, served.lastBuild().orElseThrow().tasks());
            assertEquals(124, served.service().taskCount());
        }
        assertEquals(124, tasksOnDisk(index));
    }

    @Test
    void aFolderOfOtherFilesOrAnotherProgramsIndexIsNeverWrittenOver() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("会议记录.txt"), "不是索引");
        Files.writeString(notes.resolve("_draft.docx"), "Lucene would take this name for its own");
        Set<String> before = files(notes);
        IOException e = assertThrows(IOException.class,
                () -> ServingIndex.openFresh(new SeedCorpus(Path.of("seeds"), notes)));
        assertEquals("the index folder " + notes + " holds 2 file(s) that are not a search index (_draft.docx,"
                + " 会议记录.txt): nothing was written; give --index an empty or new folder", e.getMessage());
        assertEquals(before, files(notes));

        Path other = dir.resolve("other-index");
        try (Directory d = FSDirectory.open(other); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "theirs", Field.Store.YES));
            w.addDocument(doc);
        }
        Set<String> theirs = files(other);
        e = assertThrows(IOException.class, () -> ServingIndex.openFresh(new SeedCorpus(Path.of("seeds"), other)));
        assertTrue(e.getMessage().startsWith("the index folder " + other + " holds a Lucene index that policy-search"
                + " did not write"), e.getMessage());
        assertEquals(theirs, files(other));
    }

    @Test
    void otherFilesPutBesideAServedIndexAreLeftAlone() throws IOException {
        Path seeds = seedsLessOne();
        Path index = dir.resolve("index");
        StringWriter log = new StringWriter();
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, index));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            Files.writeString(index.resolve("README.txt"), "索引目录");
            addLastSeed(seeds);
            watcher.check();
            assertTrue(log.toString().contains("re-indexed 5 documents, 124 tasks"), log.toString());
            assertEquals("索引目录", Files.readString(index.resolve("README.txt")));
        }
    }

    /** Flips one byte in the middle of the largest file of {@code index} that is not among {@code old}. */
    private static void flipAByteOfTheLargestFileNotIn(Path index, Set<String> old) throws IOException {
        Path largest;
        try (Stream<Path> s = Files.list(index)) {
            largest = s.filter(p -> !old.contains(p.getFileName().toString()))
                    .filter(p -> p.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0xFF);
        }
        assertFalse(old.contains(largest.getFileName().toString()));
    }
}
