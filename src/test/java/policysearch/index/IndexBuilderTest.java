package policysearch.index;

import policysearch.fixtures.WithSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.fixtures.Fixtures;
import policysearch.fixtures.IndexStamp;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;

/** Builds from documents and problems, records what staleness checks need, keeps document ids unique. */
class IndexBuilderTest extends WithSchema {
    @TempDir
    Path tmp;

    @Test
    void freshnessFollowsFingerprintAndSchemaVersion() throws IOException {
        Path index = tmp.resolve("index");
        assertEquals(Freshness.MISSING, IndexMetadata.freshness(index, "fp1"));
        new IndexBuilder(schema).build(Fixtures.documents(), index, "fp1");
        assertEquals(Freshness.FRESH, IndexMetadata.freshness(index, "fp1"));
        assertEquals(Freshness.SEEDS_CHANGED, IndexMetadata.freshness(index, "fp2"));
        IndexStamp.schemaVersion(index, "0");
        assertEquals(Freshness.SCHEMA_CHANGED, IndexMetadata.freshness(index, "fp1"));
    }

    @Test
    void aSmallIndexIsOneSegmentWhateverTheThreads() throws IOException {
        Path index = tmp.resolve("one-segment");
        new IndexBuilder(schema).threads(3).build(Fixtures.documents(), index, "fp");
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            assertEquals(1, r.leaves().size(), "a search sets up once per segment");
        }
    }

    @Test
    void buildRecordsCountsInCommitData() throws IOException {
        Path index = tmp.resolve("i");
        new IndexBuilder(schema).build(Fixtures.documents(), index, "fp");
        Map<String, String> meta = IndexMetadata.read(index).orElseThrow();
        assertEquals("3", meta.get(Schema.META_DOCUMENTS));
        assertEquals("7", meta.get(Schema.META_TASKS));
        assertEquals("fp", meta.get(Schema.META_FINGERPRINT));
        assertEquals(Integer.toString(Schema.SCHEMA_VERSION), meta.get(Schema.META_SCHEMA));
    }

    @Test
    void outcomesWithoutADocumentAreCountedAndTheirProblemsKept() throws IOException {
        Problem broken = new Problem("empty.txt", 0, Problem.Severity.ERROR, "file is empty");
        Problem doubt = new Problem("000.txt", 12, Problem.Severity.WARNING, "odd line");
        PolicyDocument doc = Fixtures.documents().get(0);
        BuildSummary s = new IndexBuilder(schema).build(Stream.of(new ParseOutcome("000.txt", doc, List.of(doubt)),
                new ParseOutcome("empty.txt", null, List.of(broken))), tmp.resolve("i"), "fp");
        assertEquals(2, s.files());
        assertEquals(1, s.documents());
        assertEquals(3, s.tasks());
        assertEquals(List.of(doubt, broken), s.problems());
        assertEquals(1, s.failedFiles());
    }

    @Test
    void aRepeatedDocumentIdGetsASuffixFromItsOwnFileAndAWarningNamingBoth() throws IOException {
        PolicyDocument first = Fixtures.documents().get(0);
        PolicyDocument copy = new PolicyDocument(first.id(), "001-copy.txt", first.title(), first.listTitle(),
                first.number(), first.issuer(), first.date(), first.year(), first.region(), first.parent(),
                first.sections(), first.tasks());
        UniqueIds ids = new UniqueIds();
        ParseOutcome kept = ids.admit(new ParseOutcome("000.txt", first, List.of()));
        ParseOutcome renamed = ids.admit(new ParseOutcome("001-copy.txt", copy, List.of()));
        assertEquals(first, kept.document(), "the first keeps its id");
        String id = renamed.document().id();
        assertTrue(id.matches("gbf-2020-25-[0-9a-f]{4}"), id);
        assertEquals(id + "-t2", renamed.document().tasks().get(1).id());
        Problem warning = renamed.problems().get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertEquals("001-copy.txt", warning.source());
        assertTrue(warning.message().contains("000.txt"), warning.message());
        assertTrue(warning.message().contains(id), warning.message());

        UniqueIds again = new UniqueIds();
        again.admit(new ParseOutcome("000.txt", first, List.of()));
        assertEquals(id, again.admit(new ParseOutcome("001-copy.txt", copy, List.of())).document().id(),
                "the suffix is the same on every build");
        PolicyDocument third = new PolicyDocument(first.id(), "002-copy.txt", first.title(), null, null,
                first.issuer(), first.date(), first.year(), first.region(), first.parent(), first.sections(),
                first.tasks());
        assertNotEquals(id, ids.admit(new ParseOutcome("002-copy.txt", third, List.of())).document().id(),
                "another file, another suffix");
    }

    @Test
    void aFailureOnOneIndexingThreadStopsTheBuildWithItsCauseAndKeepsThePreviousIndex() throws IOException {
        Path index = tmp.resolve("i");
        new IndexBuilder(schema).build(Fixtures.documents(), index, "before");
        IllegalStateException crash = new IllegalStateException("the model crashed");
        AtomicInteger seen = new AtomicInteger();
        TaskVectors failing = doc -> {
            if (seen.incrementAndGet() == 20) {
                throw crash;
            }
            return Optional.empty();
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new IndexBuilder(schema, failing).threads(2).build(copies(200), index, "after"));
        assertSame(crash, thrown, "the cause as it was thrown");
        assertEquals("before", IndexMetadata.read(index).orElseThrow().get(Schema.META_FINGERPRINT));
        assertTrue(seen.get() < 200, "the other thread stopped too: " + seen.get());
    }

    @Test
    void onSeveralThreadsIdsReportsAndProblemsFollowTheInputOrder() throws IOException {
        List<ParseOutcome> outcomes = new java.util.ArrayList<>();
        for (PolicyDocument d : copies(60)) {
            outcomes.add(new ParseOutcome(d.source(), d, List.of()));
            if (outcomes.size() % 7 == 0) {
                outcomes.add(new ParseOutcome("bad-" + outcomes.size() + ".txt", null,
                        List.of(new Problem("bad-" + outcomes.size() + ".txt", 0, Problem.Severity.ERROR, "empty"))));
            }
        }
        BuildSummary one = new IndexBuilder(schema).threads(1).build(outcomes.stream(), tmp.resolve("one"), "fp");
        BuildSummary four = new IndexBuilder(schema).threads(4).build(outcomes.stream(), tmp.resolve("four"), "fp");
        assertEquals(outcomes.stream().map(ParseOutcome::source).toList(),
                four.reports().stream().map(FileReport::source).toList());
        assertEquals(one.reports(), four.reports());
        assertEquals(one.problems(), four.problems(), "the same ids made unique, the same warnings, in order");
        assertEquals(List.of(one.files(), one.documents(), one.tasks()),
                List.of(four.files(), four.documents(), four.tasks()));
        assertEquals(IndexMetadata.read(tmp.resolve("one")), IndexMetadata.read(tmp.resolve("four")));
    }

    /** {@code n} documents copied from the fixtures, each from a file of its own; their ids repeat. */
    private static List<PolicyDocument> copies(int n) {
        List<PolicyDocument> base = Fixtures.documents();
        List<PolicyDocument> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            PolicyDocument d = base.get(i % base.size());
            out.add(new PolicyDocument(d.id(), "copy-" + i + ".txt", d.title(), d.listTitle(), d.number(), d.issuer(),
                    d.date(), d.year(), d.region(), d.parent(), d.sections(), d.tasks()));
        }
        return out;
    }
}
