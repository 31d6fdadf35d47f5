package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.Fixtures;

/** Staleness: a missing index, changed seeds and another schema version all call for a rebuild. */
class IndexBuilderTest {
    private static Schema schema;
    @TempDir
    Path tmp;

    @BeforeAll
    static void open() {
        schema = new Schema();
    }

    @AfterAll
    static void close() {
        schema.close();
    }

    @Test
    void freshnessFollowsSeedsAndSchemaVersion() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "一");
        Path index = tmp.resolve("index");
        assertEquals(Freshness.MISSING, IndexBuilder.freshness(seeds, index));

        BuildSummary s = IndexBuilder.standard(schema).build(Fixtures.documents(), index, SeedFingerprint.of(seeds));
        assertEquals(3, s.documents());
        assertEquals(7, s.tasks());
        assertEquals(Freshness.FRESH, IndexBuilder.freshness(seeds, index));

        Files.writeString(seeds.resolve("a.txt"), "二");
        assertEquals(Freshness.SEEDS_CHANGED, IndexBuilder.freshness(seeds, index));
        Files.writeString(seeds.resolve("a.txt"), "一");
        assertEquals(Freshness.FRESH, IndexBuilder.freshness(seeds, index));
        Files.writeString(seeds.resolve("b.txt"), "一");
        assertEquals(Freshness.SEEDS_CHANGED, IndexBuilder.freshness(seeds, index));
        Files.delete(seeds.resolve("b.txt"));

        stampSchemaVersion(index, "0");
        assertEquals(Freshness.SCHEMA_CHANGED, IndexBuilder.freshness(seeds, index));
    }

    @Test
    void fingerprintSeesRenamesAndSidecars() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("s"));
        Files.writeString(seeds.resolve("a.txt"), "x");
        String before = SeedFingerprint.of(seeds);
        Files.move(seeds.resolve("a.txt"), seeds.resolve("b.txt"));
        String renamed = SeedFingerprint.of(seeds);
        assertNotEquals(before, renamed);
        Files.writeString(seeds.resolve("b.txt.meta.properties"), "issuer=x");
        assertNotEquals(renamed, SeedFingerprint.of(seeds));
    }

    @Test
    void buildRecordsCountsInCommitData() throws IOException {
        Path index = tmp.resolve("i");
        IndexBuilder.standard(schema).build(Fixtures.documents(), index, "fp");
        Map<String, String> meta = IndexMetadata.read(index).orElseThrow();
        assertEquals("3", meta.get(Schema.META_DOCUMENTS));
        assertEquals("7", meta.get(Schema.META_TASKS));
        assertEquals("fp", meta.get(Schema.META_FINGERPRINT));
        assertEquals(Integer.toString(Schema.SCHEMA_VERSION), meta.get(Schema.META_SCHEMA));
    }

    /** Rewrites the schema version of the latest commit, as an older program would have written it. */
    static void stampSchemaVersion(Path index, String version) throws IOException {
        try (Directory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> meta = new java.util.HashMap<>(IndexMetadata.read(index).orElseThrow());
            meta.put(Schema.META_SCHEMA, version);
            w.setLiveCommitData(meta.entrySet());
            w.commit();
        }
    }
}
