package policysearch.corpus;

import policysearch.fixtures.WithSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.IndexStamp;
import policysearch.index.BuildSummary;
import policysearch.index.Freshness;
import policysearch.model.Problem;
import policysearch.search.Hit;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchRequest;

/** A seeds directory and its index: staleness, builds, and two files that claim the same document id. */
class SeedCorpusTest extends WithSchema {
    static final Path SEED = Path.of("seeds/000_b50fc0805dc07c83.txt");
    @TempDir
    Path tmp;

    private Path seeds(String... names) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        for (String name : names) {
            Files.copy(SEED, dir.resolve(name));
        }
        return dir;
    }

    @Test
    void freshnessFollowsSeedsAndSchemaVersion() throws IOException {
        SeedCorpus corpus = new SeedCorpus(seeds("a.txt"), tmp.resolve("index"));
        assertEquals(Freshness.MISSING, corpus.freshness());
        BuildSummary s = corpus.build(schema);
        assertEquals(1, s.documents());
        assertEquals(Freshness.FRESH, corpus.freshness());

        Path a = corpus.seeds().resolve("a.txt");
        byte[] original = Files.readAllBytes(a);
        Files.writeString(a, "二");
        assertEquals(Freshness.SEEDS_CHANGED, corpus.freshness());
        Files.write(a, original);
        assertEquals(Freshness.FRESH, corpus.freshness());
        Files.writeString(corpus.seeds().resolve("b.txt"), "一");
        assertEquals(Freshness.SEEDS_CHANGED, corpus.freshness());
        Files.delete(corpus.seeds().resolve("b.txt"));
        assertTrue(corpus.ensureFresh(schema).isEmpty(), "a fresh index is kept");

        IndexStamp.schemaVersion(corpus.index(), "0");
        assertEquals(Freshness.SCHEMA_CHANGED, corpus.freshness());
        assertEquals(1, corpus.ensureFresh(schema).orElseThrow().documents(), "an old schema is rebuilt");
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
    void aMissingSeedsDirectoryIsAClearError() {
        SeedCorpus corpus = new SeedCorpus(tmp.resolve("none"), tmp.resolve("index"));
        IOException e = assertThrows(IOException.class, () -> corpus.build(schema));
        assertEquals("seeds directory not found: " + corpus.seeds(), e.getMessage());
        assertThrows(IOException.class, corpus::freshness);
    }

    @Test
    void twoCopiesOfASeedIndexAsTwoDocumentsWithDistinctIds() throws IOException {
        SeedCorpus corpus = new SeedCorpus(seeds("a.txt", "b.txt"), tmp.resolve("index"));
        BuildSummary s = corpus.build(schema);
        assertEquals(2, s.documents());
        List<Problem> clashes = s.problems().stream().filter(p -> p.message().contains("already used by")).toList();
        assertEquals(1, clashes.size(), s.problems().toString());
        Problem clash = clashes.get(0);
        assertEquals("b.txt", clash.source(), "the later file in name order gives way");
        assertEquals(Problem.Severity.WARNING, clash.severity());
        assertTrue(clash.message().startsWith(
                "document id gbf-2020-25 is already used by a.txt; indexed as gbf-2020-25-"), clash.message());
        String renamed = clash.message().substring(clash.message().lastIndexOf(' ') + 1);

        try (LuceneSearchService service = LuceneSearchService.open(corpus.index())) {
            assertEquals(2 * 26, s.tasks());
            assertEquals(2 * 26, service.search(SearchRequest.of("")).total());
            Hit original = service.task("gbf-2020-25-t1").orElseThrow();
            Hit copy = service.task(renamed + "-t1").orElseThrow();
            assertEquals("a.txt", original.source());
            assertEquals("b.txt", copy.source());
            assertEquals(renamed, copy.document().id());
            assertEquals("b.txt", service.document(renamed).orElseThrow().summary().source());
        }
        assertEquals(renamed, corpus.build(schema).problems().stream().filter(p -> p.message().contains("already"))
                .map(p -> p.message().substring(p.message().lastIndexOf(' ') + 1)).findFirst().orElseThrow(),
                "the same id on every rebuild");
    }
}
