package policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.Fixtures;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.search.SearchRequest;

/** A served index is built only when needed and rebuilt from the seeds while serving. */
class ServingIndexTest {
    static final Path SEEDS = Path.of("seeds");
    @TempDir
    Path tmp;

    @Test
    void openFreshBuildsOnlyWhenNeeded() throws IOException {
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("fresh"));
        try (ServingIndex first = ServingIndex.openFresh(corpus)) {
            assertEquals(124, first.lastBuild().orElseThrow().tasks());
            assertEquals(124, first.service().taskCount());
        }
        try (ServingIndex second = ServingIndex.openFresh(corpus)) {
            assertTrue(second.lastBuild().isEmpty(), "a fresh index is opened as is");
            assertEquals(124, second.service().taskCount());
        }
    }

    @Test
    void rebuildWhileServingSwapsIn() throws IOException {
        SeedCorpus corpus = new SeedCorpus(SEEDS, tmp.resolve("rebuild"));
        try (Schema schema = new Schema()) {
            new IndexBuilder(schema).build(Fixtures.documents(), corpus.index(), "fixtures");
        }
        try (ServingIndex served = ServingIndex.openAsIs(corpus, policysearch.embed.Embeddings.off())) {
            assertEquals(7, served.service().taskCount());
            assertTrue(served.lastBuild().isEmpty());
            assertEquals(124, served.rebuild().tasks());
            assertEquals(124, served.service().search(SearchRequest.of("")).total());
            assertEquals(124, served.lastBuild().orElseThrow().tasks());
        }
    }
}
