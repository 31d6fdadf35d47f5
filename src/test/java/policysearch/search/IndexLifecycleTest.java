package policysearch.search;

import policysearch.fixtures.WithSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.Fixtures;
import policysearch.index.IncompatibleIndexException;
import policysearch.index.IndexBuilder;
import policysearch.index.IndexMetadata;
import policysearch.index.Schema;

/** Opening, refusing and swapping indexes under a running service. */
class IndexLifecycleTest extends WithSchema {
    @TempDir
    Path tmp;

    @Test
    void refusesAnIndexOfAnotherSchemaVersionWithAClearMessage() throws IOException {
        Path index = tmp.resolve("index");
        new IndexBuilder(schema).build(Fixtures.documents(), index, "fp");
        try (Directory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> meta = new java.util.HashMap<>(IndexMetadata.read(index).orElseThrow());
            meta.put(Schema.META_SCHEMA, "0");
            w.setLiveCommitData(meta.entrySet());
            w.commit();
        }
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
                () -> LuceneSearchService.open(index, schema, Synonyms.standard()));
        assertTrue(e.getMessage().contains("schema version 0"), e.getMessage());
        assertTrue(e.getMessage().contains("policy-search index"), e.getMessage());
    }

    @Test
    void aRebuildIsSwappedInOnRefreshWhileOldSearchesKeepWorking() throws IOException {
        Path index = tmp.resolve("index");
        IndexBuilder builder = new IndexBuilder(schema);
        builder.build(Fixtures.documents().subList(0, 1), index, "one");
        try (LuceneSearchService service = LuceneSearchService.open(index, schema, Synonyms.standard())) {
            assertEquals(3, service.taskCount());
            long before = service.snapshot();
            builder.build(Fixtures.documents(), index, "all");
            // not yet visible: the service still answers from its snapshot
            assertEquals(3, service.search(SearchRequest.of("")).total());
            assertEquals(before, service.snapshot());
            assertTrue(service.refresh());
            assertTrue(service.snapshot() != before, "a new snapshot says so");
            assertEquals(7, service.search(SearchRequest.of("")).total());
            assertEquals(new Counts(3, 7), service.counts());
            assertEquals(3, service.documents(1, 10).documents().size());
            assertTrue(service.suggest("短缺", 5).stream().anyMatch(s -> s.text().equals("加强短缺药品供应保障")));
            assertFalse(service.refresh());
        }
    }

    @Test
    void anEmptyIndexAnswersWithNoHits() throws IOException {
        Path index = tmp.resolve("empty");
        new IndexBuilder(schema).build(List.of(), index, "none");
        try (LuceneSearchService service = LuceneSearchService.open(index, schema, Synonyms.standard())) {
            assertEquals(0, service.search(SearchRequest.of("医保")).total());
            assertEquals(0, service.search(SearchRequest.of("")).total());
            assertTrue(service.documents(1, 10).documents().isEmpty());
            assertEquals(new Counts(0, 0), service.counts());
            assertTrue(service.suggest("医保", 5).stream().allMatch(s -> s.kind().equals("term")));
            assertTrue(service.facetValues(FacetDim.DEPARTMENT, "", 10).isEmpty());
        }
    }
}
